// Six months of contacts per account (R5), with the scenario accounts' last contacts scripted:
// an 11-day gap (R5.1), a pause in force and a pause broken (R5.2).
import type { Outcome } from '../../src/core/contacts';
import { addDays, type Day } from '../../src/core/days';
import { PERSONAL_CHANNELS } from '../../src/template';
import { PHRASES } from './names';
import type { DemoAccount } from './portfolio';
import type { Rng } from './rng';
import { DEMO_COLLEAGUES, DEMO_SCENARIOS } from './scenarios';

/** A contact before it becomes a row: the day as a number, for sorting and checks. */
export interface DemoContact {
  day: Day;
  accountId: string;
  clientPerson: string;
  ourPerson: string;
  channel: string;
  outcome: Outcome;
  summary: string;
  nextStep?: string;
}

const WRITTEN = ['email', 'message', 'letter'];
const PAUSE_DAYS = 14;

/** Personal per the R5 Decision of docs/rules.md: the account's own manager, in person, by phone or video. */
export function isPersonal(
  contact: Pick<DemoContact, 'ourPerson' | 'channel'>,
  account: DemoAccount,
): boolean {
  return contact.ourPerson === account.manager.email && PERSONAL_CHANNELS.includes(contact.channel);
}

/** The scripted end of a scenario account's log, and the last day its ordinary contacts may take. */
function scriptedTail(
  account: DemoAccount,
  today: Day,
  people: readonly string[],
): { until: Day; tail: DemoContact[] } {
  const base = { accountId: account.id, clientPerson: people[0], summary: '' };
  const manager = account.manager.email;
  switch (account.id) {
    case DEMO_SCENARIOS.contactGap:
      return { until: addDays(today, -11), tail: [] };
    case DEMO_SCENARIOS.pauseBroken:
      return {
        until: addDays(today, -10),
        tail: [
          {
            ...base,
            day: addDays(today, -8),
            ourPerson: manager,
            channel: 'inPerson',
            outcome: 'negative',
            summary: PHRASES.summaries.negative[0],
          },
          {
            ...base,
            day: addDays(today, -5),
            ourPerson: manager,
            channel: 'phone',
            outcome: 'neutral',
            summary: 'Called to smooth things over, too early',
          },
        ],
      };
    case DEMO_SCENARIOS.pausing:
      return {
        until: addDays(today, -7),
        tail: [
          {
            ...base,
            day: addDays(today, -5),
            ourPerson: manager,
            channel: 'phone',
            outcome: 'negative',
            summary: PHRASES.summaries.negative[1],
          },
          {
            ...base,
            day: addDays(today, -2),
            ourPerson: DEMO_COLLEAGUES[1].email,
            channel: 'email',
            outcome: 'neutral',
            summary: 'Urgent invoice question handled by accounting',
          },
        ],
      };
    default:
      return { until: today, tail: [] };
  }
}

/**
 * `count` contacts of one account between `start` and `today`. Ordinary contacts keep the
 * rules: negative ones only long ago (their pause is over), no personal contact inside a
 * pause (R5.2), and the last one a positive personal contact a few days before `until` (R5.1).
 */
export function accountContacts(
  rng: Rng,
  account: DemoAccount,
  people: readonly string[],
  start: Day,
  today: Day,
  count: number,
): DemoContact[] {
  const { until, tail } = scriptedTail(account, today, people);
  const n = Math.max(1, count - tail.length);
  const last = until === today ? addDays(today, -rng.int(1, 5)) : until;
  const span = last - start;
  const contacts: DemoContact[] = [];
  let pauseUntil = start - 1;
  for (let i = 0; i < n; i += 1) {
    const isLast = i === n - 1;
    const day = isLast
      ? last
      : start + Math.min(span - 1, Math.floor(((i + rng.next()) * span) / n));
    const roll = rng.next();
    const outcome: Outcome = isLast
      ? 'positive'
      : roll < 0.05 && day < today - 40
        ? 'negative'
        : roll < 0.3
          ? 'neutral'
          : 'positive';
    const inPause = day < pauseUntil;
    const byManager = isLast || (!inPause && rng.chance(0.8));
    const channel = isLast
      ? 'inPerson'
      : inPause
        ? rng.pick(WRITTEN)
        : rng.pick(['inPerson', 'phone', 'phone', 'video', 'email', 'message']);
    const contact: DemoContact = {
      day,
      accountId: account.id,
      clientPerson: rng.pick(people),
      ourPerson: byManager ? account.manager.email : rng.pick(DEMO_COLLEAGUES).email,
      channel,
      outcome,
      summary: rng.pick(PHRASES.summaries[outcome]),
      ...(rng.chance(0.4) ? { nextStep: rng.pick(PHRASES.nextSteps) } : {}),
    };
    if (outcome === 'negative') pauseUntil = day + PAUSE_DAYS;
    contacts.push(contact);
  }
  return [...contacts, ...tail];
}
