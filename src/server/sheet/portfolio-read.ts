// Reads the workbook's tables once and gathers, per key account, the facts the checks need
// (R1 revenue, R3.3 people, R3.4 competitors, R3.6 reviews, R5 contacts).
import type { AccountFacts } from '../../core/account-check';
import { personalOf } from '../../core/contact-rules';
import type { ContactEvent } from '../../core/contacts';
import type { Person } from '../../core/coverage';
import type { Day } from '../../core/days';
import type { RevenueRow } from '../../core/portfolio';
import { centsOf, shareOf, sumOfMoney, type Tier, tierOfRevenue } from '../../core/tier';
import { normalizeHeader, sheetDef } from '../../template/lookup';
import type { RowOf } from '../../template/rows';
import type { SheetKey } from '../../template/types';
import type { CellValue } from './table-codec';
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

const text = (v: CellValue) => (typeof v === 'string' ? v : undefined);
const day = (v: CellValue) => (typeof v === 'number' ? v : undefined);

/**
 * An account's contacts as the rules need them: "personal" by the one rule (`personalOf`,
 * the R5 Decision: the Personal cell when filled, else derived with the account's manager in
 * Accounts now) and the client person by name (R6.2).
 */
function contactsOf(rows: readonly TableRow<RowOf<'contacts'>>[], manager: string): ContactEvent[] {
  const events: ContactEvent[] = [];
  for (const { values } of rows) {
    const when = day(values.date);
    if (when === undefined) continue;
    const person = text(values.clientPerson)?.trim().toLowerCase();
    events.push({
      day: when,
      personal: personalOf(values, manager),
      outcome: values.outcome ?? 'neutral',
      ...(person ? { person } : {}),
    });
  }
  return events;
}

function personOf({ values }: TableRow<RowOf<'decisionGroup'>>): Person | undefined {
  const name = values.person?.trim();
  if (!name) return undefined;
  return {
    name,
    role: values.role,
    attitude: values.attitude,
    influence: values.influence,
    division: values.division,
    lastContact: values.lastContact,
    reportsTo: values.reportsTo,
  };
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

/** Reads the given sheets once each and builds every account's record (pure after the reads). */
export function readPortfolio(
  workbook: Workbook,
  keys: readonly SheetKey[] = CHECK_SHEETS,
  only?: ReadonlySet<string>,
  read: Partial<Record<SheetKey, RawTable>> = {},
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
  return portfolioOf(workbook, tables);
}

/** Builds the account records from tables already read. */
export function portfolioOf(
  workbook: Workbook,
  tables: Partial<Record<SheetKey, Table>>,
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
    const log = contactsOf(contacts.get(key) ?? [], text(row.values.manager) ?? '');
    const reviewDays = (reviews.get(key) ?? [])
      .map((r) => day(r.values.date))
      .filter((d): d is Day => d !== undefined)
      .sort((a, b) => a - b);
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
        contacts: log,
        people: (people.get(key) ?? []).map(personOf).filter((p): p is Person => p !== undefined),
        competitors: (competitors.get(key) ?? []).map(({ values }) => ({
          name: text(values.competitor)?.trim() ?? '',
          lastUpdated: day(values.lastUpdated),
          archived: values.archived === true,
        })),
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
