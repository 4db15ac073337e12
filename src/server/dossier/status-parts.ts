// The status parts of the sidebar's view of an account, from its one check of the day:
// coverage (R3.3, R6.2: roles apart from attitudes), contact rhythm and pause (R5), review
// (R3.6) and findings in plain words, with the rules they follow kept for a hover.
import { type AccountCheck, type FindingKind, SEVERITY_OF } from '../../core/account-check';
import { type Day, isoOf } from '../../core/days';
import type { AccountView } from '../../dossier/types';
import { messagesFor } from '../../i18n';
import { ROLE_CHOICES } from '../../template/choices';
import { wordFinding } from '../check/word-finding';
import type { AccountRecord } from '../sheet/portfolio-read';
import type { Workbook } from '../sheet/workbook';

const iso = (day: Day | undefined) => (day === undefined ? null : isoOf(day));

/** The rules behind each finding, for the sidebar's hover: the words themselves stay plain. */
const FINDING_RULES: Readonly<Record<FindingKind, string>> = {
  reviewNever: 'R3.6',
  reviewOverdue: 'R3.6',
  reviewDueSoon: 'R3.6',
  contactNever: 'R5.1',
  contactOverdue: 'R5.1',
  contactDueSoon: 'R5.1',
  pausing: 'R5.2',
  pauseBroken: 'R5.2',
  noDecisionMaker: 'R3.3',
  noSupporter: 'R3.3',
  strongOpponents: 'R3.3',
  singleThread: 'R6.2',
  divisionsWithoutContact: 'R6.2',
  noCompetitor: 'R3.4',
  staleCompetitors: 'R3.4, R6.2',
  reportsToCycle: 'R3.3',
  futureDated: 'R5',
};

/** The roles the coverage line names; supporter and opponent are attitudes there (R3.3). */
const ATTITUDE_ROLES: readonly string[] = ['supporter', 'opponent'];

/** How many people stand for us, are neutral or stand against us, by attitude, else by role. */
function attitudesOf(record: AccountRecord): AccountView['coverage']['attitudes'] {
  const counts = { supporter: 0, neutral: 0, opponent: 0 };
  for (const p of record.facts.people) {
    const stance =
      p.attitude ?? (p.role === 'supporter' || p.role === 'opponent' ? p.role : undefined);
    if (stance) counts[stance] += 1;
  }
  return counts;
}

/** The status parts of the view, from the account's one check of the day. */
export function statusParts(
  workbook: Workbook,
  record: AccountRecord,
  check: AccountCheck,
  onRecord: string[],
): Pick<AccountView, 'coverage' | 'contact' | 'review' | 'findings'> {
  const { settings, lang } = workbook;
  const m = messagesFor(lang);
  const roleLabel = (key: string) => ROLE_CHOICES.find((c) => c.key === key)?.label[lang] ?? key;
  const pause = check.contact.pause;
  return {
    coverage: {
      rolesUncovered: check.coverage.rolesUncovered
        .filter((role) => !ATTITUDE_ROLES.includes(role))
        .map(roleLabel),
      attitudes: attitudesOf(record),
      divisionsWithoutContact: check.coverage.divisionsWithoutContact,
      strongOpponents: check.coverage.strongOpponents,
      noSupporter: check.coverage.noSupporter,
    },
    contact: {
      kind: check.contact.kind,
      lastPositive: iso(check.contact.lastPositive),
      nextPositiveDue: iso(check.contact.due),
      pause: pause
        ? { negative: isoOf(pause.negative), until: isoOf(pause.until), breach: iso(pause.breach) }
        : null,
      negatives: record.facts.contacts
        .filter((c) => c.outcome === 'negative')
        .map((c) => isoOf(c.day))
        .sort(),
      pauseDays: settings.pauseDays,
      everyDays: settings.positiveContactDays,
      onRecord,
    },
    review: {
      kind: check.review.kind,
      last: iso(record.facts.lastReview),
      nextDue: check.review.kind === 'never' ? null : isoOf(check.review.due),
      months: settings.reviewMonths,
    },
    findings: check.findings.map((f) => ({
      severity: SEVERITY_OF[f.kind],
      text: wordFinding(m, f, settings),
      rules: m.sidebar.rules(FINDING_RULES[f.kind]),
    })),
  };
}
