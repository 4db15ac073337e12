// R5: a positive contact at least every 10 days (R5.1); after a negative one, no personal
// contact for 2 weeks (R5.2); days counted as the R5 Decisions of docs/rules.md say.
import { addDays, type Day } from './days';
import { DEFAULT_INTERVALS, type Intervals } from './intervals';

export type Outcome = 'positive' | 'neutral' | 'negative';

/** One logged contact, as the rules need it (R5; "personal" as the R5 Decision of docs/rules.md defines it). */
export interface ContactEvent {
  day: Day;
  personal: boolean;
  outcome: Outcome;
  /** The client person spoken with, trimmed and lower-case (R6.2: who is in contact). */
  person?: string;
}

/**
 * The contacts that have happened by `today`. A contact dated later is not a fact yet (the
 * R5 Decision "counting days"): every rule leaves it out. Example: today 2026-11-26 drops a
 * row dated 2026-11-28.
 */
export function pastContacts<C extends { day: Day }>(contacts: readonly C[], today: Day): C[] {
  return contacts.filter((c) => c.day <= today);
}

/**
 * The contacts dated after `today`, which the rules leave out and a user should be told about
 * (typed into the sheet ahead of time, or a typo in the year). Example: today 2026-11-26 →
 * the row dated 2026-11-28.
 */
export function contactsDatedLater<C extends { day: Day }>(
  contacts: readonly C[],
  today: Day,
): C[] {
  return contacts.filter((c) => c.day > today);
}

/**
 * Day a positive contact is due (R5.1: at least every 10 days), counting the last positive
 * contact as day 0: due on day 10, overdue from day 11. Example: last positive 2026-11-20 →
 * 2026-11-30.
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

/**
 * Whether a day falls inside the pause that a negative contact started (R5.2): days 1 to 13
 * after it; the negative's own day does not (one date cannot say which contact came first).
 */
export function isInsidePause(
  negative: Day,
  day: Day,
  days = DEFAULT_INTERVALS.pauseDays,
): boolean {
  return day > negative && day < pauseEnd(negative, days);
}

/**
 * The day a positive contact is due after `lastPositive` (R5.1): R5.1's due day, or the first
 * day after it that lies inside no pause (R5.2; the R5 Decision "counting days": the pause's
 * first free day, and past any later pause that day falls inside). A due day outside every
 * pause stays. Example: positive 2026-11-01, negative 2026-11-05 → 2026-11-19; negative
 * 2026-11-20 instead → 2026-11-11 (the due day came before the pause).
 */
export function positiveContactDue(
  lastPositive: Day,
  negatives: readonly Day[],
  intervals: Pick<Intervals, 'positiveContactDays' | 'pauseDays'> = DEFAULT_INTERVALS,
): Day {
  let due = nextPositiveContactDue(lastPositive, intervals.positiveContactDays);
  while (negatives.some((n) => isInsidePause(n, due, intervals.pauseDays))) due = addDays(due, 1);
  return due;
}

/**
 * The next day the manager should make a positive contact, from the last positive and the
 * last negative contact (KAM_NEXT_CONTACT): R5.1's due day, moved to the pause's first free
 * day when it falls inside the pause (R5.2). Without a positive contact there is no due day:
 * the account is overdue. Example: positive 2026-11-01, negative 2026-11-05 → 2026-11-19.
 */
export function nextContactDue(
  lastPositive: Day | undefined,
  lastNegative: Day | undefined,
  intervals: Pick<Intervals, 'positiveContactDays' | 'pauseDays'> = DEFAULT_INTERVALS,
): Day | undefined {
  if (lastPositive === undefined) return undefined;
  return positiveContactDue(
    lastPositive,
    lastNegative === undefined ? [] : [lastNegative],
    intervals,
  );
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
  const past = pastContacts(contacts, today).sort((a, b) => a.day - b.day);
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
  /** The day the next positive contact is due (R5.1, moved out of a pause by R5.2). */
  due?: Day;
  /** Days since the last positive contact. */
  daysSince?: number;
  /** The pause in force today (R5.2), if any: a broken one first. */
  pause?: Pause;
}

const latestOf = (days: readonly Day[]) => (days.length === 0 ? undefined : Math.max(...days));

/**
 * An account's contact status on a day. A pause in force (R5.2) comes first: "pause broken"
 * while any pause in force had a personal contact inside it, else "pausing". Otherwise R5.1:
 * "never" without a positive contact, "overdue" after the due day, "due soon" within
 * `contactDueSoonDays` (the due day itself included), "ok". Contacts dated after `today` are
 * left out. Example: positive 11 days ago → overdue by 1 day.
 */
export function contactStatus(
  contacts: readonly ContactEvent[],
  today: Day,
  intervals: Pick<
    Intervals,
    'positiveContactDays' | 'contactDueSoonDays' | 'pauseDays'
  > = DEFAULT_INTERVALS,
): ContactStatus {
  const past = pastContacts(contacts, today);
  const lastPositive = latestOf(past.filter((c) => c.outcome === 'positive').map((c) => c.day));
  const negatives = past.filter((c) => c.outcome === 'negative').map((c) => c.day);
  const inForce = pausesOf(past, today, intervals.pauseDays).filter((p) => today < p.until);
  const current = inForce.find((p) => p.breach !== undefined) ?? inForce[inForce.length - 1];
  const gap =
    lastPositive === undefined
      ? {}
      : {
          lastPositive,
          due: positiveContactDue(lastPositive, negatives, intervals),
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

/**
 * The day of the latest contact with each client person by `today` (R6.2: who is in contact),
 * by lower-case name. Example: Ona on 11-01 and 11-20, and a row for her dated 12-05 →
 * ona: 11-20.
 */
export function lastContactByPerson(
  contacts: readonly ContactEvent[],
  today: Day,
): Map<string, Day> {
  const names = new Map<string, Day>();
  for (const c of pastContacts(contacts, today)) {
    if (!c.person) continue;
    names.set(c.person, Math.max(names.get(c.person) ?? c.day, c.day));
  }
  return names;
}
