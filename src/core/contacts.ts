// R5: a positive contact at least every 10 days (R5.1); after a negative one, no personal
// contact for 2 weeks (R5.2).
import { addDays, type Day } from './days';
import { DEFAULT_INTERVALS, type Intervals } from './intervals';

export type Outcome = 'positive' | 'neutral' | 'negative';

/** One logged contact, as the rules need it (R5; "personal" as the R5 Decision of docs/rules.md defines it). */
export interface ContactEvent {
  day: Day;
  personal: boolean;
  outcome: Outcome;
}

/**
 * Day a positive contact is due (R5.1: at least every 10 days).
 * Example: last positive 2026-11-20 → 2026-11-30.
 */
export function nextPositiveContactDue(
  lastPositive: Day,
  days = DEFAULT_INTERVALS.positiveContactDays,
): Day {
  return addDays(lastPositive, days);
}

/**
 * First day personal contact is allowed again after a negative contact (R5.2: no personal
 * contact for 2 weeks). Example: negative 2026-11-20 → 2026-12-04.
 */
export function pauseEnd(lastNegative: Day, days = DEFAULT_INTERVALS.pauseDays): Day {
  return addDays(lastNegative, days);
}

/** Whether a day falls inside the pause that a negative contact started (R5.2); the day itself does not. */
export function isInsidePause(
  negative: Day,
  day: Day,
  days = DEFAULT_INTERVALS.pauseDays,
): boolean {
  return day > negative && day < pauseEnd(negative, days);
}

/**
 * The next day the manager should make a positive personal contact: R5.1's due day, moved
 * to the end of the pause when a later negative contact forbids it then (R5.2).
 * Example: positive 2026-11-01, negative 2026-11-05 → max(11-11, 11-19) = 2026-11-19.
 */
export function nextContactDue(
  lastPositive: Day | undefined,
  lastNegative: Day | undefined,
  intervals: Pick<Intervals, 'positiveContactDays' | 'pauseDays'> = DEFAULT_INTERVALS,
): Day | undefined {
  const due =
    lastPositive === undefined
      ? undefined
      : nextPositiveContactDue(lastPositive, intervals.positiveContactDays);
  const allowed =
    lastNegative === undefined ? undefined : pauseEnd(lastNegative, intervals.pauseDays);
  if (due === undefined) return allowed;
  if (allowed === undefined) return due;
  return Math.max(due, allowed);
}

/** A pause (R5.2): the negative contact that started it, its end, and the first personal contact inside it. */
export interface Pause {
  negative: Day;
  until: Day;
  breach?: Day;
}

/**
 * Every pause started by a negative contact up to `today`, each with its first breach (a
 * personal contact inside it, R5.2); the scorecard counts how many were respected (R4.3).
 */
export function pausesOf(
  contacts: readonly ContactEvent[],
  today: Day,
  days = DEFAULT_INTERVALS.pauseDays,
): Pause[] {
  const past = contacts.filter((c) => c.day <= today).sort((a, b) => a.day - b.day);
  return past
    .filter((c) => c.outcome === 'negative')
    .map((negative) => {
      const breach = past.find((c) => c.personal && isInsidePause(negative.day, c.day, days));
      const pause: Pause = { negative: negative.day, until: pauseEnd(negative.day, days) };
      return breach === undefined ? pause : { ...pause, breach: breach.day };
    });
}

export type ContactStatusKind = 'ok' | 'dueSoon' | 'overdue' | 'never' | 'pausing' | 'pauseBroken';

export interface ContactStatus {
  kind: ContactStatusKind;
  lastPositive?: Day;
  /** R5.1 due day of the next positive contact. */
  due?: Day;
  /** Days since the last positive contact. */
  daysSince?: number;
  /** The pause in force today (R5.2), if any. */
  pause?: Pause;
}

/**
 * An account's contact status on a day. A pause in force (R5.2) comes first: "pause broken"
 * when a personal contact fell inside it, else "pausing". Otherwise R5.1: "never" without a
 * positive contact, "overdue" after the due day, "due soon" within `contactDueSoonDays`, "ok".
 * Contacts dated after `today` are ignored. Example: positive 11 days ago → overdue by 1 day.
 */
export function contactStatus(
  contacts: readonly ContactEvent[],
  today: Day,
  intervals: Pick<
    Intervals,
    'positiveContactDays' | 'contactDueSoonDays' | 'pauseDays'
  > = DEFAULT_INTERVALS,
): ContactStatus {
  let lastPositive: Day | undefined;
  for (const c of contacts) {
    if (
      c.outcome === 'positive' &&
      c.day <= today &&
      (lastPositive === undefined || c.day > lastPositive)
    ) {
      lastPositive = c.day;
    }
  }
  const pauses = pausesOf(contacts, today, intervals.pauseDays);
  const current = pauses.filter((p) => today < p.until).pop();
  const gap =
    lastPositive === undefined
      ? {}
      : {
          lastPositive,
          due: nextPositiveContactDue(lastPositive, intervals.positiveContactDays),
          daysSince: today - lastPositive,
        };
  if (current !== undefined) {
    return {
      kind: current.breach === undefined ? 'pausing' : 'pauseBroken',
      ...gap,
      pause: current,
    };
  }
  if (gap.due === undefined) return { kind: 'never' };
  const daysLeft = gap.due - today;
  if (daysLeft < 0) return { kind: 'overdue', ...gap };
  if (daysLeft <= intervals.contactDueSoonDays) return { kind: 'dueSoon', ...gap };
  return { kind: 'ok', ...gap };
}
