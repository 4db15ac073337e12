// Menu "Protect dossiers" (R3.5): the dossier sheets may be edited only by the managers and
// supervisors named in Accounts, the owner and the person running it. Re-runnable.
import { type AccountPeople, allowedPeople, normalEmail } from '../../core/access';
import { type Lang, messagesFor } from '../../i18n';
import { columnLetter } from '../../template/columns';
import { sheetDef } from '../../template/lookup';
import type { SheetKey } from '../../template/types';
import { SHEETS } from '../../template/workbook';
import { DOSSIER_SHEETS } from '../dossier/read';
import type { Platform } from '../platform/platform';
import type { Protection, Sheet } from '../platform/sheets';
import { LOCK_WAIT_MS, withDocumentLock } from '../sheet/lock';
import { openWorkbook } from '../sheet/workbook';
import { accountPeople, listOf, ownerOf, runnerEmail } from './people';

/** Marks the protections this feature owns, so that a second run updates them. */
export const ACCESS_PROTECTION = 'KAM R3.5: dossier editors';

/** Marks the protections of the Accounts columns that say who runs an account. */
export const OWNERSHIP_PROTECTION = 'KAM R3.5: who runs an account';

/** The Accounts columns only the owner and the supervisors may change (R3.5: who may see a dossier). */
export const OWNERSHIP_KEYS = ['manager', 'supervisor'] as const;

/** Accounts (who manages what) and every part of the dossier (R3.1–R3.4, R3.6) and its trail. */
export const PROTECTED_SHEETS: readonly SheetKey[] = [...DOSSIER_SHEETS, 'history'];

export interface ProtectReport {
  lang: Lang;
  sheets: string[];
  /** Who may edit them now. */
  editors: string[];
  /** The Accounts columns that name an account's manager and supervisor, by header. */
  columns: string[];
  /** Who may change those columns now (the owner and the supervisors, and the runner). */
  assigners: string[];
  runner: string;
  /** The runner is neither owner nor supervisor, yet Google keeps them an editor of those columns. */
  runnerExtra: boolean;
}

/**
 * Leaves exactly `wanted` (and the owner and the runner, whom Google never removes) as the
 * sheet's editors. The runner is added first, as Google's Protection sample does: removing a
 * Google Group through which alone they edit would otherwise throw. Groups listed as editors
 * are removed like anyone not named.
 */
export function limitEditors(
  platform: Platform,
  sheet: Sheet,
  wanted: ReadonlySet<string>,
  runner: string,
): void {
  const existing = sheet.getProtections(platform.sheets.protectionType.sheet)[0];
  limitProtection(existing ?? sheet.protect(), ACCESS_PROTECTION, wanted, runner);
}

/**
 * Leaves exactly `wanted`, the owner and the runner as the editors of the Accounts columns
 * naming each account's manager and supervisor (range protections inside the sheet's own),
 * so that a manager can no longer make themselves an account's manager: only the owner and
 * the supervisors reassign. Google checks every protection covering a cell; the narrower list
 * of the column's protection is what decides there. Returns the protected columns' headers.
 */
export function limitOwnership(
  platform: Platform,
  sheet: Sheet,
  columns: ReadonlyMap<string, number>,
  wanted: ReadonlySet<string>,
  runner: string,
): string[] {
  const ours = sheet
    .getProtections(platform.sheets.protectionType.range)
    .filter((p) => p.getDescription() === OWNERSHIP_PROTECTION);
  const headers: string[] = [];
  for (const key of OWNERSHIP_KEYS) {
    const index = columns.get(key);
    if (index === undefined) continue;
    const letter = columnLetter(index);
    const range = sheet.getRange(`${letter}:${letter}`);
    const columnOf = (a1: string) => a1.replace(/\d+/g, '');
    const existing = ours.find(
      (p) => columnOf(p.getRange().getA1Notation()) === `${letter}:${letter}`,
    );
    limitProtection(existing ?? range.protect(), OWNERSHIP_PROTECTION, wanted, runner);
    headers.push(String(sheet.getRange(1, index + 1).getValue()));
  }
  return headers;
}

/** One protection limited to `wanted` and the runner, who is added first and kept. */
function limitProtection(
  protection: Protection,
  description: string,
  wanted: ReadonlySet<string>,
  runner: string,
): void {
  protection.setDescription(description);
  if (protection.isWarningOnly()) protection.setWarningOnly(false);
  if (runner !== '') protection.addEditor(runner);
  protection.addEditors([...wanted]);
  const keep = new Set([...wanted, normalEmail(runner)]);
  const remove = protection
    .getEditors()
    .map((u) => u.getEmail())
    .filter((e) => !keep.has(normalEmail(e)));
  if (remove.length > 0) protection.removeEditors(remove);
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
}

/** The owner and the supervisors of these accounts: who may reassign them (R3.5). */
export function assignersOf(accounts: readonly AccountPeople[], owner: string): Set<string> {
  return allowedPeople(
    accounts.map((a) => ({ supervisor: a.supervisor })),
    owner,
  );
}

/**
 * Protects every dossier sheet of the workbook for the people its accounts name, and the
 * Accounts columns naming manager and supervisor for the owner and the supervisors.
 */
export function protectDossiers(platform: Platform): ProtectReport {
  const spreadsheet = platform.spreadsheet();
  const workbook = openWorkbook(platform, spreadsheet, SHEETS);
  const owner = ownerOf(spreadsheet);
  const people = accountPeople(workbook);
  const wanted = allowedPeople(people, owner);
  const runner = runnerEmail(platform);
  const sheets: string[] = [];
  for (const key of PROTECTED_SHEETS) {
    const sheet = workbook.sheet(key);
    if (!sheet) continue;
    limitEditors(platform, sheet, wanted, runner);
    sheets.push(sheet.getName());
  }
  const accounts = workbook.sheet('accounts');
  const table = accounts && workbook.table(sheetDef('accounts'));
  const assigners = assignersOf(people, owner);
  const columns =
    accounts && table ? limitOwnership(platform, accounts, table.columns, assigners, runner) : [];
  const withRunner = (set: Set<string>) =>
    [...(runner === '' ? set : new Set([...set, normalEmail(runner)]))].sort();
  return {
    lang: workbook.lang,
    sheets,
    editors: withRunner(wanted),
    columns,
    assigners: withRunner(assigners),
    runner,
    runnerExtra: columns.length > 0 && runner !== '' && !assigners.has(normalEmail(runner)),
  };
}

/** Menu "Protect dossiers": protects, then says who may edit and that reading is not limited. */
export function protectDossiersFromMenu(platform: Platform): void {
  const report = withDocumentLock(platform, LOCK_WAIT_MS.menu, () => protectDossiers(platform));
  const m = messagesFor(report.lang).access;
  const lines = [
    m.protected(report.sheets.join(', '), listOf(report.editors)),
    report.columns.length > 0
      ? m.assigners(report.columns.join(', '), listOf(report.assigners))
      : '',
    report.runner !== '' ? m.runnerKept(report.runner) : '',
    report.runnerExtra ? m.runnerAssigns(report.runner) : '',
    m.readable,
  ].filter((line) => line !== '');
  const ui = platform.ui();
  ui.alert(m.protectTitle, lines.join('\n\n'), ui.ButtonSet.OK);
}
