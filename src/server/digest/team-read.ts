// The weekly digest's reads of the managers' own workbooks (R3.5, R4.3): each one listed in
// Portfolio is opened and read as Team overview reads it, once a week; one that cannot be
// read is named in the digest rather than left out.
import { normalEmail } from '../../core/access';
import { readTeamWorkbook } from '../access/overview';
import { portfolioRows, spreadsheetIdOf } from '../access/portfolio';
import type { Platform } from '../platform/platform';
import type { Spreadsheet } from '../platform/sheets';
import type { TeamSource } from './team';

/** A link to a row of a spreadsheet's sheet, as Sheets opens it. */
export function rowUrlOf(spreadsheetId: string, sheetId: number): (row: number) => string {
  return (row) =>
    `https://docs.google.com/spreadsheets/d/${spreadsheetId}/edit#gid=${sheetId}&range=A${row}`;
}

/** The address that opens a spreadsheet. */
export function workbookUrlOf(spreadsheetId: string): string {
  return `https://docs.google.com/spreadsheets/d/${spreadsheetId}/edit`;
}

/** The Accounts sheet's id in a portfolio already read (0 when it has none). */
export function accountsSheetId(accounts: { source: { gridId(): number } } | undefined): number {
  return accounts ? accounts.source.gridId() : 0;
}

/**
 * Every manager whose accounts moved to their own workbook (Portfolio), with that workbook's
 * figures read now, or the reason it could not be read. Example: Portfolio lists Ieva's
 * workbook → Ieva's scorecard and lists come from it, not from this workbook's old rows.
 */
export function readMovedSources(
  platform: Platform,
  spreadsheet: Spreadsheet,
  now: Date,
): Map<string, TeamSource | { unreadable: string }> {
  const sources = new Map<string, TeamSource | { unreadable: string }>();
  for (const entry of portfolioRows(spreadsheet)) {
    const manager = normalEmail(entry.manager);
    if (manager === '' || sources.has(manager)) continue;
    const name = entry.name || entry.url;
    try {
      const id = spreadsheetIdOf(entry.url);
      if (id === '') throw new Error(entry.url);
      const { portfolio, model } = readTeamWorkbook(platform, platform.sheets.openById(id), now);
      sources.set(manager, {
        model,
        rowUrl: rowUrlOf(id, accountsSheetId(portfolio.tables.accounts)),
      });
    } catch {
      sources.set(manager, { unreadable: name });
    }
  }
  return sources;
}
