// Where a custom function's range arguments sit on the sheet, read from the calling cell's
// formula, so that a message names the sheet's row ("row 42"), not the range's ("row 41").

/** A 1-based sheet row and column where an argument's range begins; `range` false for one cell. */
export interface Start {
  row: number;
  column: number;
  range: boolean;
}

/** A reference KAM can place: optional sheet, a column, an optional row, an optional end. */
const REFERENCE =
  /^(?:'(?:[^']|'')+'!|[A-Za-z0-9_.]+!)?\$?([A-Za-z]{1,3})\$?(\d*)(:\$?[A-Za-z]{1,3}\$?\d*)?$/;

/** Column number of letters: "A" → 1, "AA" → 27. */
function columnOf(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Splits the text inside a call's parentheses into arguments; undefined when unbalanced. */
function splitArguments(text: string): string[] | undefined {
  const args: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let current = '';
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = undefined;
      current += ch;
      continue;
    }
    if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '(' || ch === '{') depth += 1;
    else if (ch === ')' || ch === '}') {
      depth -= 1;
      if (depth < 0) return args.concat(current.trim());
    } else if ((ch === ',' || ch === ';') && depth === 0) {
      args.push(current.trim());
      current = '';
      continue;
    }
    current += ch;
  }
  return undefined;
}

/**
 * The start of each argument of the one call to `fn` in a formula, or undefined for an
 * argument that is not a plain reference (a number, a named range, another function). A
 * whole column (C:C) starts in row 1. Undefined altogether when the formula has no call to
 * `fn`, or more than one. Example: ("=KAM_TIER(C2:C, 'Settings'!$B$5)", "KAM_TIER") →
 * [{ row: 2, column: 3, range: true }, { row: 5, column: 2, range: false }].
 */
export function argumentStarts(formula: string, fn: string): (Start | undefined)[] | undefined {
  const calls = formula.toUpperCase().split(`${fn.toUpperCase()}(`);
  if (calls.length !== 2) return undefined;
  const open = formula.toUpperCase().indexOf(`${fn.toUpperCase()}(`) + fn.length + 1;
  const args = splitArguments(formula.slice(open));
  if (!args) return undefined;
  return args.map((arg) => {
    const match = REFERENCE.exec(arg);
    if (!match) return undefined;
    return {
      row: match[2] === '' ? 1 : Number(match[2]),
      column: columnOf(match[1]),
      range: match[3] !== undefined || match[2] === '',
    };
  });
}
