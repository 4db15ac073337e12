// Reading custom-function arguments: a single cell or a range, checked cell by cell; every
// problem fails with the argument (`field`), what it held (`got`) and, in a range, the cell.
import { type Day, dayOfDate, type Zone } from '../../core/days';
import { causeOf, describeValue, fail, type KamErrorCause } from '../../core/errors';
import { isBlank, isDate } from '../sheet/table-codec';

export { describeValue, isBlank, isDate };

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
    fail('RAGGED', { field: arg, got: { kind: 'ragged' } });
  }
  return { rows: rows as unknown[][], scalar: false };
}

/** An optional argument that must be one cell: a 1 × 1 range counts as that cell. */
export function readSingle(value: unknown, arg: string): unknown {
  if (!Array.isArray(value)) return value;
  const grid = toGrid(value, arg);
  if (grid.rows.length === 1 && grid.rows[0].length === 1) return grid.rows[0][0];
  return fail('SINGLE_CELL', { field: arg, got: describeValue(value) });
}

/** A finite number, or undefined for a blank cell. Text that looks like a number is still text. */
export function readNumber(value: unknown, arg: string): number | undefined {
  if (isBlank(value)) return undefined;
  if (typeof value !== 'number') fail('NOT_A_NUMBER', { field: arg, got: describeValue(value) });
  if (Number.isNaN(value)) fail('NOT_A_NUMBER', { field: arg, got: describeValue(value) });
  if (!Number.isFinite(value)) fail('NOT_FINITE', { field: arg, got: describeValue(value) });
  return value;
}

/** A revenue: a finite number of 0 or more (R1.1), or undefined for a blank cell. */
export function readRevenue(value: unknown, arg: string): number | undefined {
  const revenue = readNumber(value, arg);
  if (revenue !== undefined && revenue < 0)
    fail('NEGATIVE', { field: arg, got: describeValue(revenue) });
  return revenue;
}

/** A calendar day in the spreadsheet's zone, or undefined for a blank cell; a date typed as text is refused. */
export function readDay(value: unknown, arg: string, zone: Zone): Day | undefined {
  if (isBlank(value)) return undefined;
  if (!isDate(value) || Number.isNaN(value.getTime()))
    fail('NOT_A_DATE', { field: arg, got: describeValue(value) });
  return dayOfDate(value, zone);
}

/** Runs a core rule; its failure names the argument and what that argument held. */
export function applyRule<T>(
  rule: () => T,
  valueAt: (field: string) => unknown,
  fallbackArg: string,
): T {
  try {
    return rule();
  } catch (error) {
    const cause = causeOf(error);
    if (!cause) throw error;
    const arg = cause.field ?? fallbackArg;
    return fail(cause.code, { ...cause, field: arg, got: describeValue(valueAt(arg)) });
  }
}

/** A failure placed at a cell of a range (1-based, relative to the range of `grid`'s size). */
export function atCell(
  cause: KamErrorCause,
  row: number,
  column: number,
  grid: Grid,
): KamErrorCause {
  return {
    ...cause,
    at: { row, column, rows: grid.rows.length, columns: grid.rows[0]?.length ?? 1 },
  };
}

/**
 * Applies `fn` to every cell and returns the argument's shape: a value for a single cell,
 * rows for a range. In a range, a bad cell shows its own message and the others still
 * compute (see README, "One bad cell"); for a single cell the problem is thrown.
 */
export function mapGrid<T>(
  grid: Grid,
  fn: (cell: unknown, row: number, column: number) => T,
  word: (cause: KamErrorCause) => string,
): T | (T | string)[][] {
  if (grid.scalar) return fn(grid.rows[0][0], 0, 0);
  return grid.rows.map((row, r) =>
    row.map((cell, c) => {
      try {
        return fn(cell, r, c);
      } catch (error) {
        const cause = causeOf(error);
        if (cause) return word(atCell(cause, r + 1, c + 1, grid));
        throw error;
      }
    }),
  );
}
