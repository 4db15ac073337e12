// R4.3: the head of sales evaluates each manager regularly from the data: reviews on time,
// contact rhythm kept, pauses respected, plan actions done, dossier complete.
import { type ContactEvent, type Pause, pauseEnd, pausesOf } from './contacts';
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

/** R3.6: each review due date falling in the period, met on time or not. */
function reviewTally(reviews: readonly Day[], since: Day, today: Day, months: number): Tally {
  const sorted = [...reviews].sort((a, b) => a - b);
  const tally = { hit: 0, of: 0 };
  sorted.forEach((review, i) => {
    const due = addMonths(review, months);
    if (due < since || due > today) return;
    tally.of += 1;
    const next = sorted[i + 1];
    if (next !== undefined && next <= due) tally.hit += 1;
  });
  return tally;
}

/** R5.1: account-days in the period when the last positive contact was at most N days old (or a pause ran). */
function rhythmTally(
  contacts: readonly ContactEvent[],
  since: Day,
  today: Day,
  intervals: Intervals,
): Tally {
  const positives = contacts
    .filter((c) => c.outcome === 'positive')
    .map((c) => c.day)
    .sort((a, b) => a - b);
  const pauses = pausesOf(contacts, today, intervals.pauseDays);
  const tally = { hit: 0, of: 0 };
  let p = -1;
  for (let day = since; day <= today; day++) {
    while (p + 1 < positives.length && positives[p + 1] <= day) p++;
    tally.of += 1;
    const fresh = p >= 0 && day - positives[p] <= intervals.positiveContactDays;
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
  return out.sort((a, b) => a.negative - b.negative);
}

/**
 * One scorecard per manager over the period [since, today] (R4.3). Example: a manager whose
 * only review due in the period came 5 days late scores 0 % reviews on time.
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
    const pauses = pausesOnRecord(
      pausesOf(account.contacts, today, intervals.pauseDays),
      account.recordedBreaches ?? [],
      intervals.pauseDays,
    ).filter((p) => p.negative >= since && p.negative <= today);
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
