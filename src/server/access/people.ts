// Who is who for R3.5 in a workbook: the accounts' managers and supervisors (Accounts), the
// file's owner and the person running KAM, read once each.
import type { PlannedAccount } from '../../core/access-split';
import { sheetDef } from '../../template/lookup';
import type { Platform } from '../platform/platform';
import type { Spreadsheet } from '../platform/sheets';
import { accountKey } from '../sheet/portfolio-read';
import type { CellValue } from '../sheet/table-codec';
import type { Workbook } from '../sheet/workbook';

const text = (v: CellValue) => (typeof v === 'string' ? v.trim() : '');

/** Every account of Accounts with its manager, supervisor and client (one read). */
export function accountPeople(workbook: Workbook): PlannedAccount[] {
  const table = workbook.table(sheetDef('accounts'));
  return (table?.rows ?? [])
    .map(({ values }) => ({
      key: accountKey(values.accountId),
      id: String(values.accountId ?? '').trim(),
      manager: text(values.manager),
      supervisor: text(values.supervisor),
      client: text(values.client),
    }))
    .filter((a) => a.key !== '');
}

/** The file's owner ("" in a shared drive, where Apps Script gives none). */
export function ownerOf(spreadsheet: Spreadsheet): string {
  return spreadsheet.getOwner()?.getEmail() ?? '';
}

/**
 * The person running KAM: the effective user, as Google's Protection sample adds before
 * removing anyone; "" when Apps Script does not tell (needs userinfo.email).
 */
export function runnerEmail(platform: Platform): string {
  return platform.user.effective();
}

/** Emails joined for a message, sorted. */
export function listOf(emails: Iterable<string>): string {
  return [...emails].sort().join(', ');
}
