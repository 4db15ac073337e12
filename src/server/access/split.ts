// Menu "Split by manager" (R3.5): one workbook per manager holding only that manager's
// accounts in every sheet, shared with the manager and their direct supervisor only, listed
// in the Portfolio sheet of this workbook. Nothing is deleted here.
import { allowedPeople, normalEmail } from '../../core/access';
import { type ManagerShare, splitPlan } from '../../core/access-split';
import { type Lang, messagesFor } from '../../i18n';
import { normalizeHeader, sheetDef } from '../../template/lookup';
import { SHEETS } from '../../template/workbook';
import type { Platform } from '../platform/platform';
import type { Spreadsheet } from '../platform/sheets';
import { LOCK_WAIT_MS, withDocumentLock } from '../sheet/lock';
import { logRun } from '../sheet/run-log';
import { setUpWorkbook } from '../sheet/setup';
import { openWorkbook, type Workbook } from '../sheet/workbook';
import { cellFrom, writeBlock } from '../sheet/writer';
import { accountPeople, runnerEmail } from './people';
import { portfolioRows, writePortfolio } from './portfolio';
import { limitEditors, PROTECTED_SHEETS } from './protect';
import {
  revenueRows,
  rowsByManager,
  type SourceTable,
  sourceTable,
  writeTable,
} from './split-tables';

export interface SplitReport {
  lang: Lang;
  created: { manager: string; supervisors: string[]; id: string; url: string; accounts: number }[];
  /** Managers already listed in Portfolio: not split again. */
  skipped: string[];
  unassigned: string[];
  /** Rows naming no known account, by sheet name: they stay in the source only. */
  orphans: { sheet: string; rows: number }[];
}

function createWorkbook(
  platform: Platform,
  source: Workbook,
  share: ManagerShare,
  tables: readonly SourceTable[],
  rows: ReadonlyMap<string, ReadonlyMap<string, number[]>>,
  runner: string,
): Spreadsheet {
  const { spreadsheet, lang } = source;
  const m = messagesFor(lang).access;
  const target = platform.sheets.create(m.workbookName(spreadsheet.getName(), share.manager));
  target.setSpreadsheetLocale(spreadsheet.getSpreadsheetLocale());
  target.setSpreadsheetTimeZone(spreadsheet.getSpreadsheetTimeZone());
  setUpWorkbook(platform.sheets, target, SHEETS, lang);
  const split = openWorkbook(platform, target, SHEETS);
  const settings = source.read(sheetDef('settings'));
  const settingsSheet = split.sheet('settings');
  if (settings && settingsSheet && settings.values.length > 0) {
    const width = Math.min(settings.values[0].length, sheetDef('settings').columns.length);
    writeBlock(
      settingsSheet.getRange(1, 1, settings.values.length, width),
      settings.values.map((r) => r.slice(0, width).map(cellFrom)),
    );
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
    if (sheet) limitEditors(platform, sheet, wanted, runner);
  }
  return target;
}

/** Splits the workbook by manager; managers already in Portfolio are skipped. */
export function splitByManager(platform: Platform, now: Date): SplitReport {
  const spreadsheet = platform.spreadsheet();
  const workbook = openWorkbook(platform, spreadsheet, SHEETS);
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
  const runner = runnerEmail(platform);
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
    const target = createWorkbook(platform, workbook, share, tables, rows, runner);
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
    () => platform.properties(),
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
export function splitByManagerFromMenu(platform: Platform): void {
  const report = withDocumentLock(platform, LOCK_WAIT_MS.menu, () =>
    splitByManager(platform, platform.clock.now()),
  );
  const ui = platform.ui();
  ui.alert(messagesFor(report.lang).access.splitTitle, wordSplit(report), ui.ButtonSet.OK);
}
