// Reads the workbook's tables once and gathers, per key account, the facts the checks need
// (R1 revenue, R3.3 people, R3.4 competitors, R3.6 reviews, R5 contacts).
import type { AccountFacts } from '../../core/account-check';
import type { Person } from '../../core/coverage';
import type { Day } from '../../core/days';
import type { RevenueRow } from '../../core/portfolio';
import { centsOf, shareOf, sumOfMoney, type Tier, tierOfRevenue } from '../../core/tier';
import { normalizeHeader, sheetDef } from '../../template/lookup';
import type { SheetKey } from '../../template/types';
import { ahead, contactsOf, day, personOf, text } from './account-facts';
import { type RowFilter, type Table, type TableRow, tableOf } from './table-read';
import type { RawTable, Workbook } from './workbook';

/** Account ids compare trimmed and case-insensitively ("ka-001" is KA-001). */
export function accountKey(id: unknown): string {
  return typeof id === 'string'
    ? id.trim().toLowerCase()
    : typeof id === 'number'
      ? String(id)
      : '';
}

export interface AccountRecord {
  id: string;
  key: string;
  /** The account's row in Accounts. */
  row: TableRow;
  facts: AccountFacts;
  /** Every review day, oldest first (R3.6, R4.3). */
  reviews: Day[];
  revenue?: number;
  share?: number;
  tier?: Tier;
}

export interface Portfolio {
  workbook: Workbook;
  tables: Partial<Record<SheetKey, Table>>;
  accounts: AccountRecord[];
  byKey: ReadonlyMap<string, AccountRecord>;
  /** Every client's revenue from the Revenue sheet and its row, for concentration (R1.2, R1.3). */
  clients: RevenueRow[];
  /**
   * The company's revenue total that shares are of (R1.1): the Settings "Company revenue
   * total" when it is set (a manager's own workbook keeps the company's figure there), else
   * the Revenue sheet's sum; never below that sum. Summed in cents.
   */
  total: number;
}

/** The sheets the checks read: one named-range read each. */
export const CHECK_SHEETS: readonly SheetKey[] = [
  'accounts',
  'revenue',
  'reviews',
  'contacts',
  'decisionGroup',
  'competitors',
];

function groupByAccount(table: Table | undefined): Map<string, TableRow[]> {
  const groups = new Map<string, TableRow[]>();
  for (const row of table?.rows ?? []) {
    const key = accountKey(row.values.accountId);
    if (key === '') continue;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

const latest = (days: readonly Day[]) => (days.length === 0 ? undefined : Math.max(...days));

/**
 * The company's revenue total that shares are of (R1.1): the Revenue sheet's sum in cents, or
 * the Settings "Company revenue total" when that is larger (a manager's own workbook lists
 * only their clients; a figure below the sheet's own sum cannot be the company's).
 * Example: clients 600 and 400 with the setting blank → 1,000; set to 10,000 → 10,000.
 */
export function companyTotalOf(
  settings: Pick<Workbook['settings'], 'companyRevenueTotal'>,
  clients: readonly { revenue: number }[],
): number {
  return Math.max(settings.companyRevenueTotal ?? 0, sumOfMoney(clients.map((c) => c.revenue)));
}

/**
 * Reads the given sheets once each and builds every account's record (pure after the reads);
 * with `today`, events dated after it are left out and counted (see `portfolioOf`).
 */
export function readPortfolio(
  workbook: Workbook,
  keys: readonly SheetKey[] = CHECK_SHEETS,
  only?: ReadonlySet<string>,
  read: Partial<Record<SheetKey, RawTable>> = {},
  today?: Day,
): Portfolio {
  const tables: Partial<Record<SheetKey, Table>> = {};
  const keep: RowFilter | undefined = only
    ? (cells, columns) => {
        const index = columns.get('accountId');
        return index === undefined || only.has(accountKey(cells[index]));
      }
    : undefined;
  for (const key of keys) {
    const def = sheetDef(key);
    const raw = read[key];
    const table = raw
      ? tableOf(def, raw.source, raw.values, workbook.zone, keep)
      : workbook.table(def, keep);
    if (table) tables[key] = table;
  }
  return portfolioOf(workbook, tables, today);
}

/**
 * Builds the account records from tables already read. With `today`, contacts, reviews, a
 * person's last contact and a competitor's last update dated after it have not happened (R5
 * Decision): they are left out of the facts the rules see, and counted as `futureDated`.
 */
export function portfolioOf(
  workbook: Workbook,
  tables: Partial<Record<SheetKey, Table>>,
  today?: Day,
): Portfolio {
  const contacts = groupByAccount(tables.contacts);
  const people = groupByAccount(tables.decisionGroup);
  const competitors = groupByAccount(tables.competitors);
  const reviews = groupByAccount(tables.reviews);
  const clients: RevenueRow[] = [];
  /** Revenue per client in cents (a client on several rows adds up exactly). */
  const centsByClient = new Map<string, number>();
  for (const { values, rowNumber } of tables.revenue?.rows ?? []) {
    const client = text(values.client)?.trim();
    const revenue = values.revenue;
    if (!client || typeof revenue !== 'number' || revenue < 0) continue;
    clients.push({ client, revenue, row: rowNumber });
    const key = normalizeHeader(client);
    centsByClient.set(key, (centsByClient.get(key) ?? 0) + centsOf(revenue));
  }
  const { settings } = workbook;
  const total = companyTotalOf(settings, clients);
  const thresholds = {
    key: settings.keyThreshold,
    critical: settings.criticalThreshold,
    mono: settings.monoThreshold,
  };
  const accounts: AccountRecord[] = [];
  for (const row of tables.accounts?.rows ?? []) {
    const key = accountKey(row.values.accountId);
    if (key === '') continue;
    const log = contactsOf(contacts.get(key) ?? [], text(row.values.manager) ?? '', today);
    const allReviews = (reviews.get(key) ?? [])
      .map((r) => day(r.values.date))
      .filter((d): d is Day => d !== undefined);
    const reviewDays = allReviews.filter((d) => !ahead(d, today)).sort((a, b) => a - b);
    const mine = {
      people: people.get(key) ?? [],
      competitors: competitors.get(key) ?? [],
    };
    const futureDated =
      log.future +
      (allReviews.length - reviewDays.length) +
      mine.people.filter((p) => ahead(p.values.lastContact, today)).length +
      mine.competitors.filter((c) => ahead(day(c.values.lastUpdated), today)).length;
    const client = text(row.values.client)?.trim();
    const cents = client && tables.revenue ? centsByClient.get(normalizeHeader(client)) : undefined;
    const revenue = cents === undefined ? undefined : cents / 100;
    const known = revenue !== undefined && total > 0;
    accounts.push({
      id: String(row.values.accountId).trim(),
      key,
      row,
      facts: {
        lastReview: latest(reviewDays),
        contacts: log.events,
        people: mine.people
          .map((p) => personOf(p, today))
          .filter((p): p is Person => p !== undefined),
        competitors: mine.competitors.map(({ values }) => ({
          name: text(values.competitor)?.trim() ?? '',
          lastUpdated: ahead(day(values.lastUpdated), today) ? undefined : day(values.lastUpdated),
          archived: values.archived === true,
        })),
        ...(futureDated > 0 ? { futureDated } : {}),
      },
      reviews: reviewDays,
      revenue,
      share: known ? shareOf(revenue, total) : undefined,
      tier: known ? tierOfRevenue(revenue, total, thresholds) : undefined,
    });
  }
  return {
    workbook,
    tables,
    accounts,
    byKey: new Map(accounts.map((a) => [a.key, a])),
    clients,
    total,
  };
}
