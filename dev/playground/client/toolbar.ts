// The bar above the grid: the add-on's menu (Extensions › KAM, as the add-on built it), the
// clock and the daily check, who is signed in, the workbook's language, "Reset demo" and
// "Download .xlsx".
import type { WorkbookView } from './api';
import { type Child, h } from './dom';

type MenuItem = WorkbookView['menus'][number]['items'][number];

export interface ToolbarActions {
  menu: (functionName: string) => void;
  clock: (move: { days?: number; to?: string }) => void;
  dailyCheck: () => void;
  reset: (lang: string) => void;
  user: (email: string) => void;
  /** Switches the workbook's language (its Settings row), keeping every edit. */
  lang: (lang: string) => void;
}

function closeMenus(): void {
  document.querySelectorAll('.menu[data-open]').forEach((open) => {
    open.removeAttribute('data-open');
  });
}

document.addEventListener('click', (e) => {
  if (!(e.target as Element).closest?.('.menu')) closeMenus();
});

function menuItems(items: MenuItem[], run: (fn: string) => void): Child[] {
  return items.map((item) => {
    if (item.kind === 'separator') return h('li', { role: 'separator' });
    if (item.kind === 'submenu')
      return h(
        'li',
        { role: 'none', class: 'submenu' },
        h('span', { class: 'muted' }, item.caption),
        h('ul', { role: 'group', 'aria-label': item.caption }, ...menuItems(item.items ?? [], run)),
      );
    return h(
      'li',
      {
        role: 'menuitem',
        tabindex: -1,
        onclick: () => {
          closeMenus();
          run(item.functionName ?? '');
        },
        onkeydown: (e) => {
          if ((e as KeyboardEvent).key === 'Enter') (e.currentTarget as HTMLElement).click();
        },
      },
      item.caption,
    );
  });
}

function menus(wb: WorkbookView, run: (fn: string) => void): HTMLElement {
  return h(
    'nav',
    { class: 'menus', 'aria-label': 'Extensions' },
    h('span', { class: 'muted' }, 'Extensions ›'),
    ...wb.menus.map((m) => {
      const wrap = h(
        'div',
        { class: 'menu' },
        h(
          'button',
          {
            'aria-haspopup': 'menu',
            onclick: () => {
              const open = wrap.hasAttribute('data-open');
              closeMenus();
              if (!open) wrap.setAttribute('data-open', '');
            },
          },
          `${m.title} ▾`,
        ),
        h('ul', { role: 'menu', 'aria-label': m.title }, ...menuItems(m.items, run)),
      );
      return wrap;
    }),
  );
}

function clock(wb: WorkbookView, act: ToolbarActions): HTMLElement {
  const date = h('input', { type: 'date', 'aria-label': 'Emulated date', value: wb.clock.day });
  date.addEventListener('change', () => {
    if (date.value) act.clock({ to: date.value });
  });
  return h(
    'div',
    { class: 'clock', role: 'group', 'aria-label': 'Clock' },
    h(
      'span',
      { id: 'clock-now', title: `Time zone: ${wb.clock.timeZone}` },
      `${wb.clock.day} ${wb.clock.time}`,
    ),
    date,
    h('button', { onclick: () => act.clock({ days: 1 }) }, '+1 day'),
    h('button', { onclick: () => act.clock({ days: 7 }) }, '+7 days'),
    h(
      'button',
      {
        onclick: () => act.dailyCheck(),
        title: wb.dailyCheckOn
          ? 'Fires the add-on’s daily time trigger'
          : 'The daily check is off: runs the menu’s “Run checks now”',
      },
      'Run daily check',
    ),
    h('span', { class: 'muted' }, wb.dailyCheckOn ? 'daily check on' : 'daily check off'),
  );
}

/** A select with a visible label, for the bar. */
function labelled(id: string, text: string, select: HTMLSelectElement): HTMLElement {
  select.id = id;
  return h('span', { class: 'labelled' }, h('label', { for: id }, text), select);
}

function demo(wb: WorkbookView, act: ToolbarActions): HTMLElement {
  const lang = h(
    'select',
    { title: 'The Settings row KAM’s texts follow; your edits stay' },
    h('option', { value: 'en', selected: wb.lang === 'en' }, 'English'),
    h('option', { value: 'lt', selected: wb.lang === 'lt' }, 'Lietuvių'),
  );
  lang.addEventListener('change', () => act.lang(lang.value));
  const user = h(
    'select',
    {
      title:
        'Who uses the add-on: the owner, a manager or the head of sales (R3.5: dossier access)',
    },
    ...wb.users.map((email) => h('option', { value: email, selected: email === wb.user }, email)),
  );
  user.addEventListener('change', () => act.user(user.value));
  const language = wb.lang === 'lt' ? 'Lithuanian' : 'English';
  return h(
    'div',
    { class: 'demo' },
    labelled('signed-in-as', 'Signed in as', user),
    labelled('workbook-language', 'Language', lang),
    h(
      'button',
      {
        onclick: () => {
          if (
            window.confirm(
              `Start over on a new demo workbook in ${language}? Your changes will be lost.`,
            )
          )
            act.reset(wb.lang);
        },
      },
      'Reset demo',
    ),
    h('a', { class: 'button', href: '/download.xlsx', download: 'KAM.xlsx' }, 'Download .xlsx'),
  );
}

export function toolbar(wb: WorkbookView, act: ToolbarActions): HTMLElement {
  return h(
    'header',
    { class: 'toolbar' },
    h('strong', { class: 'brand', title: `State: ${wb.stateFile}` }, 'KAM playground'),
    menus(wb, act.menu),
    clock(wb, act),
    demo(wb, act),
  );
}
