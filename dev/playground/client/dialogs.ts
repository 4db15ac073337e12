// What the add-on said, shown as Sheets shows it: alerts as modal dialogs (one after another),
// toasts in the corner, script errors as an error dialog, HTML dialogs in a framed modal.
import type { ActionReport } from './api';
import { byId, type Child, h } from './dom';

type Alert = ActionReport['alerts'][number];

const queue: HTMLElement[] = [];

function showNext(): void {
  const layer = byId('dialogs');
  layer.replaceChildren();
  const next = queue[0];
  if (!next) return;
  layer.append(next);
  next.querySelector<HTMLElement>('button.primary')?.focus();
}

function modal(role: 'dialog' | 'alertdialog', title: string, ...body: Child[]): HTMLElement {
  const id = `dialog-${Math.random().toString(36).slice(2)}`;
  const close = () => {
    queue.shift();
    showNext();
  };
  const box = h(
    'div',
    { class: 'backdrop' },
    h(
      'div',
      { class: `dialog ${role}`, role, 'aria-modal': 'true', 'aria-labelledby': id },
      h('h2', { id }, title),
      ...body,
      h('div', { class: 'actions' }, h('button', { class: 'primary', onclick: close }, 'OK')),
    ),
  );
  box.addEventListener('keydown', (e) => {
    if ((e as KeyboardEvent).key === 'Escape') close();
  });
  return box;
}

function enqueue(box: HTMLElement): void {
  queue.push(box);
  if (queue.length === 1) showNext();
}

export function showAlert(alert: Alert): void {
  const answered =
    alert.buttons === 'OK'
      ? null
      : h(
          'p',
          { class: 'muted' },
          `Buttons ${alert.buttons.replace('_', ' / ')}: the emulator answered ${alert.answer}, the default.`,
        );
  enqueue(
    modal('dialog', alert.title || 'KAM', h('p', { class: 'prompt' }, alert.prompt), answered),
  );
}

export function showError(message: string): void {
  enqueue(modal('alertdialog', 'Error', h('p', { class: 'prompt' }, message)));
}

/**
 * A modal or modeless dialog of the add-on as Sheets shows it: its title, a close button and its
 * HTML in a frame of the size the add-on asked for (within the window), google.script.run wired.
 * The frame is sandboxed with the flags Apps Script's own frame is documented to need (scripts,
 * same origin for google.script.run, forms, pop-ups for links to new tabs, modals for print).
 */
export function showHtmlDialog(index: number, title: string, width: number, height: number): void {
  const id = `dialog-${index}`;
  const frame = h('iframe', {
    src: `/html/${index}`,
    title: title || 'Dialog',
    name: 'kam-dialog',
    sandbox:
      'allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox allow-modals allow-downloads',
    style: `width:min(${width || 600}px, 94vw);height:min(${height || 400}px, 80vh)`,
  });
  const box = h(
    'div',
    { class: 'backdrop' },
    h(
      'div',
      { class: 'dialog html-dialog', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': id },
      h(
        'div',
        { class: 'pane-head' },
        h('h2', { id }, title || 'Dialog'),
        h('button', { class: 'link', 'aria-label': 'Close dialog', onclick: closeHtmlDialog }, '×'),
      ),
      frame,
    ),
  );
  enqueue(box);
}

/** Closes the dialog on top (google.script.host.close() from inside it, or its × button). */
export function closeHtmlDialog(): void {
  queue.shift();
  showNext();
}

export function showToast(message: string, title: string, seconds: number): void {
  const toast = h(
    'div',
    { class: 'toast', role: 'status' },
    title ? h('strong', {}, title) : null,
    h('span', {}, message),
    h('button', { class: 'link', 'aria-label': 'Dismiss', onclick: () => toast.remove() }, '×'),
  );
  byId('toasts').append(toast);
  const ms = (seconds > 0 ? Math.min(seconds, 8) : 8) * 1000;
  setTimeout(() => toast.remove(), ms);
}
