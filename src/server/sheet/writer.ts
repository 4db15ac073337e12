// The one writer: every cell KAM writes goes through here (a test greps src/ for any other
// setValues, setFormula or appendRow). Text stays text whatever the cell's format, numbers
// and dates stay numbers and dates, and the only formulas are KAM's own, built from
// constants, cell references and numbers, with any text inside escaped.
import type { FontWeight, Range, Sheet } from '../platform/sheets';

/** Sheets' limit for one cell's content (Google's "Files you can store in Google Drive": 50,000 characters). */
export const SHEETS_CELL_LIMIT = 50_000;

/**
 * A value read from a sheet, as a cell to write again (Split by manager copies rows): text,
 * numbers, yes/no and dates pass; anything else becomes its text.
 */
export function cellFrom(value: unknown): Cell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  if (Object.prototype.toString.call(value) === '[object Date]') return value as Date;
  return String(value);
}

/** A cell reference a KAM formula may name: `C2:C`, `$B$2`, `'Settings'!$B$4`, `A:A`. */
const REFERENCE =
  /^(?:'(?:[^']|'')+'!|[A-Za-z_][A-Za-z0-9_]*!)?\$?[A-Z]{1,3}\$?\d*(?::\$?[A-Z]{1,3}\$?\d*)?$/;

/** Longest label a KAM link shows; a longer one is cut with "…". */
const LINK_LABEL_MAX = 100;

/** A formula KAM writes itself; only `kamFunction` and `rowLink` below can make one. */
export class Formula {
  private constructor(readonly text: string) {}

  /** A KAM custom function over references and numbers (see `kamFunction`). */
  static kam(text: string): Formula {
    const match = /^=(KAM_[A-Z_]+)\((.*)\)$/.exec(text);
    const args = match ? splitArgs(match[2]) : undefined;
    const ok = args?.every(
      (arg) => arg === '' || REFERENCE.test(arg) || /^-?\d+(?:\.\d+)?%?$/.test(arg),
    );
    if (!ok) throw new Error(`Not a KAM formula: ${text.slice(0, 80)}`);
    return new Formula(text);
  }

  /** A link to a row of this spreadsheet (see `rowLink`). */
  static link(sheetId: number, row: number, label: string): Formula {
    if (!Number.isInteger(sheetId) || !Number.isInteger(row) || row < 1)
      throw new Error(`Not a row of this spreadsheet: ${sheetId}, ${row}`);
    const cut = label.length > LINK_LABEL_MAX ? `${label.slice(0, LINK_LABEL_MAX - 1)}…` : label;
    const text = cut.replace(/"/g, '""');
    return new Formula(`=HYPERLINK("#gid=${sheetId}&range=A${row}","${text}")`);
  }
}

/** What a cell receives: text, a number, a yes/no, a date, one of KAM's formulas, or blank. */
export type Cell = string | number | boolean | Date | Formula | null | undefined;

/**
 * A KAM custom function over references and numbers, e.g. `=KAM_TIER(C2:C, , 'Settings'!$B$2)`.
 * Anything else (a string literal, another function, a stray quote) is a programming error.
 */
export function kamFunction(text: string): Formula {
  return Formula.kam(text);
}

/** Splits a formula's arguments on commas outside quoted sheet names, trimmed. */
function splitArgs(inner: string): string[] {
  const args: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of inner) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      args.push(current.trim());
      current = '';
    } else current += ch;
  }
  args.push(current.trim());
  return args;
}

/**
 * A link to a row of this spreadsheet (`#gid=123&range=A5`), labelled: the label is text
 * escaped inside the formula (quotes doubled) and capped, so it can never close the string.
 */
export function rowLink(sheetId: number, row: number, label: string): Formula {
  return Formula.link(sheetId, row, label);
}

/**
 * Text Sheets would not keep as typed: a leading =, +, - or @ (a formula, OWASP's list for
 * spreadsheet injection), their full-width forms, one after spaces, tabs, line breaks, control
 * or invisible characters (zero-width spaces, a byte-order mark), and a leading apostrophe
 * (which Sheets would take as its own text marker and hide).
 */
export function isRiskyText(text: string): boolean {
  const leading = /^[\s\p{Cc}\p{Cf}]*[=+\-@\uff1d\uff0b\uff0d\uff20]/u;
  return leading.test(text) || text.startsWith("'");
}

/**
 * Text an automatic ("General") cell might read as something else: a number, date, time,
 * percentage or amount (anything with a digit), a yes/no (TRUE, FALSE, Lithuanian TIESA,
 * KLAIDINGA) or an error (#N/A). Text with letters and no digit, such as "Overdue", cannot be.
 */
export function mayParse(text: string): boolean {
  return (
    /\d/.test(text) || /^\s*(true|false|tiesa|klaidinga)\s*$/i.test(text) || /^\s*#/.test(text)
  );
}

