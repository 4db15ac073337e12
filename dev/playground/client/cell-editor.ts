// The editor that opens in a cell: a dropdown where a validation offers a list, else a text
// box holding the formula or the value; Enter and Tab commit, Escape cancels.
import type { SheetView } from './api';
import { h } from './dom';

type CellView = SheetView['rows'][number]['cells'][number];

/**
 * Opens the editor in `td`; `done` gets the value to send (null: nothing changed or Escape)
 * and where the selection moves (one row down after Enter, one column right after Tab).
 */
export function openEditor(
  td: HTMLElement,
  cell: CellView,
  label: string,
  initial: string | undefined,
  done: (value: string | null, down: number, right: number) => void,
): void {
  let closed = false;
  const current = cell.f ?? cell.d;
  const finish = (value: string | null, down: number, right: number) => {
    if (closed) return;
    closed = true;
    editor.remove();
    done(value, down, right);
  };
  let editor: HTMLInputElement | HTMLSelectElement;
  if (cell.list && initial === undefined) {
    const choices =
      cell.list.includes(cell.d) || cell.d === '' ? cell.list : [cell.d, ...cell.list];
    editor = h(
      'select',
      { class: 'editor', 'aria-label': label },
      h('option', { value: '' }, ''),
      ...choices.map((v) => h('option', { value: v, selected: v === cell.d }, v)),
    );
    editor.addEventListener('change', () => finish(editor.value, 0, 0));
  } else {
    editor = h('input', { class: 'editor', 'aria-label': label, spellcheck: 'false' });
    editor.value = initial ?? current;
  }
  editor.addEventListener('keydown', (e) => {
    const key = (e as KeyboardEvent).key;
    if (key === 'Enter' || key === 'Tab') {
      e.preventDefault();
      finish(editor.value, key === 'Enter' ? 1 : 0, key === 'Tab' ? 1 : 0);
    } else if (key === 'Escape') finish(null, 0, 0);
    e.stopPropagation();
  });
  editor.addEventListener('blur', () =>
    finish(editor.value === current ? null : editor.value, 0, 0),
  );
  td.append(editor);
  editor.focus();
}
