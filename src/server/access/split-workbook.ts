// One manager's workbook of Split by manager (R3.5): shared with the manager and their direct
// supervisor, filled with only that manager's rows and protected. All of it can run again on
// a workbook an earlier run left unfinished, to the same end.
import { allowedPeople, normalEmail } from '../../core/access';
import type { ManagerShare } from '../../core/access-split';
import { messagesFor } from '../../i18n';
import { sheetDef } from '../../template/lookup';
import { settingsRows } from '../../template/settings';
import { SHEETS } from '../../template/workbook';
import type { Platform } from '../platform/platform';
import type { Spreadsheet } from '../platform/sheets';
import { setUpWorkbook } from '../sheet/setup';
import { nameMatches, openWorkbook, type Workbook } from '../sheet/workbook';
import { writeBlock } from '../sheet/writer';
import { assignersOf, limitEditors, limitOwnership, PROTECTED_SHEETS } from './protect';
import { revenueRows, type SourceTable, sourceTotal, writeTable } from './split-tables';

/** What every manager's workbook is cut from: the source workbook, its tables, whose row is whose. */
export interface SplitSource {
  workbook: Workbook;
  tables: readonly SourceTable[];
  /** Row indexes of each account-keyed table, by normalised manager e-mail. */
  rows: ReadonlyMap<string, ReadonlyMap<string, number[]>>;
  runner: string;
}

/** The name of a manager's workbook: this workbook's name and the manager's e-mail. */
export function workbookNameOf(source: SplitSource, share: ManagerShare): string {
  const { spreadsheet, lang } = source.workbook;
  return messagesFor(lang).access.workbookName(spreadsheet.getName(), share.manager);
}

/**
 * Gives the workbook the source's locale and zone and shares it with the manager and their
 * supervisors, sets it up, copies the Settings (with the company's revenue total, so shares
 * stay shares of the company's revenue, R1.1) and the manager's rows of every sheet (Revenue:
 * their own clients only), and protects the dossier sheets for the
 * manager and supervisors and the Accounts columns naming them for the owner and supervisors.
 * Run again on the same workbook, it writes the same cells (rows an earlier run left below
 * are cleared) and changes nothing else.
 */
export function shareFillAndProtect(
  platform: Platform,
  source: SplitSource,
  share: ManagerShare,
  target: Spreadsheet,
): void {
  const { spreadsheet, lang } = source.workbook;
  target.setSpreadsheetLocale(spreadsheet.getSpreadsheetLocale());
  target.setSpreadsheetTimeZone(spreadsheet.getSpreadsheetTimeZone());
  const owner = normalEmail(target.getOwner()?.getEmail());
  const people = [share.manager, ...share.supervisors].filter((e) => normalEmail(e) !== owner);
  if (people.length > 0) target.addEditors(people);
  // A new file's one sheet is named in the creating user's language ("Sheet1", "Lapas1"…):
  // found as an empty sheet no template sheet is called, and deleted once KAM's sheets are in.
  const strays = target
    .getSheets()
    .filter((s) => !SHEETS.some((d) => nameMatches(d, s.getName())) && s.getLastRow() === 0);
  setUpWorkbook(platform.sheets, target, SHEETS, lang);
  const split = openWorkbook(platform, target, SHEETS);
  const settingsSheet = split.sheet('settings');
  if (settingsSheet) {
    // The new workbook's Settings rows follow SETTINGS from row 2 (set-up made them): each
    // gets the source's value, and the company total the manager's shares are of (R1.1).
    const revenue = source.tables.find((t) => t.def.key === 'revenue');
    // A manager's own workbook sends no weekly digest: the head of sales' one does (R4.3).
    const settings = {
      ...source.workbook.settings,
      companyRevenueTotal: sourceTotal(revenue, source.workbook.settings),
      weeklyDigestDay: 'off' as const,
    };
    const values = settingsRows(lang, settings);
    writeBlock(settingsSheet.getRange(2, 1, values.length, 3), values);
  }
  const key = normalEmail(share.manager);
  for (const table of source.tables) {
    const sheet = split.sheet(table.def.key);
    if (!sheet) continue;
    const picked =
      table.def.key === 'revenue'
        ? revenueRows(table, share)
        : (source.rows.get(table.def.key)?.get(key) ?? []).map((i) => table.rows[i]);
    writeTable(sheet, table, picked);
  }
  for (const stray of strays) if (target.getNumSheets() > 1) target.deleteSheet(stray);
  const supervisors = share.supervisors.map((supervisor) => ({ supervisor }));
  const wanted = allowedPeople([{ manager: share.manager }, ...supervisors], owner);
  for (const k of PROTECTED_SHEETS) {
    const sheet = split.sheet(k);
    if (sheet) limitEditors(platform, sheet, wanted, source.runner);
  }
  const accounts = split.sheet('accounts');
  const table = split.table(sheetDef('accounts'));
  if (accounts && table)
    limitOwnership(
      platform,
      accounts,
      table.columns,
      assignersOf(supervisors, owner),
      source.runner,
    );
}