/** Text cut to Sheets' cell limit, never refused: the last resort behind each feature's own caps. */
export function withinCell(text: string): string {
  return text.length > SHEETS_CELL_LIMIT ? `${text.slice(0, SHEETS_CELL_LIMIT - 1)}…` : text;
}

interface Planned {
  value: unknown;
  format?: string;
  /** The format is this cell's own: set on it alone when the block's formats are not given. */
  own?: boolean;
}

/**
 * How a cell is written. With the block's formats given, plain text goes to a plain-text ("@")
 * cell as it is. Risky text goes to an automatic ("General") cell behind an apostrophe, which
 * Sheets takes as "this is text" and does not show (as when a user types it): so neither of the
 * undocumented answers about plain-text cells (does "=…" stay text there? does an apostrophe
 * stay?) can change it. Without formats, text an automatic cell might misread goes the same way,
 * and other text as it is. Numbers that are not finite are written blank.
 */
function cellOf(cell: Cell, format: string | undefined, formatsGiven: boolean): Planned {
  if (cell instanceof Formula) return { value: cell.text, format: format ?? 'General' };
  // A blank cell keeps the format its column gives (a blank money setting stays money).
  if (cell === null || cell === undefined || cell === '') return { value: '', format };
  if (typeof cell === 'number' && !Number.isFinite(cell)) return { value: '', format };
  if (typeof cell === 'string') {
    const text = withinCell(cell);
    if (isRiskyText(text) || (!formatsGiven && text !== '' && mayParse(text)))
      return { value: `'${text}`, format: 'General', own: true };
    return { value: text, format: formatsGiven ? '@' : undefined };
  }
  return { value: cell, format };
}

export interface BlockStyle {
  /**
   * Each cell's number format for numbers and dates (text is always "@", risky text
   * "General"). Omitted, the cells keep their formats (a column set-up formatted), and only
   * a cell whose text needs an apostrophe has its format changed, on its own.
   */
  formats?: readonly (readonly (string | undefined)[])[];
  notes?: string[][];
  backgrounds?: string[][];
  weights?: (FontWeight | null)[][];
}

/**
 * Writes a rectangle of cells: its number formats (when given or needed), then its values,
 * then its notes, colours and weights: one call each.
 */
export function writeBlock(
  range: Range,
  cells: readonly (readonly Cell[])[],
  style: BlockStyle = {},
): void {
  const given = style.formats !== undefined;
  const planned = cells.map((row, r) =>
    row.map((cell, c) => cellOf(cell, style.formats?.[r]?.[c], given)),
  );
  const values = planned.map((row) => row.map((p) => p.value));
  if (given) {
    range.setNumberFormats(planned.map((row) => row.map((p) => p.format ?? 'General')));
  } else {
    planned.forEach((row, r) => {
      row.forEach((p, c) => {
        if (p.own) range.offset(r, c, 1, 1).setNumberFormat('General');
      });
    });
  }
  range.setValues(values);
  if (style.notes) range.setNotes(style.notes);
  if (style.backgrounds) range.setBackgrounds(style.backgrounds);
  if (style.weights) range.setFontWeights(style.weights);
}

/** Writes one KAM formula into one cell. */
export function writeFormula(range: Range, formula: Formula): void {
  range.setFormula(formula.text);
}

/**
 * Appends a row after the sheet's last row in one call, for KAM's own Log sheet, whose cells
 * KAM never formats as plain text: text that needs it goes behind an apostrophe, as in
 * `writeBlock` without formats.
 */
export function appendRow(sheet: Sheet, cells: readonly Cell[]): void {
  sheet.appendRow(cells.map((cell) => cellOf(cell, undefined, false).value));
}

/** How a spreadsheet's plain-text cells take what a script writes (Check this installation). */
export interface PlainTextAnswer {
  /** A script's "=1+1" in a plain-text cell stays text (else it became a formula). */
  formulaStaysText: boolean;
  /** A script's leading apostrophe in a plain-text cell stays in the value (else it is stripped). */
  apostropheKept: boolean;
}

/**
 * Asks the spreadsheet the undocumented question `cellOf` is built to survive: in a plain-text
 * ("@") cell, does a script's "=1+1" stay text, and does a leading apostrophe stay? Writes raw
 * into the two cells of `range` (on a scratch sheet): KAM's only write that skips `cellOf`.
 */
export function probePlainText(range: Range): PlainTextAnswer {
  range.setNumberFormat('@');
  range.setValues([['=1+1', "'KAM"]]);
  const [formula, apostrophe] = range.getValues()[0] ?? [];
  return { formulaStaysText: formula === '=1+1', apostropheKept: apostrophe === "'KAM" };
}
