// Team overview as lines of cells, formatted like the dashboard (R3.6, R4.3, R5): shares and
// scores as percentages, dates as dates, the review and contact cells coloured by severity.
import type { Severity } from '../../core/account-check';
import type { ContactStatusKind } from '../../core/contacts';
import { type Day, isoOf } from '../../core/days';
import type { ReviewStatus } from '../../core/review';
import type { Scorecard } from '../../core/scorecard';
import { type Lang, messagesFor } from '../../i18n';
import { SEVERITY_COLORS } from '../check/account-status';
import type { Line } from '../dashboard/lines';
import { SCORECARD_MONTHS } from '../dashboard/model';

const PERCENT = '0.0%';
const DATE = 'yyyy-mm-dd';

/** One account as the overview lists it. */
export interface OverviewRow {
  workbook: string;
  manager: string;
  account: string;
  client: string;
  share?: number;
  tier: string;
  reviewKind: ReviewStatus['kind'];
  review: string;
  nextReview: Date | '';
  contactKind: ContactStatusKind;
  contact: string;
  flags: string;
}

export interface TeamOverviewData {
  lang: Lang;
  today: Day;
  rows: OverviewRow[];
  cards: Scorecard[];
  unreadable: { workbook: string; reason: string }[];
}

/** Columns the overview spans. */
export const OVERVIEW_WIDTH = 10;

/** The colour of a review verdict (R3.6), as the Accounts sheet colours it. */
const REVIEW_SEVERITY: Record<ReviewStatus['kind'], Severity> = {
  never: 'alert',
  overdue: 'alert',
  dueSoon: 'warning',
  ok: 'ok',
};

/** The colour of a contact verdict (R5.1, R5.2), as the Accounts sheet colours it. */
const CONTACT_SEVERITY: Record<ContactStatusKind, Severity> = {
  never: 'alert',
  overdue: 'alert',
  pauseBroken: 'alert',
  dueSoon: 'warning',
  pausing: 'info',
  ok: 'ok',
};

const percentOrBlank = (n: number | undefined) => (n === undefined ? '' : n / 100);

/**
 * The overview as lines: a title, every account (share as a percentage, next review as a date,
 * review and contact coloured), the managers' scorecards as percentages (R4.3), and the
 * workbooks that could not be read. Example: a scorecard of 87.5 shows as 87.5 %.
 */
export function overviewLines(o: TeamOverviewData): Line[] {
  const m = messagesFor(o.lang).access.overview;
  const d = messagesFor(o.lang).dashboard;
  const line = (
    kind: Line['kind'],
    cells: Line['cells'],
    formats?: Line['formats'],
    fills?: Line['fills'],
  ): Line => ({ kind, cells, formats, fills });
  const lines: Line[] = [
    line('title', [m.title(isoOf(o.today))]),
    line('plain', []),
    line('header', [
      m.workbook,
      m.manager,
      m.account,
      m.client,
      d.share,
      m.tier,
      m.review,
      m.nextReview,
      m.contact,
      m.flags,
    ]),
  ];
  for (const r of o.rows) {
    const fills = Array<string | undefined>(OVERVIEW_WIDTH).fill(undefined);
    fills[6] = SEVERITY_COLORS[REVIEW_SEVERITY[r.reviewKind]];
    fills[8] = SEVERITY_COLORS[CONTACT_SEVERITY[r.contactKind]];
    lines.push(
      line(
        'plain',
        [
          r.workbook,
          r.manager,
          r.account,
          r.client,
          r.share ?? '',
          r.tier,
          r.review,
          r.nextReview,
          r.contact,
          r.flags,
        ],
        [undefined, undefined, undefined, undefined, PERCENT, undefined, undefined, DATE],
        fills,
      ),
    );
  }
  lines.push(
    line('plain', []),
    line('section', [m.scorecard(SCORECARD_MONTHS)]),
    line('header', [
      d.manager,
      d.accounts,
      d.reviewsOnTime,
      d.rhythmKept,
      d.pausesRespected,
      d.planDone,
      d.dossierComplete,
    ]),
  );
  for (const c of o.cards)
    lines.push(
      line(
        'plain',
        [
          c.manager,
          c.accounts,
          ...[
            c.reviewsOnTime,
            c.rhythmKept,
            c.pausesRespected,
            c.planDoneOnTime,
            c.dossierComplete,
          ].map(percentOrBlank),
        ],
        [undefined, '0', PERCENT, PERCENT, PERCENT, PERCENT, PERCENT],
      ),
    );
  lines.push(line('plain', []), line('section', [m.unreadable]));
  if (o.unreadable.length === 0) lines.push(line('plain', [m.none]));
  else {
    lines.push(line('header', [m.workbook, m.reason]));
    for (const u of o.unreadable) lines.push(line('plain', [u.workbook, u.reason]));
  }
  return lines;
}
