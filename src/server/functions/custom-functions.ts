// The custom functions of revenue sheets (KAM_TIER, KAM_SHARE, KAM_HHI, KAM_NEXT_REVIEW,
// KAM_NEXT_CONTACT, KAM_PAUSE_END): each takes a cell or a whole range and returns that shape.

import { herfindahlIndex } from '../../core/concentration';
import { nextContactDue, pauseEnd } from '../../core/contacts';
import { dateOfDay } from '../../core/days';
import { causeOf, fail, type KamErrorCause } from '../../core/errors';
import { nextReviewDue } from '../../core/review';
import { tierOfRevenue } from '../../core/tier';
import type { Platform } from '../platform/platform';
import {
  perRevenue,
  sameShape,
  shareAt,
  thresholdsOf,
  totalsFor,
  wholeInterval,
} from './arguments';
import { applyRule, atCell, type Grid, mapGrid, readDay, readRevenue, toGrid } from './cell-args';
import { argumentStarts } from './formula-refs';
import { type SpreadsheetContext, spreadsheetContext } from './spreadsheet-context';
import { type Placer, wordProblem } from './word-problem';

type Result = unknown;

/** Each function's arguments in order, as its messages name them (src/server/index.ts documents them). */
export const PARAMETERS: Readonly<Record<string, readonly string[]>> = {
  KAM_TIER: ['revenue', 'total', 'key', 'critical', 'mono'],
  KAM_SHARE: ['revenue', 'total'],
  KAM_HHI: ['revenues'],
  KAM_NEXT_REVIEW: ['last_review', 'months'],
  KAM_NEXT_CONTACT: ['last_positive', 'last_negative', 'contact_days', 'pause_days'],
  KAM_PAUSE_END: ['last_negative', 'pause_days'],
};

/**
 * Where each argument of the calling cell's formula begins on the sheet, read once and only
 * when a message needs it (one or two service calls, for a cell that has a problem anyway).
 */
function placerOf(platform: Platform, name: string): Placer {
  let starts: ReturnType<typeof argumentStarts> | null = null;
  return (arg) => {
    if (starts === null) {
      try {
        starts = argumentStarts(platform.activeFormula(), name);
      } catch {
        starts = undefined;
      }
    }
    const index = PARAMETERS[name]?.indexOf(arg) ?? -1;
    const start = index < 0 ? undefined : starts?.[index];
    // One cell given for a whole range (a total) is judged against each cell of the first
    // argument's range: the problem's place is that range's.
    return start && !start.range ? starts?.[0] : start;
  };
}

/** Runs a custom function body; a problem with the whole call is thrown as a worded Error (#ERROR! in the cell). */
function customFunction(
  platform: Platform,
  name: string,
  body: (ctx: SpreadsheetContext, word: (grid: Grid) => (cause: KamErrorCause) => string) => Result,
): Result {
  const ctx = spreadsheetContext(platform);
  const place = placerOf(platform, name);
  const word = (grid: Grid) => (cause: KamErrorCause) =>
    `⚠ ${wordProblem(ctx.messages(), name, cause, grid, place)}`;
  try {
    return body(ctx, word);
  } catch (error) {
    const cause = causeOf(error);
    if (cause) throw new Error(wordProblem(ctx.messages(), name, cause, undefined, place));
    throw error;
  }
}

/** R1.1–R1.3 tier labels in the spreadsheet's language, each revenue compared exactly with its total (`tierOfRevenue`). */
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
    const tier = perRevenue(totalsFor(grid, total), (value, sum) =>
      tierOfRevenue(value, sum, thresholds),
    );
    return mapGrid(
      grid,
      (cell, r, c) => {
        const t = tier(cell, r, c);
        return t === '' ? '' : ctx.messages().tier[t];
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
          fail(cause.code, atCell(cause, r + 1, c + 1, grid));
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
