// Menu "Protect dossiers" (R3.5): the dossier sheets may be edited only by the managers and
// supervisors named in Accounts, the owner and the person running it. Re-runnable.
import { allowedPeople, normalEmail } from '../../core/access';
import { type Lang, messagesFor } from '../../i18n';
import type { SheetKey } from '../../template/types';
import { SHEETS } from '../../template/workbook';
import { DOSSIER_SHEETS } from '../dossier/read';
import type { Platform } from '../platform/platform';
import type { Sheet } from '../platform/sheets';
import { LOCK_WAIT_MS, withDocumentLock } from '../sheet/lock';
import { openWorkbook } from '../sheet/workbook';
import { accountPeople, listOf, ownerOf, runnerEmail } from './people';

/** Marks the protections this feature owns, so that a second run updates them. */
export const ACCESS_PROTECTION = 'KAM R3.5: dossier editors';

/** Accounts (who manages what) and every part of the dossier (R3.1–R3.4, R3.6) and its trail. */
export const PROTECTED_SHEETS: readonly SheetKey[] = [...DOSSIER_SHEETS, 'history'];

export interface ProtectReport {
  lang: Lang;
  sheets: string[];
  /** Who may edit them now. */
  editors: string[];
  runner: string;
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
  const protection = existing ?? sheet.protect();
  protection.setDescription(ACCESS_PROTECTION);
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

/** Protects every dossier sheet of the workbook for the people its accounts name. */
export function protectDossiers(platform: Platform): ProtectReport {
  const spreadsheet = platform.spreadsheet();
  const workbook = openWorkbook(platform, spreadsheet, SHEETS);
  const owner = ownerOf(spreadsheet);
  const wanted = allowedPeople(accountPeople(workbook), owner);
  const runner = runnerEmail(platform);
  const sheets: string[] = [];
  for (const key of PROTECTED_SHEETS) {
    const sheet = workbook.sheet(key);
    if (!sheet) continue;
    limitEditors(platform, sheet, wanted, runner);
    sheets.push(sheet.getName());
  }
  const editors = new Set(wanted);
  if (runner !== '') editors.add(normalEmail(runner));
  return { lang: workbook.lang, sheets, editors: [...editors].sort(), runner };
}

/** Menu "Protect dossiers": protects, then says who may edit and that reading is not limited. */
export function protectDossiersFromMenu(platform: Platform): void {
  const report = withDocumentLock(platform, LOCK_WAIT_MS.menu, () => protectDossiers(platform));
  const m = messagesFor(report.lang).access;
  const lines = [
    m.protected(report.sheets.join(', '), listOf(report.editors)),
    report.runner !== '' ? m.runnerKept(report.runner) : '',
    m.readable,
  ].filter((line) => line !== '');
  const ui = platform.ui();
  ui.alert(m.protectTitle, lines.join('\n\n'), ui.ButtonSet.OK);
}
