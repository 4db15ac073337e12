// Menu "Split by manager" (R3.5): one workbook per manager holding only that manager's
// accounts in every sheet, shared with the manager and their direct supervisor only, listed
// in the Portfolio sheet of this workbook. Nothing is deleted here.
import { allowedPeople, normalEmail } from '../../core/access';
import { type ManagerShare, partitionRows, splitPlan } from '../../core/access-split';
import { type Lang, messagesFor } from '../../i18n';
import { numberFormatOf } from '../../template/columns';
import { normalizeHeader, sheetDef } from '../../template/lookup';
import type { SheetDef } from '../../template/types';
import { SHEETS } from '../../template/workbook';
import { logRun } from '../check/run-log';
import { accountKey } from '../sheet/portfolio-read';
import { runsOf } from '../sheet/runs';
import { setUpWorkbook } from '../sheet/setup';
import type { CellValue } from '../sheet/table-codec';
import { headerMatches, locateColumns } from '../sheet/table-read';
import { openWorkbook, type RawTable, type Workbook } from '../sheet/workbook';
import { accountPeople, runnerEmail } from './people';
import { portfolioRows, writePortfolio } from './portfolio';
import { limitEditors, PROTECTED_SHEETS } from './protect';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SplitReport {
  lang: Lang;
  created: { manager: string; supervisors: string[]; id: string; url: string; accounts: number }[];
  /** Managers already listed in Portfolio: not split again. */
  skipped: string[];
  unassigned: string[];
  /** Rows naming no known account, by sheet name: they stay in the source only. */
  orphans: { sheet: string; rows: number }[];
}

const blank = (row: readonly unknown[]) =>
  row.every((cell) => cell === '' || cell === null || cell === undefined);

/** A source table's data rows (blank rows dropped) and where each template column is. */
interface SourceTable {
  def: SheetDef;
  header: unknown[];
  rows: unknown[][];
  columns: Map<string, number>;
  /** Source columns that are not template columns (a user's own), kept at the end. */
  extras: number[];
}

function sourceTable(def: SheetDef, raw: RawTable): SourceTable {
  const header = raw.values[0] ?? [];
  const { columns } = locateColumns(def, header);
  const extras = header
    .map((text, i) => ({ text, i }))
    .filter(
      ({ text, i }) =>
        typeof text === 'string' &&
        text.trim() !== '' &&
        ![...columns.values()].includes(i) &&
        !def.columns.some((c) => headerMatches(c, text)),
    )
    .map(({ i }) => i);
  return { def, header, rows: raw.values.slice(1).filter((r) => !blank(r)), columns, extras };
}

/**
 * Writes rows into a freshly set-up sheet (template columns in template order): one block per
 * run of columns without a formula (a formula column such as Revenue's share spills), each
 * block its number formats then its values; a user's own columns follow the template's.
 */
function writeTable(sheet: Sheet, table: SourceTable, rows: readonly unknown[][]): void {
  const width = table.def.columns.length;
  if (table.extras.length > 0) {
    const need = width + table.extras.length;
    if (sheet.getMaxColumns() < need)
      sheet.insertColumnsAfter(sheet.getMaxColumns(), need - sheet.getMaxColumns());
    sheet
      .getRange(1, width + 1, 1, table.extras.length)
      .setValues([table.extras.map((i) => table.header[i])]);
  }
  if (rows.length === 0) return;
  if (sheet.getMaxRows() < rows.length + 1)
    sheet.insertRowsAfter(sheet.getMaxRows(), rows.length + 1 - sheet.getMaxRows());
  const sources: { from?: number; format: string }[] = [
    ...table.def.columns.map((c) => ({
      from: c.formula ? undefined : table.columns.get(c.key),
      format: c.formula ? '' : (numberFormatOf(c) ?? 'General'),
    })),
    ...table.extras.map((i) => ({
      from: i,
      format: rows.every((r) => typeof r[i] === 'string' || r[i] === '') ? '@' : 'General',
    })),
  ];
  const writable = sources.flatMap((_, i) => (table.def.columns[i]?.formula ? [] : [i]));
  for (const run of runsOf(writable)) {
    const values = rows.map((r) =>
      run.map((i) => (sources[i].from === undefined ? '' : (r[sources[i].from as number] ?? ''))),
    );
    const range = sheet.getRange(2, run[0] + 1, rows.length, run.length);
    range.setNumberFormats(rows.map(() => run.map((i) => sources[i].format)));
    range.setValues(values);
  }
}

/** The account-keyed rows of a table for each manager (R3.5), and the rows of no known account. */
function rowsByManager(table: SourceTable, managerOf: Map<string, string>) {
  const id = table.columns.get('accountId');
  const keys = table.rows.map((r) => (id === undefined ? '' : accountKey(r[id] as CellValue)));
  return partitionRows(keys, { managerOf });
}

/**
 * Revenue rows of the manager's clients, and one row with every other client's revenue in
 * total, so that shares and tiers stay shares of the company's revenue (R1.1) while other
 * managers' clients are not named.
 */
function revenueRows(table: SourceTable, share: ManagerShare, lang: Lang): unknown[][] {
  const client = table.columns.get('client');
  const revenue = table.columns.get('revenue');
  if (client === undefined || revenue === undefined) return [];
  const own = new Set(share.clients);
  const mine = table.rows.filter((r) => own.has(normalizeHeader(String(r[client] ?? ''))));
  const sum = (rows: unknown[][]) =>
    rows.reduce(
      (total, r) => total + (typeof r[revenue] === 'number' ? (r[revenue] as number) : 0),
      0,
    );
  const rest = sum(table.rows) - sum(mine);
  if (rest <= 0) return mine;
  const other = table.header.map(() => '' as unknown);
  other[client] = messagesFor(lang).access.otherClients;
  other[revenue] = rest;
  return [...mine, other];
}

