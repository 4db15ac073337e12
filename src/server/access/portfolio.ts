// The Portfolio sheet: the per-manager workbooks Split by manager created (R3.5), one row each
// with a link and whether it is finished; Team overview reads it. Columns are fixed; its name
// is found in either language.
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

/** A workbook listed in Portfolio, and whether Split by manager finished it. */
export interface PortfolioRow {
  /** 1-based row of the Portfolio sheet. */
  row: number;
  manager: string;
  name: string;
  url: string;
  /** False while Split by manager has not finished filling and protecting it. */
  complete: boolean;
}

const COLUMNS = 7;
const STATUS = 6;

/** Whether a status cell says "not finished" in either language (a row without one is finished). */
function unfinished(status: unknown): boolean {
  const said = normalizeHeader(String(status ?? ''));
  return (['en', 'lt'] as const).some(
    (l) => normalizeHeader(messagesFor(l).access.portfolio.unfinished) === said,
  );
}

/** Every listed workbook (one getValues); rows without a link are skipped. */
export function portfolioRows(spreadsheet: Spreadsheet): PortfolioRow[] {
  const sheet = portfolioSheet(spreadsheet);
  if (!sheet) return [];
  return sheet
    .getDataRange()
    .getValues()
    .map((r, i) => ({
      row: i + 1,
      manager: String(r[0]).trim(),
      name: String(r[2]).trim(),
      url: String(r[3]).trim(),
      complete: !unfinished(r[STATUS]),
    }))
    .slice(1)
    .filter((r) => r.url !== '');
}

/** The Portfolio sheet with its header (created, or given the status column it lacks). */
function sheetWithHeader(spreadsheet: Spreadsheet, lang: Lang): Sheet {
  const m = messagesFor(lang).access.portfolio;
  const header = [m.manager, m.supervisor, m.workbook, m.link, m.accounts, m.created, m.status];
  const existing = portfolioSheet(spreadsheet);
  const sheet = existing ?? spreadsheet.insertSheet(m.sheet);
  if (!existing) sheet.setFrozenRows(1);
  if (!existing || sheet.getLastColumn() < COLUMNS) {
    const from = existing ? STATUS : 0;
    writeBlock(sheet.getRange(1, from + 1, 1, COLUMNS - from), [header.slice(from)], {
      weights: [Array(COLUMNS - from).fill('bold')],
    });
  }
  return sheet;
}

/**
 * Records a workbook in Portfolio as soon as it is created and shared, marked not finished
 * (one block), so that a failure later leaves it findable: the next Split by manager opens it
 * through this row and completes it, never making a second one. Returns its row.
 */
export function recordWorkbook(
  spreadsheet: Spreadsheet,
  lang: Lang,
  entry: PortfolioEntry,
): number {
  const m = messagesFor(lang).access.portfolio;
  const sheet = sheetWithHeader(spreadsheet, lang);
  const row = Math.max(sheet.getLastRow(), 1) + 1;
  writeBlock(
    sheet.getRange(row, 1, 1, COLUMNS),
    [
      [
        entry.manager,
        entry.supervisors.join(', '),
        entry.name,
        entry.url,
        entry.accounts,
        entry.created,
        m.unfinished,
      ],
    ],
    { formats: [[undefined, undefined, undefined, undefined, '0', 'yyyy-mm-dd hh:mm', undefined]] },
  );
  return row;
}

/** Marks a recorded workbook finished: filled, shared and protected. */
export function markFinished(spreadsheet: Spreadsheet, lang: Lang, row: number): void {
  const sheet = sheetWithHeader(spreadsheet, lang);
  writeBlock(
    sheet.getRange(row, STATUS + 1, 1, 1),
    [[messagesFor(lang).access.portfolio.finished]],
    {
      formats: [[undefined]],
    },
  );
}
