// R5.1 and R6.2 per person of the decision group: how long since our last contact with them,
// coloured by the account's positive-contact windows, and grey once they fall out of contact.
import { addMonths, type Day } from './days';
import { DEFAULT_INTERVALS, type Intervals } from './intervals';

/**
 * Where a person stands: within the rhythm, due soon or overdue by R5.1's windows (10 days, a
 * warning 3 days ahead), out of contact beyond R6.2's "in contact lately" window (the review
 * interval), or never contacted at all.
 */
export type RhythmKind = 'ok' | 'dueSoon' | 'overdue' | 'lapsed' | 'never';

export interface PersonRhythm {
  kind: RhythmKind;
  /** The day of our last contact, when there is one. */
  last?: Day;
  /** Days since it. */
  days?: number;
}

/**
 * Our last contact with a person: the later of the contact log's latest contact with them (by
 * name) and their own "Last contact" cell, leaving out days after today (they have not happened).
 * Example: logged 2026-11-20, cell 2026-11-22, today 2026-11-26 → 2026-11-22.
 */
export function lastContactWith(
  logged: Day | undefined,
  cell: Day | undefined,
  today: Day,
): Day | undefined {
  const days = [logged, cell].filter((d): d is Day => d !== undefined && d <= today);
  return days.length === 0 ? undefined : Math.max(...days);
}

/**
 * A person's contact rhythm on a day. Counting our last contact as day 0: "ok" before the
 * warning window, "due soon" from day 10 − 3 to day 10 (R5.1), "overdue" after day 10 while
 * still in contact lately (R6.2: within the review interval), "lapsed" before that window.
 * Example: last contact 12 days ago, 10-day rhythm → overdue by 2 (days 12).
 */
export function personRhythm(
  last: Day | undefined,
  today: Day,
  intervals: Pick<
    Intervals,
    'positiveContactDays' | 'contactDueSoonDays' | 'reviewMonths'
  > = DEFAULT_INTERVALS,
): PersonRhythm {
  if (last === undefined) return { kind: 'never' };
  const days = today - last;
  const base = { last, days };
  if (last < addMonths(today, -intervals.reviewMonths)) return { kind: 'lapsed', ...base };
  if (days > intervals.positiveContactDays) return { kind: 'overdue', ...base };
  if (days >= intervals.positiveContactDays - intervals.contactDueSoonDays)
    return { kind: 'dueSoon', ...base };
  return { kind: 'ok', ...base };
}
