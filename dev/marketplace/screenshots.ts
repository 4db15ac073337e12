// `npm run screenshots`: the Marketplace listing's screenshots (1280×800 PNG) of a sales manager's
// and a head of sales' day with KAM, taken in headless Chromium from the playground's demo workbook.
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { type Lang, messagesFor } from '../../src/i18n';
import { columnLetter, type SheetKey, sheetDef } from '../../src/template';
import { launchBrowser } from '../browser/harness';
import { DEMO_MANAGERS, DEMO_SCENARIOS, DEMO_SUPERVISOR } from '../demo';
import { bundleClient } from '../playground/client-bundle';
import { configFromEnv, REPO_ROOT } from '../playground/config';
import { handler } from '../playground/routes';
import { Session } from '../playground/session';
import { pngSize } from './png';

/** The size Google asks of a Marketplace listing's screenshots. */
export const SHOT_WIDTH = 1280;
export const SHOT_HEIGHT = 800;
/** The demo's first day, as in the playground tests: DEMO_SCENARIOS hold on it. */
export const SHOT_DAY = '2026-11-26';
export const OUT_DIR = join(REPO_ROOT, 'docs', 'marketplace', 'screenshots');

/** Sheets' "Extensions ›" menu in each language of a shot. */
const EXTENSIONS_MENU: Record<Lang, string> = { en: 'Extensions ›', lt: 'Plėtiniai ›' };

/** What a shot may do to the page before it is taken; every step waits for the page to settle. */
export interface Stage {
  page: Page;
  lang: Lang;
  /** Shows a sheet of the template by its key, under its name in the shot's language. */
  sheet(key: SheetKey | 'dashboard'): Promise<void>;
  /** Clicks a cell, as a user selects it. */
  select(a1: string): Promise<void>;
  /** Opens Extensions › KAM and clicks an item by its caption. */
  menu(caption: string): Promise<void>;
  /** The sidebar's page, once it shows a dossier. */
  sidebar(): Promise<FrameLocator>;
  /** Opens a dossier section by its name and waits for its heading. */
  section(name: string): Promise<FrameLocator>;
  /** Leaves columns out of the picture (as Sheets' "Hide column"), by letter. */
  hideColumns(letters: readonly string[]): Promise<void>;
  /** Leaves rows `from`…`to` out of the picture (as Sheets' "Hide rows"). */
  hideRows(from: number, to: number): Promise<void>;
  /** Sets column widths in pixels (as dragging a column's edge in Sheets), by letter. */
  resizeColumns(widths: Readonly<Record<string, number>>): Promise<void>;
  /** Leaves out the playground's chart summaries under the grid (Sheets draws real charts). */
  hideCharts(): Promise<void>;
  /** Shows a cell's note beside it as Sheets does on hover (headless Chromium shows no tooltips). */
  showNote(a1: string): Promise<void>;
}

export interface Shot {
  /** File name under docs/marketplace/screenshots/. */
  file: string;
  lang: Lang;
  /** Whom the playground acts as: R3.5 decides which dossiers open. */
  user: string;
  /** One line over the picture saying what a buyer sees, in the shot's language. */
  caption: string;
  take(stage: Stage): Promise<void>;
}

const [IEVA, MANTAS] = DEMO_MANAGERS;

/** Letter of an Accounts column by its template key (set-up writes them in template order). */
export function accountsColumn(key: string): string {
  const index = sheetDef('accounts').columns.findIndex((c) => c.key === key);
  if (index < 0) throw new Error(`Accounts has no column "${key}"`);
  return columnLetter(index);
}

/** Row of a demo account in Accounts: KA-001 is on row 2. */
export const accountRow = (id: string): number => Number(id.slice(3)) + 1;

/**
 * What the status shots leave out so that the statuses fit beside the names: key types, manager,
 * supervisor, revenue (share and tier stay), the last review and the contact dates (their notes
 * and the sidebar say them).
 */
