// R3.6: the dossier is reviewed at least once every 3 months.
import { addMonths, type Day } from './days';
import { DEFAULT_INTERVALS, type Intervals } from './intervals';

/**
 * The day the next review is due (R3.6: at least every 3 months; calendar months, clamped
 * to the month's end). Example: last review 2026-11-30 → 2027-02-28.
 */
export function nextReviewDue(lastReview: Day, months = DEFAULT_INTERVALS.reviewMonths): Day {
  return addMonths(lastReview, months);
}

export type ReviewStatus =
  | { kind: 'never' }
  | { kind: 'ok'; due: Day; daysLeft: number }
  | { kind: 'dueSoon'; due: Day; daysLeft: number }
  | { kind: 'overdue'; due: Day; daysOverdue: number };

/**
 * R3.6 on a given day: never reviewed, ok, due within `reviewDueSoonDays`, or overdue.
 * Due on the day itself counts as due soon (0 days left), overdue from the day after.
 * Example: last review 2026-07-01, today 2026-10-13 → overdue by 12 days (due 2026-10-01).
 */
export function reviewStatus(
  lastReview: Day | undefined,
  today: Day,
  intervals: Pick<Intervals, 'reviewMonths' | 'reviewDueSoonDays'> = DEFAULT_INTERVALS,
): ReviewStatus {
  if (lastReview === undefined) return { kind: 'never' };
  const due = nextReviewDue(lastReview, intervals.reviewMonths);
  const daysLeft = due - today;
  if (daysLeft < 0) return { kind: 'overdue', due, daysOverdue: -daysLeft };
  if (daysLeft <= intervals.reviewDueSoonDays) return { kind: 'dueSoon', due, daysLeft };
  return { kind: 'ok', due, daysLeft };
}
