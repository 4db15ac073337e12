// The playground page: toolbar, grid (or the Outbox), sheet tabs and sidebar pane, redrawn
// from the server after every action; what the add-on showed during an action comes back with it.
import './styles.css';
import {
  type ActionReport,
  getOutbox,
  getSheet,
  getWorkbook,
  post,
  type WorkbookView,
} from './api';
import { closeHtmlDialog, showAlert, showError, showHtmlDialog, showToast } from './dialogs';
import { byId, h } from './dom';
import { Grid } from './grid';
import { OutboxView } from './outbox';
import { SidebarPane } from './sidebar-pane';
import { toolbar } from './toolbar';

/** Rows per page: the demo's largest sheet (Contacts, ~330 rows) takes two pages. */
const PAGE_ROWS = 200;

const state = { sheet: '', offset: 0, wb: null as WorkbookView | null, outbox: false };

const pane = new SidebarPane(() => void act('close-sidebar'));
const outbox = new OutboxView();
const grid = new Grid({
  select: (row, col) => void post('select', { sheet: state.sheet, row, col }),
  edit: async (row, col, value) => {
    await act('edit', { sheet: state.sheet, row, col, value });
  },
  clear: async (row, col) => {
    await act('clear', { sheet: state.sheet, row, col, rows: 1, cols: 1 });
  },
  page: (offset) => {
    state.offset = offset;
    void refresh();
  },
});
const bar = h('div', { id: 'toolbar' });
const tabs = h('nav', { class: 'tabs', role: 'tablist', 'aria-label': 'Sheets' });

function report(r: ActionReport): void {
  if (!r.ok && r.error) showError(r.error);
  for (const alert of r.alerts) showAlert(alert);
  for (const toast of r.toasts) showToast(toast.message, toast.title, toast.timeoutSeconds);
  for (const shown of r.shown)
    if (shown.kind !== 'sidebar')
      showHtmlDialog(shown.index, shown.title, shown.width, shown.height);
}

/** Runs an action on the server, shows what the add-on said, and redraws. */
async function act(action: string, body: object = {}): Promise<ActionReport> {
  document.body.setAttribute('aria-busy', 'true');
  const r = await post(action, body);
  report(r);
  await refresh();
  return r;
}

function renderTabs(wb: WorkbookView): void {
  tabs.replaceChildren(
    ...wb.tabs
      .filter((t) => !t.hidden)
      .map((t) =>
        h(
          'button',
          {
            role: 'tab',
            'aria-selected': String(!state.outbox && t.name === state.sheet),
            onclick: () => {
              state.outbox = false;
              state.sheet = t.name;
              state.offset = 0;
              void act('select', { sheet: t.name, row: 1, col: 1 });
            },
          },
          t.name,
        ),
      ),
    h(
      'button',
      {
        role: 'tab',
        class: 'outbox-tab',
        'aria-selected': String(state.outbox),
        title: 'E-mails the add-on sent (MailApp)',
        onclick: () => {
          state.outbox = true;
          void refresh();
        },
      },
      `Outbox (${wb.outbox})`,
    ),
  );
}

let refreshing: Promise<void> | null = null;
let again = false;

/** Redraws from the server; calls during a redraw collapse into one more. */
async function refresh(): Promise<void> {
  if (refreshing) {
    again = true;
    return refreshing;
  }
  refreshing = (async () => {
    do {
      again = false;
      const wb = await getWorkbook();
      const active = wb.tabs.find((t) => t.active)?.name ?? wb.tabs[0]?.name ?? '';
      if (active !== state.sheet) state.offset = 0;
      state.sheet = active;
      state.wb = wb;
      document.documentElement.lang = wb.lang;
      bar.replaceChildren(
        toolbar(wb, {
          menu: (functionName) => void act('menu', { functionName }),
          clock: (move) => void act('clock', move),
          dailyCheck: () =>
            void act('daily-check').then((r) => {
              if (r.ok && (r.value as { via?: string } | undefined)?.via === 'trigger')
                showToast(
                  'The daily time trigger ran (no UI): see the KAM log sheet and the Outbox.',
                  'Playground',
                  6,
                );
            }),
          reset: (lang) => void act('reset', { lang }),
          lang: (lang) => void act('lang', { lang }),
          user: (email) => void act('user', { email }),
        }),
      );
      renderTabs(wb);
      grid.el.hidden = state.outbox;
      if (state.outbox) outbox.show(await getOutbox());
      else {
        outbox.show(null);
        grid.render(await getSheet(state.sheet, state.offset, PAGE_ROWS));
      }
      pane.show(wb.sidebar, wb.lang);
    } while (again);
  })();
  try {
    await refreshing;
  } catch (error) {
    showError(`The playground server did not answer: ${String(error)}`);
  } finally {
    refreshing = null;
    document.body.removeAttribute('aria-busy');
    document.body.dataset.version = String(state.wb?.version ?? '');
  }
}

window.addEventListener('message', (e) => {
  if (e.origin !== location.origin) return;
  const data = e.data as { kam?: string; kind?: string; report?: Partial<ActionReport> } | null;
  const kam = data?.kam;
  if (kam === 'changed') {
    // A call from a pane that opened a dialog (the map, the brief) shows it as Sheets would.
    for (const shown of data?.report?.shown ?? [])
      if (shown.kind !== 'sidebar')
        showHtmlDialog(shown.index, shown.title, shown.width, shown.height);
    void refresh();
  }
  if (kam === 'close') {
    if (data?.kind === 'sidebar') void act('close-sidebar');
    else closeHtmlDialog();
  }
});

byId('app').append(
  bar,
  h('div', { class: 'workspace' }, grid.el, outbox.el, pane.el),
  tabs,
  h('div', { id: 'dialogs' }),
  h('div', { id: 'toasts', 'aria-live': 'polite' }),
);
void refresh().then(() => grid.focus());