const DETAIL_COLUMNS = [
  'keyTypes',
  'manager',
  'supervisor',
  'revenue',
  'lastReview',
  'lastPositiveContact',
  'lastNegativeContact',
].map(accountsColumn);

/** The page plan, in listing order: a sales manager's day, the head of sales', then Lithuanian. */
export const SHOTS: readonly Shot[] = [
  {
    file: '01-accounts-statuses.png',
    lang: 'en',
    user: IEVA.email,
    caption:
      'Every key account checked against the rules: red, act now; amber, soon; blue, a pause to respect',
    async take(s) {
      const cell = `${accountsColumn('nextReviewDue')}${accountRow(DEMO_SCENARIOS.staleReview)}`;
      await s.sheet('accounts');
      await s.hideColumns(DETAIL_COLUMNS);
      await s.select(cell);
      await s.showNote(cell);
    },
  },
  {
    file: '02-dossier-decision-group.png',
    lang: 'en',
    user: IEVA.email,
    caption:
      'A dossier per key client, one click from its row: who decides, who opposes, who is missing',
    async take(s) {
      const m = messagesFor('en').sidebar;
      await s.sheet('accounts');
      await s.select(`B${accountRow(DEMO_SCENARIOS.staleReview)}`);
      await s.menu(m.menuItem);
      await s.section(m.sections.decisionGroup);
      await s.hideColumns(DETAIL_COLUMNS);
    },
  },
  {
    file: '03-contacts-pause-warning.png',
    lang: 'en',
    user: MANTAS.email,
    caption:
      'Two weeks without personal contact after a negative one: KAM stops the call and says why',
    async take(s) {
      const m = messagesFor('en').sidebar;
      await s.sheet('accounts');
      await s.select(`B${accountRow(DEMO_SCENARIOS.pausing)}`);
      await s.menu(m.menuItem);
      const frame = await s.section(m.sections.contacts);
      await frame.locator('#contacts-clientPerson').fill('Inga Butkienė');
      await frame.locator('#contacts-channel').selectOption('phone');
      await frame.locator('#contacts-outcome').selectOption('positive');
      await frame.locator('#contacts-summary').fill('Call to agree the Q1 volumes');
      await frame.getByRole('button', { name: m.logContact, exact: true }).click();
      await frame.getByRole('alertdialog').waitFor();
      await s.hideColumns(DETAIL_COLUMNS);
    },
  },
  {
    file: '04-dashboard-head-of-sales.png',
    lang: 'en',
    user: DEMO_SUPERVISOR.email,
    caption:
      'The head of sales sees revenue concentration, manager load and each manager’s scorecard',
    async take(s) {
      await s.sheet('dashboard');
      await s.hideCharts();
      await s.hideRows(7, 21);
      await s.resizeColumns({ A: 318, B: 185, C: 240, D: 165, E: 200, F: 130 });
    },
  },
  {
    file: '05-lithuanian-review.png',
    lang: 'lt',
    user: IEVA.email,
    caption: 'Lietuviškai: peržiūra kas 3 mėnesius, kontaktai ir pauzės – kaip nurodo taisyklės',
    async take(s) {
      const m = messagesFor('lt').sidebar;
      await s.sheet('accounts');
      await s.select(`B${accountRow(DEMO_SCENARIOS.reviewDueTomorrow)}`);
      await s.menu(m.menuItem);
      const frame = await s.section(m.sections.review);
      await frame.locator('#review-changes').fill('Susitikome su naujuoju finansų direktoriumi');
      await s.hideColumns(DETAIL_COLUMNS);
    },
  },
];

/** The playground in this process on a free port, with its own state folder (removed on stop). */
async function startPlayground(): Promise<{ url: string; stop: () => Promise<void> }> {
  const stateDir = mkdtempSync(join(tmpdir(), 'kam-screenshots-'));
  const config = { ...configFromEnv({}), port: 0, stateDir, demoToday: SHOT_DAY };
  const bundle = await bundleClient();
  const { session } = Session.open(config);
  const server = createServer(handler(() => session, bundle));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(stateDir, { recursive: true, force: true });
    },
  };
}

