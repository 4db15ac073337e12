// Named ranges: the NamedRange class, Google's naming rules, resolving a name to a Range (whole
// columns stay open-ended) and moving names when rows or columns are inserted or deleted.
import { parseA1 } from './a1';
import type { Emulates } from './emulates';
import { EmuObject, type Env } from './env';
import type { EmuRange } from './range';
import type { EmuSpreadsheet } from './spreadsheet';
import type { NamedRangeState, SpreadsheetState } from './state';

/**
 * Sheets' rules (https://support.google.com/docs/answer/63175, "Name a range"): letters, numbers
 * and underscores only; not starting with a number; not TRUE or FALSE; 1–250 characters; not
 * A1 or R1C1 syntax. Apps Script's exact wording for a refused name is unconfirmed.
 */
export function namedRangeProblem(name: unknown): string | null {
  const n = String(name);
  const bad =
    typeof name !== 'string' ||
    !/^[\p{L}_][\p{L}\p{N}_]*$/u.test(n) ||
    n.length > 250 ||
    /^(true|false)$/i.test(n) ||
    parseA1(n) !== null ||
    /^R\d*C\d*$/i.test(n);
  return bad
    ? `Invalid named range name "${n}": names may contain only letters, numbers and underscores, may not start with a number and may not look like a cell reference (A1 or R1C1).`
    : null;
}

/** The state entry of `name` (names are not case-sensitive in Sheets). */
export function findNamed(ss: SpreadsheetState, name: string): NamedRangeState | undefined {
  const key = String(name).toLowerCase();
  return ss.namedRanges.find((n) => n.name.toLowerCase() === key);
}

/** Bounds of a Range for a named range: a whole-column range stays open-ended. */
export function boundsOf(r: EmuRange): Omit<NamedRangeState, 'name'> {
  const b = r._block;
  return {
    sheetId: r._st.id,
    r1: r._span.allRows ? null : b.r1,
    r2: r._span.allRows ? null : b.r1 + b.nr - 1,
    c1: r._span.allCols ? null : b.c1,
    c2: r._span.allCols ? null : b.c1 + b.nc - 1,
  };
}

/** The Range a named range refers to now (open ends reach the sheet's current edges); null if gone. */
export function resolveNamed(ss: EmuSpreadsheet, n: NamedRangeState): EmuRange | null {
  const sheet = ss.getSheetById(n.sheetId);
  if (!sheet) return null;
  const st = sheet._st;
  const r1 = n.r1 ?? 0;
  const c1 = n.c1 ?? 0;
  const r2 = Math.min(n.r2 ?? st.maxRows - 1, st.maxRows - 1);
  const c2 = Math.min(n.c2 ?? st.maxCols - 1, st.maxCols - 1);
  if (r2 < r1 || c2 < c1) return null;
  return sheet._range(r1, c1, r2 - r1 + 1, c2 - c1 + 1, {
    allRows: n.r1 === null && n.r2 === null,
    allCols: n.c1 === null && n.c2 === null,
  });
}

/**
 * Moves named ranges of a sheet as Sheets moves references: rows/columns inserted before a
 * range push it, inserted inside widen it, deleted inside shrink it; a range whose cells are all
 * deleted becomes #REF! in Sheets and is dropped here. Open (null) ends stay open.
 */
export function shiftNamed(
  ss: SpreadsheetState,
  sheetId: number,
  axis: 'r' | 'c',
  at: number,
  n: number,
): void {
  const [k1, k2] = axis === 'r' ? (['r1', 'r2'] as const) : (['c1', 'c2'] as const);
  ss.namedRanges = ss.namedRanges.filter((nr) => {
    if (nr.sheetId !== sheetId) return true;
    const a = nr[k1];
    const b = nr[k2];
    if (n > 0) {
      if (a !== null && a >= at) nr[k1] = a + n;
      if (b !== null && b >= at) nr[k2] = b + n;
      return true;
    }
    const end = at - n - 1;
    const lo = a ?? 0;
    if (lo >= at && b !== null && b <= end) return false;
    if (a !== null) nr[k1] = a < at ? a : a > end ? a + n : at;
    if (b !== null) nr[k2] = b > end ? b + n : Math.min(b, at - 1);
    return true;
  });
}

export class EmuNamedRange
  extends EmuObject
  implements
    Emulates<
      GoogleAppsScript.Spreadsheet.NamedRange,
      'getName' | 'getRange' | 'setName' | 'setRange' | 'remove'
    >
{
  readonly _class = 'NamedRange';

  constructor(
    env: Env,
    readonly _ss: EmuSpreadsheet,
    readonly _st: NamedRangeState,
  ) {
    super(env);
  }

  private _live(): NamedRangeState {
    if (!this._ss._st.namedRanges.includes(this._st))
      this._env.fail(`Emulator: the named range ${this._st.name} was removed`);
    return this._st;
  }

  getName(): string {
    return this._live().name;
  }

  getRange(): EmuRange {
    return (
      resolveNamed(this._ss, this._live()) ??
      this._env.fail(`Emulator: the named range ${this._st.name} refers to #REF!`)
    );
  }

  setName(name: string): this {
    const st = this._live();
    const problem = namedRangeProblem(name);
    if (problem) this._env.fail(problem);
    const clash = findNamed(this._ss._st, name);
    if (clash && clash !== st)
      this._env.fail(`A named range with the name "${name}" already exists.`);
    st.name = name;
    return this;
  }

  setRange(range: GoogleAppsScript.Spreadsheet.Range): this {
    const st = this._live();
    Object.assign(st, boundsOf(this._env.unwrap(range) as unknown as EmuRange));
    return this;
  }

  remove(): void {
    const st = this._live();
    this._ss._st.namedRanges = this._ss._st.namedRanges.filter((n) => n !== st);
  }
}
