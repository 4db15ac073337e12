// The Portfolio sheet: the per-manager workbooks Split by manager created (R3.5), one row each
// with a link; Team overview reads it. Columns are fixed; its name is found in either language.
import { type Lang, messagesFor } from '../../i18n';
import { normalizeHeader } from '../../template/lookup';
import type { Sheet, Spreadsheet } from '../platform/sheets';
import { writeBlock } from '../sheet/writer';

export interface PortfolioEntry {
  manager: string;
  supervisors: string[];
  name: string;
  url: string;
  accounts: number;
  created: Date;
}

/** The Portfolio sheet, named in English or Lithuanian. */
function portfolioSheet(spreadsheet: Spreadsheet): Sheet | undefined {
  const names = new Set(
    (['en', 'lt'] as const).map((l) => normalizeHeader(messagesFor(l).access.portfolio.sheet)),
  );
  return spreadsheet.getSheets().find((s) => names.has(normalizeHeader(s.getName())));
}

/** The spreadsheet id in a link (…/spreadsheets/d/ID/…) or a bare id; "" when neither. */
export function spreadsheetIdOf(link: string): string {
  const m = /\/d\/([A-Za-z0-9_-]{20,})/.exec(link);
  if (m) return m[1];
  return /^[A-Za-z0-9_-]{20,}$/.test(link.trim()) ? link.trim() : '';
}

/** Every listed workbook (one getValues); rows without a link are skipped. */
export function portfolioRows(
  spreadsheet: Spreadsheet,
): { manager: string; name: string; url: string }[] {
  const sheet = portfolioSheet(spreadsheet);
  if (!sheet) return [];
  return sheet
    .getDataRange()
    .getValues()
    .slice(1)
    .map((r) => ({
      manager: String(r[0]).trim(),
      name: String(r[2]).trim(),
      url: String(r[3]).trim(),
    }))
    .filter((r) => r.url !== '');
}

/** Appends the new workbooks, creating the sheet with its header first (one block each). */
export function writePortfolio(
  spreadsheet: Spreadsheet,
  lang: Lang,
  entries: readonly PortfolioEntry[],
): void {
  if (entries.length === 0) return;
  const m = messagesFor(lang).access.portfolio;
  let sheet = portfolioSheet(spreadsheet);
  if (!sheet) {
    sheet = spreadsheet.insertSheet(m.sheet);
    writeBlock(
      sheet.getRange(1, 1, 1, 6),
      [[m.manager, m.supervisor, m.workbook, m.link, m.accounts, m.created]],
      { weights: [Array(6).fill('bold')] },
    );
    sheet.setFrozenRows(1);
  }
  const start = Math.max(sheet.getLastRow(), 1) + 1;
  writeBlock(
    sheet.getRange(start, 1, entries.length, 6),
    entries.map((e) => [e.manager, e.supervisors.join(', '), e.name, e.url, e.accounts, e.created]),
    {
      formats: entries.map(() => [
        undefined,
        undefined,
        undefined,
        undefined,
        '0',
        'yyyy-mm-dd hh:mm',
      ]),
    },
  );
}
