// The manager's morning digest: what is due on one key account today, as items a manager acts
// on (R5.1 contacts, R5.2 pauses, R3.6 reviews, R3.3, R3.4, R6.2 red flags, R2.4 the plan),
// ordered worst first. Pure: the server gathers the accounts, words the items and sends them.
import type { AccountCheck, Finding } from './account-check';
import { type ContactEvent, pausesOf } from './contacts';
import type { Day } from './days';
import { fingerprintOf } from './fingerprint';

/** The account an item is about: its id, client and Accounts row (for the link). */
export interface DigestAccount {
  id: string;
  /** The id as compared (accountKey): trimmed, lower-case. */
  key: string;
  client: string;
  row: number;
}

/** A Plan row as the digest needs it (R2.4). */
export interface PlanAction {
  action: string;
  due?: Day;
  /** The Plan status key: planned, inProgress, done, postponed, cancelled. */
  status?: string;
}

/** The red flags a digest reports when they are new (R3.3, R3.4, R6.2). */
export type FlagFinding = Extract<
  Finding,
  {
    kind:
      | 'strongOpponents'
      | 'noDecisionMaker'
      | 'noCompetitor'
      | 'staleCompetitors'
      | 'divisionsWithoutContact';
  }
>;

const FLAG_KINDS: readonly FlagFinding['kind'][] = [
  'strongOpponents',
  'noDecisionMaker',
  'noCompetitor',
  'staleCompetitors',
  'divisionsWithoutContact',
];

export type DigestFact =
  | { kind: 'pauseBroken'; negative: Day; breach: Day; until: Day }
  | { kind: 'contactNever' }
  | { kind: 'contactOverdue'; lastPositive: Day; days: number; person?: string }
  | { kind: 'reviewNever' }
  | { kind: 'reviewOverdue'; due: Day; days: number }
  | { kind: 'contactDueSoon'; lastPositive: Day; due: Day; days: number; person?: string }
  | { kind: 'reviewDueSoon'; due: Day; days: number }
  | { kind: 'planDue'; action: string; due: Day; days: number }
  | { kind: 'flag'; flag: FlagFinding }
  | { kind: 'pausing'; negative: Day; until: Day };

/**
 * One line of a digest. `news` is set on what is told once (a red flag, a broken pause): its
 * fingerprint, so that a later digest leaves out what this one told.
 */
export type DigestItem = DigestFact & { account: DigestAccount; news?: string };

/** How loud an item is: the workbook's colours (act now, soon, a state to respect). */
export type DigestGroup = 'alert' | 'warning' | 'info';

/** Kinds in the order a manager should read them, loudest first (the check's severities). */
const ORDER: readonly DigestFact['kind'][] = [
  'pauseBroken',
  'contactNever',
  'contactOverdue',
  'reviewNever',
  'reviewOverdue',
  'contactDueSoon',
  'reviewDueSoon',
  'planDue',
  'flag',
  'pausing',
];

/** The group of an item's kind: a broken rule, one about to be (or a blind spot), a pause. */
export function groupOf(kind: DigestFact['kind']): DigestGroup {
  if (kind === 'pausing') return 'info';
  return ORDER.indexOf(kind) < ORDER.indexOf('contactDueSoon') ? 'alert' : 'warning';
}

/** R2.4: a plan's week is today and the six days after it. */
export const PLAN_WEEK_DAYS = 7;

/** What one account brings to its manager's digest on a day. */
export interface DigestInput {
  /** The account's check on the digest's day: its pause is the one in force that day. */
  check: AccountCheck;
  contacts: readonly ContactEvent[];
  /** The client person of the latest contact up to today, when the log names one. */
  lastPerson?: string;
  plan: readonly PlanAction[];
}

function contactFacts(finding: Finding, person: string | undefined): DigestFact[] {
  const who = person ? { person } : {};
  if (finding.kind === 'contactNever') return [{ kind: 'contactNever' }];
  if (finding.kind === 'contactOverdue')
    return [
      { kind: 'contactOverdue', lastPositive: finding.lastPositive, days: finding.days, ...who },
    ];
  if (finding.kind === 'contactDueSoon')
    return [
      {
        kind: 'contactDueSoon',
        lastPositive: finding.lastPositive,
        due: finding.due,
        days: finding.days,
        ...who,
      },
    ];
  return [];
}