async function post(url: string, action: string, body: object): Promise<void> {
  const response = await fetch(`${url}/api/${action}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok)
    throw new Error(`POST /api/${action}: ${response.status} ${await response.text()}`);
}

/**
 * The listing's look: the playground's own controls (clock, demo, user) are a developer's and
 * leave the picture; a caption band says what the shot shows. The grid, tabs, menu and sidebar
 * are the add-on's as the emulator runs it.
 */
const LISTING_CSS = `
.toolbar .brand, .toolbar .clock, .toolbar .demo, .fbar .fmt { display: none !important; }
#kam-caption { flex: none; padding: 14px 20px; background: #1a73e8; color: #fff;
  font: 600 19px/1.3 system-ui, sans-serif; }
.kam-note { position: fixed; z-index: 40; max-width: 300px; padding: 8px 10px; background: #fff;
  border: 1px solid #dadce0; border-radius: 4px; box-shadow: 0 2px 6px rgba(0,0,0,.25);
  font-size: 12px; line-height: 1.4; white-space: pre-wrap; }
`;

async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.body.hasAttribute('aria-busy'));
}

function stageOf(page: Page, lang: Lang): Stage {
  const sidebarFrame = () => page.frameLocator('iframe[name="kam-sidebar"]');
  const stage: Stage = {
    page,
    lang,
    async sheet(key) {
      const name =
        key === 'dashboard' ? messagesFor(lang).dashboard.sheet : sheetDef(key).name[lang];
      await page.getByRole('tab', { name, exact: true }).click();
      await settled(page);
      await page.locator('table.grid').waitFor();
    },
    async select(a1) {
      await page.locator(`td[data-cell="${a1}"]`).click();
      await settled(page);
    },
    async menu(caption) {
      await page.getByRole('button', { name: 'KAM ▾', exact: true }).click();
      await page.getByRole('menuitem', { name: caption, exact: true }).click();
      await settled(page);
    },
    async sidebar() {
      const frame = sidebarFrame();
      await frame.locator('#kam-account').waitFor();
      await frame.getByRole('navigation').waitFor();
      return frame;
    },
    async section(name) {
      const frame = await stage.sidebar();
      await frame.getByRole('navigation').getByRole('button', { name, exact: true }).click();
      await frame.getByRole('heading', { name, exact: true }).waitFor();
      return frame;
    },
    async hideColumns(letters) {
      await page.evaluate((hidden) => {
        const table = document.querySelector('table.grid');
        if (!table) throw new Error('No grid');
        const heads = Array.from(table.querySelectorAll('thead tr:first-child th'));
        const indexes = heads
          .map((th, i) => (hidden.includes(th.textContent ?? '') ? i : -1))
          .filter((i) => i >= 0)
          .sort((a, b) => b - a);
        const cols = Array.from(table.querySelectorAll('colgroup col'));
        for (const i of indexes) {
          cols[i]?.remove();
          for (const row of Array.from(table.querySelectorAll('tr'))) row.children[i]?.remove();
        }
      }, letters);
    },
    async hideRows(from, to) {
      await page.evaluate(
        ([first, last]) => {
          for (const th of Array.from(document.querySelectorAll('table.grid th.rownum'))) {
            const row = Number(th.textContent);
            if (row >= first && row <= last) th.parentElement?.remove();
          }
        },
        [from, to],
      );
    },
    async resizeColumns(widths) {
      await page.evaluate((wanted) => {
        const table = document.querySelector<HTMLTableElement>('table.grid');
        if (!table) throw new Error('No grid');
        const heads = Array.from(table.querySelectorAll('thead tr:first-child th'));
        const cols = Array.from(table.querySelectorAll<HTMLElement>('colgroup col'));
        let total = 0;
        heads.forEach((th, i) => {
          const col = cols[i];
          if (!col) return;
          const width = wanted[th.textContent ?? ''] ?? col.getBoundingClientRect().width;
          col.style.width = `${width}px`;
          total += width;
        });
        // A set width makes the grid's fixed layout hold (max-content lets text widen a column);
        // text then runs on into an empty cell to its right, as it does in Sheets.
        table.style.width = `${total}px`;
        for (const cell of Array.from(table.querySelectorAll<HTMLElement>('td'))) {
          const next = cell.nextElementSibling;
          if (!cell.textContent || cell.classList.contains('num')) continue;
          if (next && !next.textContent && !(next as HTMLElement).style.background) {
            cell.style.overflow = 'visible';
            cell.style.textOverflow = 'clip';
          }
        }
      }, widths);
    },
    async hideCharts() {
      await page.addStyleTag({ content: '.sheet .charts { display: none !important; }' });
    },
    async showNote(a1) {
      await page.evaluate((ref) => {
        const cell = document.querySelector(`td[data-cell="${ref}"]`);
        const text = cell?.getAttribute('title');
        if (!cell || !text) throw new Error(`No note on ${ref}`);
        const box = cell.getBoundingClientRect();
        const note = document.createElement('div');
        note.className = 'kam-note';
        note.textContent = text;
        note.style.left = `${Math.round(box.right + 4)}px`;
        note.style.top = `${Math.round(box.top)}px`;
        document.body.append(note);
      }, a1);
    },
  };
  return stage;
}

async function takeShot(browser: Browser, url: string, shot: Shot): Promise<string> {
  await post(url, 'reset', { lang: shot.lang });
  await post(url, 'user', { email: shot.user });
  const page = await browser.newPage({
    viewport: { width: SHOT_WIDTH, height: SHOT_HEIGHT },
    deviceScaleFactor: 1,
    locale: shot.lang === 'lt' ? 'lt-LT' : 'en-US',
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.goto(url);
    await page.locator('table.grid').waitFor();
    await settled(page);
    await page.addStyleTag({ content: LISTING_CSS });
    await page.evaluate((caption) => {
      const band = document.createElement('div');
      band.id = 'kam-caption';
      band.textContent = caption;
      document.getElementById('app')?.prepend(band);
    }, shot.caption);
    await shot.take(stageOf(page, shot.lang));
    // Sheets names its Extensions menu in the user's language; the playground always in English.
    await page.evaluate((label) => {
      const extensions = document.querySelector('.menus > .muted');
      if (extensions) extensions.textContent = label;
    }, EXTENSIONS_MENU[shot.lang]);
    // The emulator names a new spreadsheet's first sheet "Sheet1" in every language; Sheets
    // names it in the user's ("Lapas1"), and set-up leaves it empty: it tells a buyer nothing.
    await page.evaluate(() => {
      for (const tab of Array.from(document.querySelectorAll('.tabs [role="tab"]')))
        if (tab.textContent === 'Sheet1') tab.remove();
    });
    if (errors.length > 0) throw new Error(`The page failed: ${errors.join('; ')}`);
    const file = join(OUT_DIR, shot.file);
    await page.screenshot({ path: file });
    const size = pngSize(file);
    if (size.width !== SHOT_WIDTH || size.height !== SHOT_HEIGHT)
      throw new Error(
        `${shot.file} is ${size.width}×${size.height}, not ${SHOT_WIDTH}×${SHOT_HEIGHT}`,
      );
    return file;
  } finally {
    await page.close();
  }
}

/** Takes every shot of the plan, then removes pictures of shots no longer planned. */
async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  const playground = await startPlayground();
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    for (const shot of SHOTS) {
      const file = await takeShot(browser, playground.url, shot);
      console.log(`Screenshots: ${file.slice(REPO_ROOT.length + 1)}`);
    }
  } finally {
    await browser?.close();
    await playground.stop();
  }
  const planned = new Set(SHOTS.map((shot) => shot.file));
  for (const old of readdirSync(OUT_DIR))
    if (old.endsWith('.png') && !planned.has(old)) rmSync(join(OUT_DIR, old));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(`Screenshots: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
