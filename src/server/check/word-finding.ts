// Words a check's finding for the Accounts sheet: a short flag and a note that says why.
import type { Finding } from '../../core/account-check';
import { isoOf } from '../../core/days';
import { joinWithin, NAME_LIST_MAX } from '../../core/fit-text';
import type { Intervals } from '../../core/intervals';
import type { Messages } from '../../i18n';

/** Names in a sentence or flag, the list cut to fit ("Ona, Petras, … and 12 more"). */
export function nameList(m: Messages, names: readonly string[]): string {
  return joinWithin(names, ', ', NAME_LIST_MAX, m.finding.andMore);
}

/** The sentence behind a flag, e.g. "Review overdue by 12 days: last review 2026-07-01; the dossier needs one every 3 months." */
export function wordFinding(m: Messages, finding: Finding, intervals: Intervals): string {
  const f = m.finding;
  switch (finding.kind) {
    case 'reviewNever':
      return f.reviewNever(intervals.reviewMonths);
    case 'reviewOverdue':
      return f.reviewOverdue(finding.days, isoOf(finding.lastReview), intervals.reviewMonths);
    case 'reviewDueSoon':
      return f.reviewDueSoon(finding.days, isoOf(finding.due));
    case 'contactNever':
      return f.contactNever(intervals.positiveContactDays);
    case 'contactOverdue':
      return f.contactOverdue(
        finding.days,
        isoOf(finding.lastPositive),
        intervals.positiveContactDays,
      );
    case 'contactDueSoon':
      return f.contactDueSoon(finding.days, isoOf(finding.due));
    case 'pausing':
      return f.pausing(isoOf(finding.negative), isoOf(finding.until));
    case 'pauseBroken':
      return f.pauseBroken(isoOf(finding.negative), isoOf(finding.breach));
    case 'noDecisionMaker':
      return f.noDecisionMaker;
    case 'noSupporter':
      return f.noSupporter;
    case 'strongOpponents':
      return f.strongOpponents(nameList(m, finding.names));
    case 'singleThread':
      return f.singleThread;
    case 'divisionsWithoutContact':
      return f.divisionsWithoutContact(nameList(m, finding.divisions));
    case 'noCompetitor':
      return f.noCompetitor;
    case 'staleCompetitors':
      return f.staleCompetitors(nameList(m, finding.names), intervals.reviewMonths);
    case 'reportsToCycle':
      return f.reportsToCycle(finding.names.join(' → '));
    case 'futureDated':
      return f.futureDated(finding.rows, isoOf(finding.today));
  }
}
