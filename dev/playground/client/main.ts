// The playground page: toolbar, grid, sheet tabs and sidebar pane, redrawn from the server
// after every action; what the add-on showed during an action comes back with it.
import './styles.css';
import { type ActionReport, getSheet, getWorkbook, post, type WorkbookView } from './api';
import { showAlert, showError, showHtmlDialog, showToast } from './dialogs';
import { byId, h } from './dom';
import { Grid } from './grid';
import { SidebarPane } from './sidebar-pane';
import { toolbar } from './toolbar';

/** Rows per page: the demo's largest sheet (Contacts, ~330 rows) takes two pages. */
const PAGE_ROWS = 200;

const state = { sheet: '', offset: 0, wb: null as WorkbookView | null };

const pane = new SidebarPane(() => void act('close-sidebar'));
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
            'aria-selected': String(t.name === state.sheet),
            onclick: () => {
              state.sheet = t.name;
              state.offset = 0;
              void act('select', { sheet: t.name, row: 1, col: 1 });
            },
          },
          t.name,
        ),
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
                  'The daily time trigger ran (no UI): see the log sheet.',
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
      grid.render(await getSheet(state.sheet, state.offset, PAGE_ROWS));
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
  const kam = (e.data as { kam?: string } | null)?.kam;
  if (kam === 'changed') void refresh();
  if (kam === 'close') void act('close-sidebar');
});

byId('app').append(
  bar,
  h('div', { class: 'workspace' }, grid.el, pane.el),
  tabs,
  h('div', { id: 'dialogs' }),
  h('div', { id: 'toasts', 'aria-live': 'polite' }),
);
void refresh().then(() => grid.focus());
