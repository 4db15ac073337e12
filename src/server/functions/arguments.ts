// The arguments KAM's custom functions share: a total (one, per cell, or the range's sum),
// shares against it, thresholds (R1), whole-day and month intervals (R3.6, R5), and a
// companion range shaped like the first.
import { fail } from '../../core/errors';
import { DEFAULT_INTERVALS, type Intervals } from '../../core/intervals';
import {
  assertThresholds,
  DEFAULT_THRESHOLDS,
  shareOf,
  sumOfMoney,
  type Thresholds,
} from '../../core/tier';
import {
  applyRule,
  describeValue,
  type Grid,
  isBlank,
  readNumber,
  readRevenue,
  readSingle,
  toGrid,
} from './cell-args';

/** The second argument of KAM_TIER/KAM_SHARE: one total, a total per cell, or the range's sum. */
export function totalsFor(revenue: Grid, total: unknown): (row: number, column: number) => number {
  const oneCell =
    !Array.isArray(total) ||
    (total.length === 1 && Array.isArray(total[0]) && total[0].length === 1);
  if (oneCell) {
    const value = readNumber(readSingle(total, 'total'), 'total');
    if (value !== undefined) return () => value;
    if (revenue.scalar) fail('REQUIRED_FOR_CELL', { field: 'total', got: describeValue(total) });
    const sum = sumOfMoney(
      revenue.rows
        .flat()
        .filter((c): c is number => typeof c === 'number' && Number.isFinite(c) && c > 0),
    );
    return () => sum;
  }
  const totals = toGrid(total, 'total');
  const rows = revenue.rows.length;
  const columns = revenue.rows[0].length;
  if (totals.rows.length !== rows || totals.rows[0].length !== columns) {
    fail('SAME_SHAPE', { field: 'total', got: describeValue(total), detail: `${rows}×${columns}` });
  }
  return (r, c) => {
    const value = readNumber(totals.rows[r][c], 'total');
    if (value === undefined) fail('NOT_A_NUMBER', { field: 'total', got: { kind: 'nothing' } });
    return value;
  };
}

/**
 * A rule of R1 applied to each revenue cell and its total (`shareOf`, or the tier): a blank
 * cell stays blank, a failure names the argument at fault and what it held.
 */
export function perRevenue<T>(
  totalOf: (r: number, c: number) => number,
  rule: (revenue: number, total: number) => T,
) {
  return (cell: unknown, r: number, c: number): T | '' => {
    const value = readRevenue(cell, 'revenue');
    if (value === undefined) return '';
    const total = totalOf(r, c);
    return applyRule(
      () => rule(value, total),
      (field) => (field === 'total' ? total : cell),
      'revenue',
    );
  };
}

/** R1.1: each cell's share of its total (the quotient of whole cents, `shareOf`). */
export function shareAt(totalOf: (r: number, c: number) => number) {
  return perRevenue(totalOf, shareOf);
}

export function thresholdsOf(key: unknown, critical: unknown, mono: unknown): Thresholds {
  const read = (value: unknown, arg: keyof Thresholds) =>
    readNumber(readSingle(value, arg), arg) ?? DEFAULT_THRESHOLDS[arg];
  const thresholds = {
    key: read(key, 'key'),
    critical: read(critical, 'critical'),
    mono: read(mono, 'mono'),
  };
  applyRule(
    () => assertThresholds(thresholds),
    (field) => thresholds[field as keyof Thresholds],
    'key',
  );
  return thresholds;
}

export function wholeInterval(
  value: unknown,
  arg: string,
  field: keyof Intervals,
  limits: [number, number],
): number {
  const n = readNumber(readSingle(value, arg), arg);
  if (n === undefined) return DEFAULT_INTERVALS[field];
  if (!Number.isInteger(n)) fail('NOT_WHOLE', { field: arg, got: describeValue(n) });
  if (n < limits[0] || n > limits[1])
    fail('OUT_OF_RANGE', {
      field: arg,
      got: describeValue(n),
      detail: `${limits[0]}–${limits[1]}`,
    });
  return n;
}

/** An optional companion argument: blank, one cell for every cell, or a range shaped like the first. */
export function sameShape(
  first: Grid,
  value: unknown,
  arg: string,
): (row: number, column: number) => unknown {
  if (isBlank(value)) return () => '';
  if (!Array.isArray(value)) return () => value;
  const grid = toGrid(value, arg);
  if (grid.rows.length === 1 && grid.rows[0].length === 1) return () => grid.rows[0][0];
  if (grid.rows.length !== first.rows.length || grid.rows[0].length !== first.rows[0].length) {
    fail('SAME_SHAPE', {
      field: arg,
      got: describeValue(value),
      detail: `${first.rows.length}×${first.rows[0].length}`,
    });
  }
  return (r, c) => grid.rows[r][c];
}
