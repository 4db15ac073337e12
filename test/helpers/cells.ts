// Every cell of every spreadsheet the emulator holds: the formulas KAM did not write itself,
// the text users read, and typing a row as a user would (text stays text, as typed).
import type { Emulator } from '../../dev/emulator';

export interface FoundCell {
  spreadsheet: string;
  sheet: string;
  a1: string;
  text: string;
}

/** KAM's own formulas: its custom functions, and links to rows of its own spreadsheet. */
const KAM_OWN = [/^=KAM_[A-Z_]+\(/, /^=HYPERLINK\("#gid=\d+&range=A\d+","/];

const a1Of = (row: number, column: number) => {
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row + 1}`;
};

/** Each cell of each sheet of each spreadsheet, as `pick` reads it from the sheet's data range. */
function everyCell(
  emu: Emulator,
  pick: (range: ReturnType<ReturnType<Emulator['spreadsheetById']>['getRange']>) => string[][],
): FoundCell[] {
  const found: FoundCell[] = [];
  for (const { id } of emu.env.state.spreadsheets) {
    const spreadsheet = emu.spreadsheetById(id);
    for (const sheet of spreadsheet.getSheets()) {
      const grid = pick(sheet.getDataRange());
      grid.forEach((row, r) => {
        row.forEach((text, c) => {
          if (text !== '')
            found.push({
              spreadsheet: spreadsheet.getName(),
              sheet: sheet.getName(),
              a1: a1Of(r, c),
              text,
            });
        });
      });
    }
  }
  return found;
}

/** Formulas other than KAM's own, in any spreadsheet the emulator holds. */
export function liveFormulas(emu: Emulator): FoundCell[] {
  return everyCell(emu, (range) => range.getFormulas()).filter(
    (cell) => !KAM_OWN.some((own) => own.test(cell.text)),
  );
}

/** Every non-blank cell as a user reads it (display values), in every spreadsheet. */
export function displayedCells(emu: Emulator): FoundCell[] {
  return everyCell(emu, (range) => range.getDisplayValues());
}

/**
 * Types one row into a sheet of the bound spreadsheet as a user would, firing onEdit once
 * for the block: text is typed so that it stays the very text given (behind an apostrophe
 * where the cell would parse it, as a user does), numbers as numbers.
 */
export function typeRow(
  emu: Emulator,
  sheetName: string,
  row: number,
  cells: readonly (string | number)[],
): void {
  const sheet = emu.spreadsheet.getSheetByName(sheetName);
  if (!sheet) throw new Error(`No sheet ${sheetName}`);
  const typed = cells.map((value, c) => {
    if (typeof value === 'number' || value === '') return value;
    return sheet.getRange(row, c + 1).getNumberFormat() === '@' ? value : `'${value}`;
  });
  emu.edit(`${sheetName}!${a1Of(row - 1, 0)}:${a1Of(row - 1, cells.length - 1)}`, [typed]);
}

/** The header row of a sheet of the bound spreadsheet, as text. */
export function headerOf(emu: Emulator, sheetName: string): string[] {
  const sheet = emu.spreadsheet.getSheetByName(sheetName);
  if (!sheet) throw new Error(`No sheet ${sheetName}`);
  return sheet
    .getRange(1, 1, 1, sheet.getLastColumn())
    .getValues()[0]
    .map((h) => String(h));
}
