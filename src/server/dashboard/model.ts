// What the head of sales' dashboard says (R1.2, R1.3, R2.1, R2.2, R3.6, R4.3, R5): computed
// from the portfolio, no Apps Script; dashboard.ts lays it out on a sheet.

import { addMonths, type Day } from '../../core/days';
import {
  type Concentration,
  concentrationOf,
  keyClientsWithoutAccount,
  type ManagerLoad,
  managerLoads,
  type UnmanagedClient,
} from '../../core/portfolio';
import { type RecordedBreach, type Scorecard, scorecards } from '../../core/scorecard';
import { centsOf, shareOf, sumOfMoney } from '../../core/tier';
import { normalizeHeader } from '../../template/lookup';
import type { AccountStatus } from '../check/account-status';
import { recordedBreaches } from '../dossier/breaches';
import type { Portfolio } from '../sheet/portfolio-read';
import { accountKey } from '../sheet/portfolio-read';

/** The scorecard looks back this many months (R4.3: evaluate regularly). */
export const SCORECARD_MONTHS = 6;

export interface ListedAccount {
  id: string;
  client: string;
  manager: string;
  row: number;
  /** Days past the due day (of the review, or of the next positive contact); blank when not past it. */
  daysOverdue?: number;
  /** The last review, or the last positive contact, the due day counts from. */
  last?: Day;
  status: string;
}

export interface DashboardModel {
  today: Day;
  concentration?: Concentration;
  topClients: { client: string; share: number }[];
  /** R1.1, R3: revenue key clients with no row in Accounts, largest first. */
  keyWithoutAccount: UnmanagedClient[];
  loads: ManagerLoad[];
  cards: Scorecard[];
  overdueReviews: ListedAccount[];
  contactGaps: ListedAccount[];
}

function dossierCompleteness(
  portfolio: Portfolio,
): Map<string, { filled: number; fields: number }> {
  const table = portfolio.tables.dossier;
  const result = new Map<string, { filled: number; fields: number }>();
  if (!table) return result;
  const keys = table.def.columns.filter((c) => c.key !== 'accountId').map((c) => c.key);
  for (const row of table.rows) {
    const filled = keys.filter((k) => row.values[k] !== undefined && row.values[k] !== '').length;
    result.set(accountKey(row.values.accountId), { filled, fields: keys.length });
  }
  return result;
}

/**
 * Builds the dashboard's content from the portfolio and the statuses computed today; the
 * breaches kept on record (R4.3) from the portfolio's Change history unless given.
 */
export function dashboardModel(
  portfolio: Portfolio,
  statuses: ReadonlyMap<string, AccountStatus>,
  today: Day,
  recorded: ReadonlyMap<string, readonly RecordedBreach[]> = recordedBreaches(
    portfolio.tables.history,
  ),
): DashboardModel {
  const { settings } = portfolio.workbook;
  const thresholds = {
    key: settings.keyThreshold,
    critical: settings.criticalThreshold,
    mono: settings.monoThreshold,
  };
  const concentration = concentrationOf(portfolio.clients, thresholds, portfolio.total);
  const total = concentration?.total ?? 0;
  const sorted = [...portfolio.clients].sort((a, b) => b.revenue - a.revenue);
  const top = total > 0 ? sorted.slice(0, 10) : [];
  const topClients = top.map((c) => ({ client: c.client, share: shareOf(c.revenue, total) }));
  // Everything else: the smaller clients and, in a manager's own workbook, other managers'.
  const rest = total - sumOfMoney(top.map((c) => c.revenue));
  if (total > 0 && centsOf(rest) > 0) topClients.push({ client: '…', share: shareOf(rest, total) });
  const manager = (values: Record<string, unknown>) =>
    typeof values.manager === 'string' ? values.manager : '';
  const loads = managerLoads(
    portfolio.accounts.map((a) => ({
      manager: manager(a.row.values),
      revenue: a.revenue,
      tier: a.tier,
    })),
  );
  const dossier = dossierCompleteness(portfolio);
  const planByAccount = new Map<string, { due?: Day; done: boolean }[]>();
  for (const row of portfolio.tables.plan?.rows ?? []) {
    const key = accountKey(row.values.accountId);
    const list = planByAccount.get(key) ?? [];
    list.push({
      due: typeof row.values.due === 'number' ? row.values.due : undefined,
      done: row.values.status === 'done',
    });
    planByAccount.set(key, list);
  }
  const cards = scorecards(
    portfolio.accounts
      .filter((a) => manager(a.row.values) !== '')
      .map((a) => ({
        manager: manager(a.row.values),
        reviews: a.reviews,
        contacts: a.facts.contacts,
        recordedBreaches: recorded.get(a.key) ?? [],
        plan: planByAccount.get(a.key) ?? [],
        dossierFilled: dossier.get(a.key)?.filled ?? 0,
        dossierFields: dossier.get(a.key)?.fields ?? 0,
      })),
    addMonths(today, -SCORECARD_MONTHS),
    today,
    settings,
  );
  const listed = (
    a: (typeof portfolio.accounts)[number],
    status: string,
    daysOverdue?: number,
    last?: Day,
  ): ListedAccount => ({
    id: a.id,
    client: typeof a.row.values.client === 'string' ? a.row.values.client : '',
    manager: manager(a.row.values),
    row: a.row.rowNumber,
    daysOverdue,
    last,
    status,
  });
  const overdueReviews: ListedAccount[] = [];
  const contactGaps: ListedAccount[] = [];
  for (const a of portfolio.accounts) {
    const status = statuses.get(a.id);
    if (!status) continue;
    const { review, contact } = status;
    if (review.kind === 'overdue')
      overdueReviews.push(listed(a, 'overdue', review.daysOverdue, a.facts.lastReview));
    if (review.kind === 'never') overdueReviews.push(listed(a, 'never'));
    if (['overdue', 'never', 'pauseBroken'].includes(contact.kind)) {
      const late =
        contact.due !== undefined && today > contact.due ? today - contact.due : undefined;
      contactGaps.push(listed(a, contact.kind, late, contact.lastPositive));
    }
  }
  // Worst first: never (no due day at all) and broken pauses, then the most days overdue.
  const worst = (x: ListedAccount, y: ListedAccount) =>
    (y.daysOverdue ?? Infinity) - (x.daysOverdue ?? Infinity);
  overdueReviews.sort(worst);
  contactGaps.sort(worst);
  const accountClients = new Set(
    portfolio.accounts.map((a) =>
      normalizeHeader(typeof a.row.values.client === 'string' ? a.row.values.client : ''),
    ),
  );
  const keyWithoutAccount = keyClientsWithoutAccount(
    portfolio.clients,
    (client) => accountClients.has(normalizeHeader(client)),
    portfolio.total,
    thresholds,
    normalizeHeader,
  );
  return {
    today,
    concentration,
    topClients,
    keyWithoutAccount,
    loads,
    cards,
    overdueReviews,
    contactGaps,
  };
}
