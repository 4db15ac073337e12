// One key account on one day: every time rule and coverage rule, as findings with a severity
// (R3.3, R3.4, R3.6, R5.1, R5.2, R6.2). The server words them and colours the row.

import { type CompetitorProfile, competitorWatch } from './competitor-watch';
import {
  type ContactEvent,
  type ContactStatus,
  contactStatus,
  lastContactByPerson,
} from './contacts';
import { type Coverage, coverageOf, type Person } from './coverage';
import { addMonths, type Day } from './days';
import type { Intervals } from './intervals';
import { reportsToCycles } from './reports-to';
import { type ReviewStatus, reviewStatus } from './review';
import type { Tier } from './tier';

export type Severity = 'ok' | 'info' | 'warning' | 'alert';

export const SEVERITIES: readonly Severity[] = ['ok', 'info', 'warning', 'alert'];

export type Finding =
  | { kind: 'reviewNever' }
  | { kind: 'reviewOverdue'; lastReview: Day; due: Day; days: number }
  | { kind: 'reviewDueSoon'; lastReview: Day; due: Day; days: number }
  | { kind: 'contactNever' }
  | { kind: 'contactOverdue'; lastPositive: Day; due: Day; days: number }
  | { kind: 'contactDueSoon'; lastPositive: Day; due: Day; days: number }
  | { kind: 'pausing'; negative: Day; until: Day }
  | { kind: 'pauseBroken'; negative: Day; until: Day; breach: Day }
  | { kind: 'noDecisionMaker' }
  | { kind: 'noSupporter' }
  | { kind: 'strongOpponents'; names: string[] }
  | { kind: 'singleThread'; people: number }
  | { kind: 'divisionsWithoutContact'; divisions: string[] }
  | { kind: 'noCompetitor' }
  | { kind: 'staleCompetitors'; names: string[] }
  | { kind: 'reportsToCycle'; names: string[] }
  | { kind: 'futureDated'; rows: number; today: Day };

export type FindingKind = Finding['kind'];

/**
 * How loud a finding is: a rule already broken is an alert (red), one about to be or a
 * blind spot in the dossier a warning (amber), a state to respect (a pause) or to widen
 * (one contact person, a silent division) is information (blue).
 */
export const SEVERITY_OF: Readonly<Record<FindingKind, Severity>> = {
  reviewNever: 'alert',
  reviewOverdue: 'alert',
  contactNever: 'alert',
  contactOverdue: 'alert',
  pauseBroken: 'alert',
  reviewDueSoon: 'warning',
  contactDueSoon: 'warning',
  noDecisionMaker: 'warning',
  strongOpponents: 'warning',
  noCompetitor: 'warning',
  staleCompetitors: 'warning',
  noSupporter: 'warning',
  reportsToCycle: 'warning',
  futureDated: 'warning',
  pausing: 'info',
  singleThread: 'info',
  divisionsWithoutContact: 'info',
};

export interface AccountFacts {
  lastReview?: Day;
  /** Every logged contact, with the client person's name (R5, R6.2); later dates are left out by the rules. */
  contacts: readonly ContactEvent[];
  people: readonly Person[];
  competitors: readonly CompetitorProfile[];
  /**
   * Rows dated after the day checked (contacts, reviews, a person's last contact, a
   * competitor's last update): they have not happened (R5 Decision), so the facts above
   * leave them out, and the check flags them until their day comes.
   */
  futureDated?: number;
}

export interface AccountCheck {
  review: ReviewStatus;
  contact: ContactStatus;
  coverage: Coverage;
  findings: Finding[];
  severity: Severity;
}

function reviewFindings(review: ReviewStatus, lastReview: Day | undefined): Finding[] {
  if (review.kind === 'never') return [{ kind: 'reviewNever' }];
  if (review.kind === 'overdue')
    return [
      { kind: 'reviewOverdue', lastReview: lastReview!, due: review.due, days: review.daysOverdue },
    ];
  if (review.kind === 'dueSoon')
    return [
      { kind: 'reviewDueSoon', lastReview: lastReview!, due: review.due, days: review.daysLeft },
    ];
  return [];
}

