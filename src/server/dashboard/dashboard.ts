// The head of sales' dashboard sheet (R1.2, R1.3, R2.2, R3.6, R4.3, R5): the model's lines
// written in one block (values, weights, fills, formats: one call each), plus two charts.
import { dateOfDay, dayOfDate } from '../../core/days';
import { type Messages, messagesFor } from '../../i18n';
import { SHEETS } from '../../template/workbook';
import { type AccountStatus, statusesOf } from '../check/account-status';
import { BREACH_INDEX_KEY, keepBreachIndex, rememberedBreaches } from '../dossier/breach-index';
import { recordedBreaches } from '../dossier/breaches';
import type { Platform, Properties } from '../platform/platform';
import type { FontWeight, Range, Sheet } from '../platform/sheets';
import { LOCK_WAIT_MS, withDocumentLock } from '../sheet/lock';
import { ownSheet } from '../sheet/own-sheet';
import { CHECK_SHEETS, type Portfolio, portfolioOf, readPortfolio } from '../sheet/portfolio-read';
import { openWorkbook } from '../sheet/workbook';
import { type Cell, rowLink, writeBlock } from '../sheet/writer';
import { dashboardLines, type Line, WIDTH } from './lines';
import { type DashboardModel, dashboardModel } from './model';

const TITLE_FILL = '#e8eaed';

/** Document property: the cells the dashboard's charts draw, as the last run drew them. */
export const CHARTS_KEY = 'kam.dashboard.charts';

/**
 * What the dashboard remembers between runs in the document properties: the run reads them
 * all before the check (one call), so what they say costs the dashboard no call of its own.
 */
export interface DashboardMemory {
  /** The document properties as the run read them. */
  state: Readonly<Record<string, string>>;
  properties: () => Properties;
  /**
   * Trust nothing remembered, read and compare everything, then remember what was found: the
   * menu's Refresh dashboard, and a run after rows were inserted or deleted (which moves
   * what a chart draws, or may remove History's lines).
   */
  thorough: boolean;
}

/**
 * Rebuilds the dashboard sheet (created on first use in the workbook's language) from the
 * statuses a check has just computed and the portfolio it read: only Plan and Dossier are read
 * besides, and Change history (its breaches kept on record, R4.3) only when `memory` does not
 * hold them (breach-index.ts) or the run is thorough. Returns that portfolio and the model,
 * which the digests reuse.
 */
export function refreshDashboard(
  checked: Portfolio,
  statuses: ReadonlyMap<string, AccountStatus>,
  now: Date,
  memory?: DashboardMemory,
): { portfolio: Portfolio; model: DashboardModel } {
  const { workbook } = checked;
  const { spreadsheet } = workbook;
  const m = messagesFor(workbook.lang);
  const today = dayOfDate(now, workbook.zone);
  const remembered = memory && !memory.thorough ? rememberedBreaches(memory.state) : undefined;
  const extra = readPortfolio(
    workbook,
    remembered ? ['plan', 'dossier'] : ['plan', 'dossier', 'history'],
  );
  const portfolio = portfolioOf(workbook, { ...checked.tables, ...extra.tables }, today);
  const history = portfolio.tables.history;
  const recorded = remembered ?? recordedBreaches(history);
  if (!remembered && history && memory)
    keepBreachIndex(memory.properties(), memory.state[BREACH_INDEX_KEY], recorded);
  const model = dashboardModel(portfolio, statuses, today, recorded);
  const gidOf = (key: 'accounts' | 'revenue') => portfolio.tables[key]?.source.gridId() ?? 0;
  const gids = {
    accounts: gidOf('accounts'),
    revenue: model.keyWithoutAccount.length > 0 ? gidOf('revenue') : 0,
  };
  const lines = dashboardLines(model, m, {
    account: (row, label) => rowLink(gids.accounts, row, label),
    revenue: (row, label) => rowLink(gids.revenue, row, label),
    date: (day) => dateOfDay(day, workbook.zone),
  });
  let sheet = ownSheet(spreadsheet, workbook.lang, (words) => words.dashboard.sheet);
  const created = !sheet;
  if (sheet) sheet.clear();
  else sheet = spreadsheet.insertSheet(m.dashboard.sheet, 0);
  writeLines(sheet, lines, WIDTH);
  if (created) sheet.setColumnWidths(1, WIDTH, 170);
  placeCharts(sheet, lines, m, workbook.platform.sheets.chartType, { created, memory });
  return { portfolio, model };
}

/**
 * The block of a report's first `rows` rows. A long portfolio lists more overdue accounts than
 * a new sheet has rows (1,000): Apps Script refuses a range outside the sheet ("The coordinates
 * of the range are outside the dimensions of the sheet"), and only then is the sheet measured
 * and grown, so the usual run spends no call on its size.
 */