function reviewFacts(finding: Finding): DigestFact[] {
  if (finding.kind === 'reviewNever') return [{ kind: 'reviewNever' }];
  if (finding.kind === 'reviewOverdue')
    return [{ kind: 'reviewOverdue', due: finding.due, days: finding.days }];
  if (finding.kind === 'reviewDueSoon')
    return [{ kind: 'reviewDueSoon', due: finding.due, days: finding.days }];
  return [];
}

const isFlag = (finding: Finding): finding is FlagFinding =>
  (FLAG_KINDS as readonly string[]).includes(finding.kind);

/** What a flag is about, for its fingerprint: its kind and the names it lists. */
function flagText(flag: FlagFinding): string {
  if (flag.kind === 'strongOpponents' || flag.kind === 'staleCompetitors')
    return `${flag.kind}|${[...flag.names].sort().join(',')}`;
  if (flag.kind === 'divisionsWithoutContact')
    return `${flag.kind}|${[...flag.divisions].sort().join(',')}`;
  return flag.kind;
}

/**
 * Everything one account could put in its manager's digest on `today`: R5.1 contacts due or
 * overdue (with the person last in contact), R5.2 the pause in force (broken or not) and the
 * broken pauses still running or over for less than a pause's length, R3.6 reviews, R3.3/R3.4/R6.2 red flags, R2.4 plan actions due within a
 * week and not done or cancelled. Example: KA-004, last positive 11 days ago →
 * [{ kind: 'contactOverdue', days: 1, … }].
 */
export function digestItemsOf(
  account: DigestAccount,
  input: DigestInput,
  today: Day,
  pauseDays: number,
): DigestItem[] {
  const facts: { fact: DigestFact; news?: string }[] = [];
  for (const finding of input.check.findings) {
    for (const fact of [...contactFacts(finding, input.lastPerson), ...reviewFacts(finding)])
      facts.push({ fact });
    if (isFlag(finding))
      facts.push({
        fact: { kind: 'flag', flag: finding },
        news: fingerprintOf(`${account.key}|${flagText(finding)}`),
      });
  }
  // The check's pause is the one in force today (contactStatus), broken or not: the manager
  // still keeps it until its end.
  const inForce = input.check.contact.pause;
  if (inForce)
    facts.push({ fact: { kind: 'pausing', negative: inForce.negative, until: inForce.until } });
  for (const pause of pausesOf(input.contacts, today, pauseDays)) {
    if (pause.breach === undefined || pause.until + pauseDays <= today) continue;
    const { negative, breach, until } = pause;
    facts.push({
      fact: { kind: 'pauseBroken', negative, breach, until },
      news: fingerprintOf(`${account.key}|pauseBroken|${negative}|${breach}`),
    });
  }
  for (const plan of input.plan) {
    if (plan.due === undefined || plan.status === 'done' || plan.status === 'cancelled') continue;
    const days = plan.due - today;
    if (days < 0 || days >= PLAN_WEEK_DAYS || plan.action.trim() === '') continue;
    facts.push({ fact: { kind: 'planDue', action: plan.action.trim(), due: plan.due, days } });
  }
  return facts.map(({ fact, news }) => ({ ...fact, account, ...(news ? { news } : {}) }));
}

/** What is told once is left out when a previous digest told it already. */
export function leaveOutTold(
  items: readonly DigestItem[],
  told: ReadonlySet<string>,
): DigestItem[] {
  return items.filter((item) => item.news === undefined || !told.has(item.news));
}

/** How pressing an item is within its kind: more days overdue, or fewer days left, first. */
function urgency(item: DigestItem): number {
  switch (item.kind) {
    case 'contactOverdue':
    case 'reviewOverdue':
      return -item.days;
    case 'contactDueSoon':
    case 'reviewDueSoon':
    case 'planDue':
      return item.days;
    case 'pauseBroken':
      return -item.breach;
    case 'pausing':
      return item.until;
    case 'flag':
      return FLAG_KINDS.indexOf(item.flag.kind);
    default:
      return 0;
  }
}

/**
 * Worst first: broken rules before rules about to break before pauses to respect; within a
 * kind, the most overdue or the soonest due first, then by client. Never changes `items`.
 */
export function worstFirst(items: readonly DigestItem[]): DigestItem[] {
  return [...items].sort(
    (a, b) =>
      ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) ||
      urgency(a) - urgency(b) ||
      a.account.client.localeCompare(b.account.client) ||
      a.account.id.localeCompare(b.account.id),
  );
}