function contactFindings(contact: ContactStatus, today: Day): Finding[] {
  const { pause, lastPositive, due } = contact;
  switch (contact.kind) {
    case 'pauseBroken':
      return [
        {
          kind: 'pauseBroken',
          negative: pause!.negative,
          until: pause!.until,
          breach: pause!.breach!,
        },
      ];
    case 'pausing':
      return [{ kind: 'pausing', negative: pause!.negative, until: pause!.until }];
    case 'never':
      return [{ kind: 'contactNever' }];
    case 'overdue':
      return [
        { kind: 'contactOverdue', lastPositive: lastPositive!, due: due!, days: today - due! },
      ];
    case 'dueSoon':
      return [
        { kind: 'contactDueSoon', lastPositive: lastPositive!, due: due!, days: due! - today },
      ];
    default:
      return [];
  }
}

function coverageFindings(coverage: Coverage, people: readonly Person[]): Finding[] {
  const findings: Finding[] = [];
  if (coverage.noDecisionMaker) findings.push({ kind: 'noDecisionMaker' });
  if (coverage.noSupporter && people.length > 0) findings.push({ kind: 'noSupporter' });
  if (coverage.strongOpponents.length > 0)
    findings.push({ kind: 'strongOpponents', names: coverage.strongOpponents });
  if (coverage.peopleInContact === 1) findings.push({ kind: 'singleThread', people: 1 });
  if (coverage.divisionsWithoutContact.length > 0) {
    findings.push({ kind: 'divisionsWithoutContact', divisions: coverage.divisionsWithoutContact });
  }
  // R3.3: "Reports to" typed into the sheet may go round in a loop; the sidebar refuses one.
  const links = people.map((p) => ({ person: p.name, reportsTo: p.reportsTo }));
  for (const names of reportsToCycles(links)) findings.push({ kind: 'reportsToCycle', names });
  return findings;
}

/**
 * Checks one account on a day (in the spreadsheet's zone): review (R3.6), contact rhythm and
 * pause (R5.1, R5.2), decision-group coverage and its "Reports to" lines (R3.3, R6.2) and
 * competitor watch (R3.4, R6.2). People count as "in contact" within the review interval back
 * from today (the R6.2 Decision); contacts dated after today count for nothing. Severity is
 * the loudest finding's.
 */
export function checkAccount(facts: AccountFacts, today: Day, intervals: Intervals): AccountCheck {
  const review = reviewStatus(facts.lastReview, today, intervals);
  const contact = contactStatus(facts.contacts, today, intervals);
  const windowStart = addMonths(today, -intervals.reviewMonths);
  const names = lastContactByPerson(facts.contacts, today);
  const coverage = coverageOf(facts.people, names, windowStart, today);
  const watch = competitorWatch(facts.competitors, today, intervals.reviewMonths);
  const findings = [
    ...reviewFindings(review, facts.lastReview),
    ...contactFindings(contact, today),
    ...coverageFindings(coverage, facts.people),
    ...(watch.none ? [{ kind: 'noCompetitor' } as const] : []),
    ...(watch.stale.length > 0 ? [{ kind: 'staleCompetitors', names: watch.stale } as const] : []),
    ...(facts.futureDated
      ? [{ kind: 'futureDated', rows: facts.futureDated, today } as const]
      : []),
  ];
  // The loudest finding's severity, 'ok' (the first) without any.
  const loudest = Math.max(0, ...findings.map((f) => SEVERITIES.indexOf(SEVERITY_OF[f.kind])));
  return { review, contact, coverage, findings, severity: SEVERITIES[loudest] };
}

/**
 * How loud an account is, its revenue tier included: a mono-client (R1.3: above 50 % of
 * revenue, "start building relationships with new clients at once") is at least a warning
 * even when every contact and review rule is kept. Example: ok and 'mono' → 'warning'.
 */
export function accountSeverity(severity: Severity, tier: Tier | undefined): Severity {
  return severity === 'ok' && tier === 'mono' ? 'warning' : severity;
}