function blockOf(sheet: Sheet, rows: number, width: number): Range {
  try {
    return sheet.getRange(1, 1, rows, width);
  } catch (error) {
    const max = sheet.getMaxRows();
    if (max >= rows) throw error;
    sheet.insertRowsAfter(max, rows - max);
    return sheet.getRange(1, 1, rows, width);
  }
}

/**
 * Writes lines of a report sheet (the dashboard, Team overview) in one block: values, number
 * formats, bold titles, section and header rows, and fills (one call each, the one writer).
 */
export function writeLines(sheet: Sheet, lines: readonly Line[], width: number): void {
  const pad = <T>(cells: readonly T[], fill: T) =>
    [...cells, ...Array<T>(Math.max(0, width - cells.length)).fill(fill)].slice(0, width);
  const fillOf = (l: Line) => (l.kind === 'section' || l.kind === 'title' ? TITLE_FILL : '#ffffff');
  writeBlock(
    blockOf(sheet, lines.length, width),
    lines.map((l) => pad<Cell>(l.cells, '')),
    {
      formats: lines.map((l) => pad<string | undefined>(l.formats ?? [], undefined)),
      weights: lines.map((l) => pad<FontWeight>([], l.kind === 'plain' ? 'normal' : 'bold')),
      backgrounds: lines.map((l) =>
        pad(
          (l.fills ?? []).map((f) => f ?? fillOf(l)),
          fillOf(l),
        ),
      ),
    },
  );
}

/** The cells a section's chart draws: its header row and the rows below it, two columns. */
function chartRows(lines: Line[], section: string): { header: number; rows: number } {
  const header = lines.findIndex((l) => l.cells[0] === section) + 2;
  let rows = 0;
  while (
    header + rows < lines.length &&
    lines[header + rows].kind === 'plain' &&
    lines[header + rows].cells.length > 0
  )
    rows++;
  return { header, rows };
}

/**
 * A pie of the largest clients' shares and a column chart of revenue key accounts per
 * manager. Charts already drawing exactly those cells under the workbook language's titles are
 * kept (their values follow the cells); otherwise they are drawn again. Which cells the charts
 * draw, and their titles, are remembered (`memory`,
 * CHARTS_KEY), so a run whose layout did not move only counts the charts (one call) instead
 * of asking each for its range (five), and draws them again when one is missing.
 */
function placeCharts(
  sheet: Sheet,
  lines: Line[],
  m: Messages,
  chartType: Platform['sheets']['chartType'],
  run: { created: boolean; memory?: DashboardMemory },
): void {
  const wanted = [
    {
      ...chartRows(lines, m.dashboard.topClients),
      type: chartType.pie,
      title: m.dashboard.concentrationChart,
      anchor: 3,
    },
    {
      ...chartRows(lines, m.dashboard.load),
      type: chartType.column,
      title: m.dashboard.loadChart,
      anchor: 22,
    },
  ].filter((c) => c.rows > 0);
  const a1 = (c: { header: number; rows: number }) => `A${c.header}:B${c.header + c.rows}`;
  // The titles too: a language switch redraws the charts in the new language.
  const drawn = wanted.map((c) => `${a1(c)} ${c.title}`).join(' | ');
  const { memory } = run;
  const existing = run.created ? [] : sheet.getCharts();
  const known = memory?.state[CHARTS_KEY];
  const same =
    existing.length === wanted.length &&
    (known !== undefined && !memory?.thorough
      ? known === drawn
      : existing.every(
          (chart, i) =>
            chart.getRanges()[0]?.getA1Notation() === a1(wanted[i]) &&
            chart.getOptions().get('title') === wanted[i].title,
        ));
  const remember = () => {
    if (memory && known !== drawn) memory.properties().setProperty(CHARTS_KEY, drawn);
  };
  if (same) {
    remember();
    return;
  }
  for (const chart of existing) sheet.removeChart(chart);
  for (const c of wanted)
    sheet.insertChart(
      sheet
        .newChart()
        .setChartType(c.type)
        .addRange(sheet.getRange(c.header, 1, c.rows + 1, 2))
        .setOption('title', c.title)
        .setPosition(c.anchor, WIDTH + 2, 0, 0)
        .build(),
    );
  remember();
}

/**
 * Menu "Refresh dashboard": holding the document lock, reads what the dashboard needs once,
 * computes today's statuses and writes the dashboard, trusting nothing remembered (a user who
 * asks for it gets it from the sheets as they are).
 */
export function refreshDashboardFromMenu(platform: Platform): void {
  withDocumentLock(platform, LOCK_WAIT_MS.menu, () => {
    const workbook = openWorkbook(platform, platform.spreadsheet(), SHEETS);
    const now = platform.clock.now();
    const today = dayOfDate(now, workbook.zone);
    const portfolio = readPortfolio(workbook, CHECK_SHEETS, undefined, {}, today);
    const statuses = statusesOf(portfolio.accounts, workbook, today);
    const properties = platform.properties();
    const state = properties.getProperties();
    refreshDashboard(portfolio, statuses, now, {
      state,
      properties: () => properties,
      thorough: true,
    });
  });
}
