// R4.3: the head of sales evaluates each manager regularly from the data: reviews on time,
// contact rhythm kept, pauses respected, plan actions done, dossier complete.
import {
  type ContactEvent,
  type Pause,
  pastContacts,
  pauseEnd,
  pausesOf,
  positiveContactDue,
} from './contacts';
import { addMonths, type Day } from './days';
import type { Intervals } from './intervals';

/**
 * A broken pause kept on record (R5.2, R4.3): the negative contact that started the pause and
 * the personal contact inside it, as they stood when a user edited or removed one of them.
 */
export interface RecordedBreach {
  negative: Day;
  breach: Day;
}

export interface ScoredAccount {
  manager: string;
  reviews: readonly Day[];
  contacts: readonly ContactEvent[];
  /** Breaches kept on record although the contacts that showed them changed since. */
  recordedBreaches?: readonly RecordedBreach[];
  plan: readonly { due?: Day; done: boolean }[];
  dossierFilled: number;
  dossierFields: number;
}

/** Percentages 0–100, or undefined when there was nothing to measure in the period. */
export interface Scorecard {
  manager: string;
  accounts: number;
  reviewsOnTime?: number;
  rhythmKept?: number;
  pausesRespected?: number;
  planDoneOnTime?: number;
  dossierComplete?: number;
}

interface Tally {
  hit: number;
  of: number;
}

const percent = (t: Tally) => (t.of === 0 ? undefined : Math.round((t.hit / t.of) * 1000) / 10);

/**
 * R3.6: each review due date falling in the period, met on time or not; and an account that
 * was overdue all through the period (never reviewed, or its last review's due day before the
 * period) counts once as missed, as the check and the dashboard call it overdue (the R3.6
 * Decision).
 */
function reviewTally(reviews: readonly Day[], since: Day, today: Day, months: number): Tally {
  const sorted = reviews.filter((r) => r <= today).sort((a, b) => a - b);
  const last = sorted[sorted.length - 1];
  if (last === undefined || addMonths(last, months) < since) return { hit: 0, of: 1 };
  const tally = { hit: 0, of: 0 };
  sorted.forEach((review, i) => {
    const due = addMonths(review, months);
    if (due < since || due > today) return;
    tally.of += 1;
    if (sorted.slice(i + 1).some((later) => later <= due)) tally.hit += 1;
  });
  return tally;
}

/**
 * R5.1: account-days in the period when the rhythm was kept: the day lay between a positive
 * contact and its due day (moved out of a pause as the R5 Decision says, so a pause's first
 * free day still counts as kept), or a pause ran (R5.2). Contacts after today are left out.
 * A later contact is never due sooner, so "some positive contact covers the day" is the same
 * as "the latest one before it does". Example: positive 22 October → 22 October to 1 November.
 */
function rhythmTally(
  contacts: readonly ContactEvent[],
  since: Day,
  today: Day,
  intervals: Intervals,
): Tally {
  const past = pastContacts(contacts, today);
  const negatives = past.filter((c) => c.outcome === 'negative').map((c) => c.day);
  const spans = past
    .filter((c) => c.outcome === 'positive')
    .map((c) => ({ from: c.day, due: positiveContactDue(c.day, negatives, intervals) }));
  const pauses = pausesOf(past, today, intervals.pauseDays);
  const tally = { hit: 0, of: 0 };
  for (let day = since; day <= today; day++) {
    tally.of += 1;
    const fresh = spans.some((span) => day >= span.from && day <= span.due);
    const paused = pauses.some((pause) => day >= pause.negative && day < pause.until);
    if (fresh || paused) tally.hit += 1;
  }
  return tally;
}

/**
 * The pauses as the record has them (R4.3: the head of sales evaluates from the data as it
 * was recorded): a pause the contacts still show is broken when they or the record say so,
 * and a recorded breach whose contacts went since still counts as a broken pause. Example:
 * the personal call inside the pause of 1 October removed later → that pause stays broken.
 * The contacts' pauses come first, then those only the record keeps: the scorecard counts them.
 */
export function pausesOnRecord(
  pauses: readonly Pause[],
  recorded: readonly RecordedBreach[],
  pauseDays: number,
): Pause[] {
  const out = pauses.map((pause) => {
    const kept = recorded.find((r) => r.negative === pause.negative);
    return pause.breach === undefined && kept ? { ...pause, breach: kept.breach } : pause;
  });
  for (const r of recorded)
    if (!out.some((p) => p.negative === r.negative))
      out.push({ negative: r.negative, until: pauseEnd(r.negative, pauseDays), breach: r.breach });
  return out;
}

/**
 * One scorecard per manager over the period [since, today] (R4.3). A broken pause counts
 * against the manager for every period it covers, and a pause's first free day is a due day
 * still kept (the R5 Decision). Example: a manager whose only review due in the period came 5
 * days late scores 0 % reviews on time.
 */
export function scorecards(
  accounts: readonly ScoredAccount[],
  since: Day,
  today: Day,
  intervals: Intervals,
): Scorecard[] {
  const byManager = new Map<string, { accounts: number; tallies: Tally[] }>();
  for (const account of accounts) {
    const entry = byManager.get(account.manager) ?? {
      accounts: 0,
      tallies: [0, 1, 2, 3, 4].map(() => ({ hit: 0, of: 0 })),
    };
    entry.accounts += 1;
    // A pause counts in the period it covers (the R5 Decision): one that began before `since`
    // and ran into the period is judged here too; a breach on record stays a breach (R4.3).
    const pauses = pausesOnRecord(
      pausesOf(account.contacts, today, intervals.pauseDays),
      account.recordedBreaches ?? [],
      intervals.pauseDays,
    ).filter((p) => p.until > since);
    const planDue = account.plan.filter(
      (a) => a.due !== undefined && a.due >= since && a.due <= today,
    );
    const parts: Tally[] = [
      reviewTally(account.reviews, since, today, intervals.reviewMonths),
      rhythmTally(account.contacts, since, today, intervals),
      { hit: pauses.filter((p) => p.breach === undefined).length, of: pauses.length },
      { hit: planDue.filter((a) => a.done).length, of: planDue.length },
      { hit: account.dossierFilled, of: account.dossierFields },
    ];
    parts.forEach((t, i) => {
      entry.tallies[i].hit += t.hit;
      entry.tallies[i].of += t.of;
    });
    byManager.set(account.manager, entry);
  }
  return [...byManager].map(([manager, { accounts: count, tallies }]) => ({
    manager,
    accounts: count,
    reviewsOnTime: percent(tallies[0]),
    rhythmKept: percent(tallies[1]),
    pausesRespected: percent(tallies[2]),
    planDoneOnTime: percent(tallies[3]),
    dossierComplete: percent(tallies[4]),
  }));
}
