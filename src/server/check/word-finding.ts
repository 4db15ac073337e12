// Words a check's finding for the Accounts sheet: a short flag and a note that says why.
import type { Finding } from '../../core/account-check';
import { isoOf } from '../../core/days';
import type { Intervals } from '../../core/intervals';
import type { Messages } from '../../i18n';

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
      return f.strongOpponents(finding.names.join(', '));
    case 'singleThread':
      return f.singleThread;
    case 'divisionsWithoutContact':
      return f.divisionsWithoutContact(finding.divisions.join(', '));
    case 'noCompetitor':
      return f.noCompetitor;
    case 'staleCompetitors':
      return f.staleCompetitors(finding.names.join(', '), intervals.reviewMonths);
    case 'reportsToCycle':
      return f.reportsToCycle(finding.names.join(' → '));
  }
}
