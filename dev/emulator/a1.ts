// A1 notation: column letters, cell and range references with optional sheet names, 0-based.

export interface GridRange {
  r1: number;
  c1: number;
  /** Inclusive; null when open-ended ("A2:A" or "A:A" runs to the last row). */
  r2: number | null;
  c2: number | null;
}

export interface SheetRangeRef extends GridRange {
  sheet: string | null;
  /** Whole columns ("A:I"): no row numbers at all, so the range spans every row. */
  allRows?: boolean;
  /** Whole rows ("2:5"): no column letters at all, so the range spans every column. */
  allCols?: boolean;
}

export function columnLetter(c: number): string {
  let n = c + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function cellA1(r: number, c: number): string {
  return `${columnLetter(c)}${r + 1}`;
}

export function rangeA1(r1: number, c1: number, r2: number, c2: number): string {
  return r1 === r2 && c1 === c2 ? cellA1(r1, c1) : `${cellA1(r1, c1)}:${cellA1(r2, c2)}`;
}

/** Quotes a sheet name for A1 notation when Sheets would ('My sheet'!A1). */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

const PART = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

function parsePart(p: string): { r: number | null; c: number | null } | null {
  const m = PART.exec(p);
  if (!m || (!m[1] && !m[2])) return null;
  return { c: m[1] ? columnIndex(m[1]) : null, r: m[2] ? Number(m[2]) - 1 : null };
}

/** Parses "A1", "A1:B2", "A:A", "2:3", "A2:A", with an optional "'Sheet name'!" prefix; null if invalid. */
export function parseA1(text: string): SheetRangeRef | null {
  let rest = text.trim();
  let sheet: string | null = null;
  const bang = rest.lastIndexOf('!');
  if (bang >= 0) {
    const raw = rest.slice(0, bang);
    sheet = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
    rest = rest.slice(bang + 1);
  }
  const [a, b, extra] = rest.split(':');
  if (extra !== undefined || !a) return null;
  const p1 = parsePart(a);
  if (!p1) return null;
  const p2 = b === undefined ? p1 : parsePart(b);
  if (!p2) return null;
  if (b === undefined && (p1.r === null || p1.c === null)) return null;
  return {
    sheet,
    allRows: p1.r === null && p2.r === null,
    allCols: p1.c === null && p2.c === null,
    r1: p1.r ?? 0,
    c1: p1.c ?? 0,
    r2: p2.r === null ? null : p2.r,
    c2: p2.c === null ? null : p2.c,
  };
}
