// The head of sales' dashboard sheet (R1.2, R1.3, R2.2, R3.6, R4.3, R5): built from the
// model in one block (values, weights, fills, formats: one call each) plus two charts.

import type { Severity } from '../../core/account-check';
import { dayOfDate, isoOf } from '../../core/days';
import { type Messages, messagesFor } from '../../i18n';
import { SHEETS } from '../../template/workbook';
import { type AccountStatus, SEVERITY_COLORS, statusOf } from '../check/account-status';
import { CHECK_SHEETS, type Portfolio, portfolioOf, readPortfolio } from '../sheet/portfolio-read';
import { openWorkbook } from '../sheet/workbook';
import { type DashboardModel, dashboardModel, type ListedAccount, SCORECARD_MONTHS } from './model';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const WIDTH = 6;
const TITLE_FILL = '#e8eaed';

type Kind = 'title' | 'section' | 'header' | 'plain';
interface Line {
  cells: unknown[];
  kind: Kind;
  formats?: (string | undefined)[];
  fills?: (string | undefined)[];
}

const PERCENT = '0.0%';
const MONEY = '#,##0';

function line(
  kind: Kind,
  cells: unknown[],
  formats?: (string | undefined)[],
  fills?: (string | undefined)[],
): Line {
  return { kind, cells, formats, fills };
}

function percentOrBlank(value: number | undefined): number | string {
  return value === undefined ? '' : value / 100;
}

/** The dashboard as lines of cells, top to bottom (pure; links point at Accounts rows). */
export function dashboardLines(
  model: DashboardModel,
  m: Messages,
  link: (row: number) => string,
): Line[] {
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
            ? d.mono(c.monoClients.join(', '), `${Math.round(c.topClient.share * 1000) / 10} %`)
            : d.noMono,
        ],
        undefined,
        [mono ? SEVERITY_COLORS.alert : undefined],
      ),
    );
  } else {
    lines.push(line('plain', [d.noRevenue]));
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
  const list = (
    title: string,
    items: readonly ListedAccount[],
    statusText: (a: ListedAccount) => string,
  ) => {
    lines.push(line('plain', []), line('section', [title]));
    if (items.length === 0) {
      lines.push(line('plain', [d.none]));
      return;
    }
    lines.push(line('header', [d.account, d.client, d.manager, d.status, d.days, d.link]));
    for (const a of items) {
      lines.push(
        line(
          'plain',
          [
            a.id,
            a.client,
            a.manager,
            statusText(a),
            a.days ?? '',
            `=HYPERLINK("${link(a.row)}","${d.open(a.row)}")`,
          ],
          [undefined, undefined, undefined, undefined, '0'],
        ),
      );
    }
  };
  list(d.overdueReviews, model.overdueReviews, (a) =>
    a.status === 'never' ? d.neverReviewed : m.finding.short.reviewOverdue,
  );
  const contactKinds: Record<string, string> = {
    overdue: m.finding.short.contactOverdue,
    never: m.finding.short.contactNever,
    pauseBroken: m.finding.short.pauseBroken,
  };
  list(d.contactGaps, model.contactGaps, (a) => contactKinds[a.status] ?? a.status);
  lines.push(line('plain', []), line('section', [d.legend]));
  for (const severity of ['alert', 'warning', 'info', 'ok'] as Severity[]) {
    lines.push(
      line('plain', ['', d.legendItems[severity]], undefined, [SEVERITY_COLORS[severity]]),
    );
  }
  return lines;
}

/**
 * Rebuilds the dashboard sheet (created on first use in the workbook's language). Given the
 * portfolio a check has just read, it reads only Plan and Dossier besides.
 */
export function refreshDashboard(spreadsheet: Spreadsheet, now: Date, checked?: Portfolio): void {
  const workbook = checked?.workbook ?? openWorkbook(spreadsheet, SHEETS);
  const m = messagesFor(workbook.lang);
  const portfolio = checked
    ? portfolioOf(workbook, {
        ...checked.tables,
        ...readPortfolio(workbook, ['plan', 'dossier']).tables,
      })
    : readPortfolio(workbook, [...CHECK_SHEETS, 'plan', 'dossier']);
  const today = dayOfDate(now, workbook.zone);
  const statuses = new Map<string, AccountStatus>();
  for (const record of portfolio.accounts)
    statuses.set(record.id, statusOf(record, workbook, today));
  const model = dashboardModel(portfolio, statuses, today);
  const accountsSheet = portfolio.tables.accounts?.source.sheet();
  const gid = accountsSheet ? accountsSheet.getSheetId() : 0;
  const lines = dashboardLines(model, m, (row) => `#gid=${gid}&range=A${row}`);
  let sheet = spreadsheet.getSheetByName(m.dashboard.sheet);
  if (sheet) {
    for (const chart of sheet.getCharts()) sheet.removeChart(chart);
    sheet.clear();
  } else {
    sheet = spreadsheet.insertSheet(m.dashboard.sheet, 0);
  }
  const pad = <T>(cells: T[], fill: T) =>
    [...cells, ...Array<T>(WIDTH - cells.length).fill(fill)].slice(0, WIDTH);
  const range = sheet.getRange(1, 1, lines.length, WIDTH);
  range.setValues(lines.map((l) => pad(l.cells, '')));
  range.setFontWeights(lines.map((l) => pad([], l.kind === 'plain' ? 'normal' : 'bold')));
  range.setBackgrounds(
    lines.map((l) =>
      pad(
        (l.fills ?? []).map(
          (f) => f ?? (l.kind === 'section' || l.kind === 'title' ? TITLE_FILL : '#ffffff'),
        ),
        l.kind === 'section' || l.kind === 'title' ? TITLE_FILL : '#ffffff',
      ),
    ),
  );
  range.setNumberFormats(
    lines.map((l) =>
      pad(
        (l.formats ?? []).map((f) => f ?? 'General'),
        'General',
      ),
    ),
  );
  sheet.setColumnWidths(1, WIDTH, 170);
  addCharts(sheet, lines, m);
}

/** A pie of the largest clients' shares and a column chart of revenue key accounts per manager. */
function addCharts(sheet: GoogleAppsScript.Spreadsheet.Sheet, lines: Line[], m: Messages): void {
  const chart = (
    section: string,
    type: GoogleAppsScript.Charts.ChartType,
    title: string,
    anchorRow: number,
  ) => {
    const header = lines.findIndex((l) => l.cells[0] === section) + 2;
    let rows = 0;
    while (
      header + rows < lines.length &&
      lines[header + rows].kind === 'plain' &&
      lines[header + rows].cells.length > 0
    )
      rows++;
    if (rows === 0) return;
    sheet.insertChart(
      sheet
        .newChart()
        .setChartType(type)
        .addRange(sheet.getRange(header, 1, rows + 1, 2))
        .setOption('title', title)
        .setPosition(anchorRow, WIDTH + 2, 0, 0)
        .build(),
    );
  };
  chart(m.dashboard.topClients, Charts.ChartType.PIE, m.dashboard.concentrationChart, 3);
  chart(m.dashboard.load, Charts.ChartType.COLUMN, m.dashboard.loadChart, 22);
}
