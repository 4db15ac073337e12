// The head of sales' dashboard as lines of cells, top to bottom (R1.2, R1.3, R2.2, R3.6,
// R4.3, R5): pure, from the model; dashboard.ts writes them and adds the charts.

import type { Severity } from '../../core/account-check';
import { type Day, isoOf } from '../../core/days';
import { joinWithin, NAME_LIST_MAX } from '../../core/fit-text';
import type { Messages } from '../../i18n';
import { SEVERITY_COLORS } from '../check/account-status';
import type { Cell, Formula } from '../sheet/writer';
import { type DashboardModel, type ListedAccount, SCORECARD_MONTHS } from './model';

/** Columns the dashboard spans. */
export const WIDTH = 7;

/** Cells the lines need from the workbook: links to a row of Accounts or Revenue, a day as a date cell. */
export interface Links {
  account: (row: number, label: string) => Formula;
  revenue: (row: number, label: string) => Formula;
  date: (day: Day) => Date;
}

export type Kind = 'title' | 'section' | 'header' | 'plain';
export interface Line {
  cells: Cell[];
  kind: Kind;
  formats?: (string | undefined)[];
  fills?: (string | undefined)[];
}

const PERCENT = '0.0%';
const MONEY = '#,##0';
const DATE = 'yyyy-mm-dd';

function line(
  kind: Kind,
  cells: Cell[],
  formats?: (string | undefined)[],
  fills?: (string | undefined)[],
): Line {
  return { kind, cells, formats, fills };
}

function percentOrBlank(value: number | undefined): number | string {
  return value === undefined ? '' : value / 100;
}

/** The dashboard as lines of cells, top to bottom (pure; links point at Accounts rows). */
export function dashboardLines(model: DashboardModel, m: Messages, links: Links): Line[] {
  const d = m.dashboard;
  const lines: Line[] = [line('title', [d.title(isoOf(model.today))]), line('plain', [])];
  lines.push(line('section', [d.concentration]));
  const c = model.concentration;
  if (c?.topClient) {
    lines.push(line('header', [d.total, d.topClient, d.topShare, d.top3, d.hhi]));
    lines.push(
      line(
        'plain',
        [c.total, c.topClient.client, c.topClient.share, c.top3Share, Math.round(c.hhi)],
        [MONEY, undefined, PERCENT, PERCENT, '#,##0'],
      ),
    );
    const mono = c.monoClients.length > 0;
    lines.push(
      line(
        'plain',
        [
          mono
            ? d.mono(
                joinWithin(c.monoClients, ', ', NAME_LIST_MAX, m.finding.andMore),
                `${Math.round(c.topClient.share * 1000) / 10} %`,
              )
            : d.noMono,
        ],
        undefined,
        [mono ? SEVERITY_COLORS.alert : undefined],
      ),
    );
  } else {
    lines.push(line('plain', [d.noRevenue]));
  }
  lines.push(line('plain', []), line('section', [d.keyWithoutAccount]));
  if (model.keyWithoutAccount.length === 0) lines.push(line('plain', [d.none]));
  else {
    lines.push(line('header', [d.client, d.share, d.tier, d.revenue, d.link]));
    for (const c of model.keyWithoutAccount)
      lines.push(
        line(
          'plain',
          [
            c.client,
            c.share,
            m.tier[c.tier],
            c.revenue,
            links.revenue(c.row, d.openRevenue(c.row)),
          ],
          [undefined, PERCENT, undefined, MONEY],
        ),
      );
  }
  lines.push(
    line('plain', []),
    line('section', [d.topClients]),
    line('header', [d.client, d.share]),
  );
  for (const client of model.topClients)
    lines.push(line('plain', [client.client, client.share], [undefined, PERCENT]));
  lines.push(
    line('plain', []),
    line('section', [d.load]),
    line('header', [d.manager, d.revenueKeyAccounts, d.revenue, d.accounts, d.warning]),
  );
  for (const load of model.loads) {
    lines.push(
      line(
        'plain',
        [
          load.manager,
          load.revenueKeyAccounts,
          load.revenue,
          load.accounts,
          load.overloaded ? d.overloaded(load.revenueKeyAccounts) : '',
        ],
        [undefined, '0', MONEY, '0'],
        [
          undefined,
          load.overloaded ? SEVERITY_COLORS.warning : undefined,
          undefined,
          undefined,
          load.overloaded ? SEVERITY_COLORS.warning : undefined,
        ],
      ),
    );
  }
  lines.push(line('plain', []), line('section', [d.scorecard(SCORECARD_MONTHS)]));
  lines.push(
    line('header', [
      d.manager,
      d.reviewsOnTime,
      d.rhythmKept,
      d.pausesRespected,
      d.planDone,
      d.dossierComplete,
    ]),
  );
  for (const card of model.cards) {
    lines.push(
      line(
        'plain',
        [
          card.manager,
          ...[
            card.reviewsOnTime,
            card.rhythmKept,
            card.pausesRespected,
            card.planDoneOnTime,
            card.dossierComplete,
          ].map(percentOrBlank),
        ],
        [undefined, PERCENT, PERCENT, PERCENT, PERCENT, PERCENT],
      ),
    );
  }
  // Both lists: days past the due day, and the date it counts from (the R3.6 and R5 Decisions).
  const list = (
    title: string,
    lastHeader: string,
    items: readonly ListedAccount[],
    statusText: (a: ListedAccount) => string,
  ) => {
    lines.push(line('plain', []), line('section', [title]));
    if (items.length === 0) {
      lines.push(line('plain', [d.none]));
      return;
    }
    lines.push(
      line('header', [d.account, d.client, d.manager, d.status, d.daysOverdue, lastHeader, d.link]),
    );
    for (const a of items) {
      lines.push(
        line(
          'plain',
          [
            a.id,
            a.client,
            a.manager,
            statusText(a),
            a.daysOverdue ?? '',
            a.last === undefined ? '' : links.date(a.last),
            links.account(a.row, d.open(a.row)),
          ],
          [undefined, undefined, undefined, undefined, '0', DATE],
        ),
      );
    }
  };
  list(d.overdueReviews, d.lastReview, model.overdueReviews, (a) =>
    a.status === 'never' ? d.neverReviewed : m.finding.short.reviewOverdue,
  );
  const contactKinds: Record<string, string> = {
    overdue: m.finding.short.contactOverdue,
    never: m.finding.short.contactNever,
    pauseBroken: m.finding.short.pauseBroken,
  };
  list(d.contactGaps, d.lastPositive, model.contactGaps, (a) => contactKinds[a.status] ?? a.status);
  lines.push(line('plain', []), line('section', [d.legend]));
  for (const severity of ['alert', 'warning', 'info', 'ok'] as Severity[]) {
    lines.push(
      line('plain', ['', d.legendItems[severity]], undefined, [SEVERITY_COLORS[severity]]),
    );
  }
  return lines;
}