function createWorkbook(
  source: Workbook,
  share: ManagerShare,
  tables: readonly SourceTable[],
  rows: ReadonlyMap<string, ReadonlyMap<string, number[]>>,
  runner: string,
): Spreadsheet {
  const { spreadsheet, lang } = source;
  const m = messagesFor(lang).access;
  const target = SpreadsheetApp.create(m.workbookName(spreadsheet.getName(), share.manager));
  target.setSpreadsheetLocale(spreadsheet.getSpreadsheetLocale());
  target.setSpreadsheetTimeZone(spreadsheet.getSpreadsheetTimeZone());
  setUpWorkbook(target, SHEETS, lang);
  const split = openWorkbook(target, SHEETS);
  const settings = source.read(sheetDef('settings'));
  const settingsSheet = split.sheet('settings');
  if (settings && settingsSheet && settings.values.length > 0) {
    const width = Math.min(settings.values[0].length, sheetDef('settings').columns.length);
    settingsSheet
      .getRange(1, 1, settings.values.length, width)
      .setValues(settings.values.map((r) => r.slice(0, width)));
  }
  const key = normalEmail(share.manager);
  for (const table of tables) {
    const sheet = split.sheet(table.def.key);
    if (!sheet) continue;
    const picked =
      table.def.key === 'revenue'
        ? revenueRows(table, share, lang)
        : (rows.get(table.def.key)?.get(key) ?? []).map((i) => table.rows[i]);
    writeTable(sheet, table, picked);
  }
  const blankSheet = target.getSheetByName('Sheet1');
  if (blankSheet && target.getNumSheets() > 1) target.deleteSheet(blankSheet);
  const owner = normalEmail(target.getOwner()?.getEmail());
  const people = [share.manager, ...share.supervisors].filter((e) => normalEmail(e) !== owner);
  if (people.length > 0) target.addEditors(people);
  const wanted = allowedPeople(
    [{ manager: share.manager }, ...share.supervisors.map((supervisor) => ({ supervisor }))],
    owner,
  );
  for (const k of PROTECTED_SHEETS) {
    const sheet = split.sheet(k);
    if (sheet) limitEditors(sheet, wanted, runner);
  }
  return target;
}

/** Splits the workbook by manager; managers already in Portfolio are skipped. */
export function splitByManager(spreadsheet: Spreadsheet, now: Date): SplitReport {
  const workbook = openWorkbook(spreadsheet, SHEETS);
  const { lang } = workbook;
  const plan = splitPlan(accountPeople(workbook), normalizeHeader);
  const tables: SourceTable[] = [];
  for (const def of SHEETS) {
    if (def.layout !== 'table') continue;
    const raw = workbook.read(def);
    if (raw) tables.push(sourceTable(def, raw));
  }
  const rows = new Map<string, Map<string, number[]>>();
  const orphans: SplitReport['orphans'] = [];
  for (const table of tables) {
    if (!table.columns.has('accountId')) continue;
    const { byManager, orphans: lost } = rowsByManager(table, plan.managerOf);
    rows.set(table.def.key, byManager);
    if (lost.length > 0) orphans.push({ sheet: table.def.name[lang], rows: lost.length });
  }
  const runner = runnerEmail();
  const listed = new Set(portfolioRows(spreadsheet).map((r) => normalEmail(r.manager)));
  const report: SplitReport = {
    lang,
    created: [],
    skipped: [],
    unassigned: plan.unassigned,
    orphans,
  };
  for (const share of plan.managers) {
    if (listed.has(normalEmail(share.manager))) {
      report.skipped.push(share.manager);
      continue;
    }
    const target = createWorkbook(workbook, share, tables, rows, runner);
    report.created.push({
      manager: share.manager,
      supervisors: share.supervisors,
      id: target.getId(),
      url: target.getUrl(),
      accounts: share.accounts.length,
    });
  }
  writePortfolio(
    spreadsheet,
    lang,
    report.created.map((c) => ({
      ...c,
      name: messagesFor(lang).access.workbookName(spreadsheet.getName(), c.manager),
      created: now,
    })),
  );
  logRun(
    spreadsheet,
    lang,
    { trigger: messagesFor(lang).access.menuSplit, outcome: 'ok', message: wordSplit(report) },
    now,
    false,
  );
  return report;
}

/** The report in words. */
export function wordSplit(report: SplitReport): string {
  const m = messagesFor(report.lang).access;
  return [
    m.created(report.created.length),
    report.skipped.length > 0 ? m.alreadySplit(report.skipped.join(', ')) : '',
    report.unassigned.length > 0 ? m.unassigned(report.unassigned.join(', ')) : '',
    ...report.orphans.map((o) => m.orphans(o.sheet, o.rows)),
  ]
    .filter((line) => line !== '')
    .join('\n');
}

/** Menu "Split by manager". */
export function splitByManagerFromMenu(): void {
  const report = splitByManager(SpreadsheetApp.getActiveSpreadsheet(), new Date());
  const ui = SpreadsheetApp.getUi();
  ui.alert(messagesFor(report.lang).access.splitTitle, wordSplit(report), ui.ButtonSet.OK);
}
