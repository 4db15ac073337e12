// The custom functions of revenue sheets (KAM_TIER, KAM_SHARE, KAM_HHI, KAM_NEXT_REVIEW,
// KAM_NEXT_CONTACT, KAM_PAUSE_END): each takes a cell or a whole range and returns that shape.

import { herfindahlIndex } from '../../core/concentration';
import { nextContactDue, pauseEnd } from '../../core/contacts';
import { dateOfDay } from '../../core/days';
import { causeOf, fail, type KamErrorCause } from '../../core/errors';
import { DEFAULT_INTERVALS, type Intervals } from '../../core/intervals';
import { nextReviewDue } from '../../core/review';
import {
  assertThresholds,
  DEFAULT_THRESHOLDS,
  shareOf,
  type Thresholds,
  tierOf,
} from '../../core/tier';
import type { Platform } from '../platform/platform';
import {
  applyRule,
  atCell,
  describeValue,
  type Grid,
  isBlank,
  mapGrid,
  readDay,
  readNumber,
  readRevenue,
  readSingle,
  toGrid,
} from './cell-args';
import { type SpreadsheetContext, spreadsheetContext } from './spreadsheet-context';
import { wordProblem } from './word-problem';

type Result = unknown;

/** Runs a custom function body; a problem with the whole call is thrown as a worded Error (#ERROR! in the cell). */
function customFunction(
  platform: Platform,
  name: string,
  body: (ctx: SpreadsheetContext, word: (grid: Grid) => (cause: KamErrorCause) => string) => Result,
): Result {
  const ctx = spreadsheetContext(platform);
  const word = (grid: Grid) => (cause: KamErrorCause) =>
    `⚠ ${wordProblem(ctx.messages(), name, cause, grid)}`;
  try {
    return body(ctx, word);
  } catch (error) {
    const cause = causeOf(error);
    if (cause) throw new Error(wordProblem(ctx.messages(), name, cause));
    throw error;
  }
}

