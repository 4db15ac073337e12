// Reading custom-function arguments: a single cell or a range, checked cell by cell, with
// every problem named by argument, position and what was expected.
import { type Day, dayOfDate, type Zone } from '../../core/days';
import { type KamErrorCode, kamErrorCause } from '../../core/errors';

export type ArgCode =
  | KamErrorCode
  | 'SINGLE_CELL'
  | 'RAGGED'
  | 'SAME_SHAPE'
  | 'REQUIRED_FOR_CELL'
  | 'NOT_EMPTY';

/** What a bad argument held, for the message ("got text "abc""). */
export type Got =
  | { kind: 'text'; text: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'date' }
  | { kind: 'number'; value: number }
  | { kind: 'nothing' }
  | { kind: 'range'; rows: number; columns: number }
  | { kind: 'ragged' }
  | { kind: 'other' };

/** A problem with one argument (or one cell of it); the custom function words it. */
export class ArgProblem extends Error {
  constructor(
    readonly arg: string,
    readonly code: ArgCode,
    readonly got: Got,
    readonly detail?: string,
    readonly at?: { row: number; column: number },
  ) {
    super(`${arg}: ${code}`);
  }

  /** The same problem, placed at a cell of a range (1-based, relative to the range). */
  atCell(row: number, column: number): ArgProblem {
    return new ArgProblem(this.arg, this.code, this.got, this.detail, { row, column });
  }
}

/**
 * True for a `Date`, also one made in another realm (the emulator's vm, Apps Script's own
 * Sheets bridge), where `instanceof Date` would say no.
 */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** Blank cells reach custom functions as "" (an omitted argument as undefined). */
export function isBlank(value: unknown): boolean {
  return value === '' || value === null || value === undefined;
}

export function describeValue(value: unknown): Got {
  if (isBlank(value)) return { kind: 'nothing' };
  if (typeof value === 'string')
    return { kind: 'text', text: value.length > 40 ? `${value.slice(0, 40)}…` : value };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (typeof value === 'number') return { kind: 'number', value };
  if (isDate(value)) return { kind: 'date' };
  if (Array.isArray(value))
    return {
      kind: 'range',
      rows: value.length,
      columns: Array.isArray(value[0]) ? value[0].length : 1,
    };
  return { kind: 'other' };
}

/** An argument as rows of cells; `scalar` when a single value (not a range) was given. */
export interface Grid {
  rows: unknown[][];
  scalar: boolean;
}

/** Sheets passes a range as a 2-D array; anything else is a single cell. Ragged input is refused. */
export function toGrid(value: unknown, arg: string): Grid {
  if (!Array.isArray(value)) return { rows: [[value]], scalar: true };
  const rows = value as unknown[];
  const width = Array.isArray(rows[0]) ? (rows[0] as unknown[]).length : -1;
  if (
    rows.length === 0 ||
    width < 1 ||
    rows.some((row) => !Array.isArray(row) || row.length !== width)
  ) {
    throw new ArgProblem(arg, 'RAGGED', { kind: 'ragged' });
  }
  return { rows: rows as unknown[][], scalar: false };
}

/** An optional argument that must be one cell: a 1 × 1 range counts as that cell. */
export function readSingle(value: unknown, arg: string): unknown {
  if (!Array.isArray(value)) return value;
  const grid = toGrid(value, arg);
  if (grid.rows.length === 1 && grid.rows[0].length === 1) return grid.rows[0][0];
  throw new ArgProblem(arg, 'SINGLE_CELL', describeValue(value));
}

/** A finite number, or undefined for a blank cell. Text that looks like a number is still text. */
export function readNumber(value: unknown, arg: string): number | undefined {
  if (isBlank(value)) return undefined;
  if (typeof value !== 'number') throw new ArgProblem(arg, 'NOT_A_NUMBER', describeValue(value));
  if (Number.isNaN(value)) throw new ArgProblem(arg, 'NOT_A_NUMBER', describeValue(value));
  if (!Number.isFinite(value)) throw new ArgProblem(arg, 'NOT_FINITE', describeValue(value));
  return value;
}

/** A revenue: a finite number of 0 or more (R1.1), or undefined for a blank cell. */
export function readRevenue(value: unknown, arg: string): number | undefined {
  const revenue = readNumber(value, arg);
  if (revenue !== undefined && revenue < 0)
    throw new ArgProblem(arg, 'NEGATIVE', describeValue(revenue));
  return revenue;
}

/** A calendar day in the spreadsheet's zone, or undefined for a blank cell; a date typed as text is refused. */
export function readDay(value: unknown, arg: string, zone: Zone): Day | undefined {
  if (isBlank(value)) return undefined;
  if (!isDate(value) || Number.isNaN(value.getTime()))
    throw new ArgProblem(arg, 'NOT_A_DATE', describeValue(value));
  return dayOfDate(value, zone);
}

/** Runs a core rule, turning its coded error into an ArgProblem about the argument it names. */
export function applyRule<T>(rule: () => T, got: (field: string) => Got, fallbackArg: string): T {
  try {
    return rule();
  } catch (error) {
    const cause = kamErrorCause(error);
    if (!cause) throw error;
    const arg = cause.field ?? fallbackArg;
    throw new ArgProblem(arg, cause.code, got(arg), (error as Error).message);
  }
}

/**
 * Applies `fn` to every cell and returns the argument's shape: a value for a single cell,
 * rows for a range. In a range, a bad cell shows its own message and the others still
 * compute (see README, "One bad cell"); for a single cell the problem is thrown.
 */
export function mapGrid<T>(
  grid: Grid,
  fn: (cell: unknown, row: number, column: number) => T,
  word: (problem: ArgProblem) => string,
): T | (T | string)[][] {
  if (grid.scalar) return fn(grid.rows[0][0], 0, 0);
  return grid.rows.map((row, r) =>
    row.map((cell, c) => {
      try {
        return fn(cell, r, c);
      } catch (error) {
        if (error instanceof ArgProblem) return word(error.atCell(r + 1, c + 1));
        throw error;
      }
    }),
  );
}