/** The second argument of KAM_TIER/KAM_SHARE: one total, a total per cell, or the range's sum. */
function totalsFor(revenue: Grid, total: unknown): (row: number, column: number) => number {
  const oneCell =
    !Array.isArray(total) ||
    (total.length === 1 && Array.isArray(total[0]) && total[0].length === 1);
  if (oneCell) {
    const value = readNumber(readSingle(total, 'total'), 'total');
    if (value !== undefined) return () => value;
    if (revenue.scalar) fail('REQUIRED_FOR_CELL', { field: 'total', got: describeValue(total) });
    let sum = 0;
    for (const row of revenue.rows) {
      for (const cell of row)
        if (typeof cell === 'number' && Number.isFinite(cell) && cell > 0) sum += cell;
    }
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

function shareAt(totalOf: (r: number, c: number) => number) {
  return (cell: unknown, r: number, c: number): number | '' => {
    const value = readRevenue(cell, 'revenue');
    if (value === undefined) return '';
    const total = totalOf(r, c);
    return applyRule(
      () => shareOf(value, total),
      (field) => (field === 'total' ? total : cell),
      'revenue',
    );
  };
}

function thresholdsOf(key: unknown, critical: unknown, mono: unknown): Thresholds {
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

/** R1.1–R1.3 tier labels in the spreadsheet's language. */
export function kamTier(
  platform: Platform,
  revenue: unknown,
  total?: unknown,
  key?: unknown,
  critical?: unknown,
  mono?: unknown,
): Result {
  return customFunction(platform, 'KAM_TIER', (ctx, word) => {
    const grid = toGrid(revenue, 'revenue');
    const thresholds = thresholdsOf(key, critical, mono);
    const share = shareAt(totalsFor(grid, total));
    return mapGrid(
      grid,
      (cell, r, c) => {
        const s = share(cell, r, c);
        return s === '' ? '' : ctx.messages().tier[tierOf(s, thresholds)];
      },
      word(grid),
    );
  });
}

/** R1.1 share of total revenue, as a fraction to format as a percentage. */
export function kamShare(platform: Platform, revenue: unknown, total?: unknown): Result {
  return customFunction(platform, 'KAM_SHARE', (_ctx, word) => {
    const grid = toGrid(revenue, 'revenue');
    return mapGrid(grid, shareAt(totalsFor(grid, total)), word(grid));
  });
}

/** R1.2–R1.3 Herfindahl–Hirschman index of a range of revenues (one number for the range). */
export function kamHhi(platform: Platform, revenues: unknown): Result {
  return customFunction(platform, 'KAM_HHI', () => {
    const grid = toGrid(revenues, 'revenues');
    const values: number[] = [];
    grid.rows.forEach((row, r) => {
      row.forEach((cell, c) => {
        try {
          const value = readRevenue(cell, 'revenues');
          if (value !== undefined) values.push(value);
        } catch (error) {
          const cause = causeOf(error);
          if (!cause || grid.scalar) throw error;
          fail(cause.code, atCell(cause, r + 1, c + 1));
        }
      });
    });
    if (values.length === 0) return '';
    return applyRule(
      () => herfindahlIndex(values),
      () => 0,
      'revenues',
    );
  });
}

function wholeInterval(
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

/** R3.6 next review due: last review + 3 calendar months (or `months`). */
export function kamNextReview(platform: Platform, lastReview: unknown, months?: unknown): Result {
  return customFunction(platform, 'KAM_NEXT_REVIEW', (ctx, word) => {
    const grid = toGrid(lastReview, 'last_review');
    const n = wholeInterval(months, 'months', 'reviewMonths', [1, 24]);
    return mapGrid(
      grid,
      (cell) => {
        const day = readDay(cell, 'last_review', ctx.zone());
        return day === undefined ? '' : dateOfDay(nextReviewDue(day, n), ctx.zone());
      },
      word(grid),
    );
  });
}

/** R5.1/R5.2 next positive contact due, moved past a pause after a negative contact. */
export function kamNextContact(
  platform: Platform,
  lastPositive: unknown,
  lastNegative?: unknown,
  contactDays?: unknown,
  pauseDays?: unknown,
): Result {
  return customFunction(platform, 'KAM_NEXT_CONTACT', (ctx, word) => {
    const grid = toGrid(lastPositive, 'last_positive');
    const intervals = {
      positiveContactDays: wholeInterval(
        contactDays,
        'contact_days',
        'positiveContactDays',
        [1, 365],
      ),
      pauseDays: wholeInterval(pauseDays, 'pause_days', 'pauseDays', [1, 90]),
    };
    const negatives = sameShape(grid, lastNegative, 'last_negative');
    return mapGrid(
      grid,
      (cell, r, c) => {
        const positive = readDay(cell, 'last_positive', ctx.zone());
        const negative = readDay(negatives(r, c), 'last_negative', ctx.zone());
        const due = nextContactDue(positive, negative, intervals);
        return due === undefined ? '' : dateOfDay(due, ctx.zone());
      },
      word(grid),
    );
  });
}

/** R5.2 first day personal contact is allowed again: last negative contact + 14 days. */
export function kamPauseEnd(
  platform: Platform,
  lastNegative: unknown,
  pauseDays?: unknown,
): Result {
  return customFunction(platform, 'KAM_PAUSE_END', (ctx, word) => {
    const grid = toGrid(lastNegative, 'last_negative');
    const days = wholeInterval(pauseDays, 'pause_days', 'pauseDays', [1, 90]);
    return mapGrid(
      grid,
      (cell) => {
        const day = readDay(cell, 'last_negative', ctx.zone());
        return day === undefined ? '' : dateOfDay(pauseEnd(day, days), ctx.zone());
      },
      word(grid),
    );
  });
}

/** An optional companion argument: blank, one cell for every cell, or a range shaped like the first. */
function sameShape(
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
