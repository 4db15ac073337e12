// Reads the workbook's tables once and gathers, per key account, the facts the checks need
// (R1 revenue, R3.3 people, R3.4 competitors, R3.6 reviews, R5 contacts).
import type { AccountFacts } from '../../core/account-check';
import type { ContactEvent } from '../../core/contacts';
import type { Person } from '../../core/coverage';
import type { Day } from '../../core/days';
import { type Tier, tierOf } from '../../core/tier';
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
  lastPositive?: Day;
  lastNegative?: Day;
  revenue?: number;
  share?: number;
  tier?: Tier;
}

export interface Portfolio {
  workbook: Workbook;
  tables: Partial<Record<SheetKey, Table>>;
  accounts: AccountRecord[];
  byKey: ReadonlyMap<string, AccountRecord>;
  /** Every client's revenue from the Revenue sheet, for concentration (R1.2, R1.3). */
  clients: { client: string; revenue: number }[];
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
 * Whether an event's day lies after `today` (R5 Decision: a contact dated later has not
 * happened): left out of every rule and counted, so the check can flag it. No `today`, no cut.
 */
const ahead = (when: Day | undefined, today: Day | undefined) =>
  when !== undefined && today !== undefined && when > today;

function contactsOf(
  rows: readonly TableRow<RowOf<'contacts'>>[],
  today: Day | undefined,
): {
  events: ContactEvent[];
  names: Map<string, Day>;
  future: number;
} {
  const events: ContactEvent[] = [];
  const names = new Map<string, Day>();
  let future = 0;
  for (const { values } of rows) {
    const when = day(values.date);
    if (when === undefined) continue;
    if (ahead(when, today)) {
      future += 1;
      continue;
    }
    events.push({
      day: when,
      personal: values.personal === true,
      outcome: values.outcome ?? 'neutral',
    });
    const name = text(values.clientPerson)?.trim().toLowerCase();
    if (name) names.set(name, Math.max(names.get(name) ?? when, when));
  }
  return { events, names, future };
}

function personOf(
  { values }: TableRow<RowOf<'decisionGroup'>>,
  today: Day | undefined,
): Person | undefined {
  const name = values.person?.trim();
  if (!name) return undefined;
  return {
    name,
    role: values.role,
    attitude: values.attitude,
    influence: values.influence,
    division: values.division,
    lastContact: ahead(values.lastContact, today) ? undefined : values.lastContact,
  };
}

const latest = (days: readonly Day[]) => (days.length === 0 ? undefined : Math.max(...days));

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
  const clients: { client: string; revenue: number }[] = [];
  const revenueByClient = new Map<string, number>();
  for (const { values } of tables.revenue?.rows ?? []) {
    const client = text(values.client)?.trim();
    const revenue = values.revenue;
    if (!client || typeof revenue !== 'number' || revenue < 0) continue;
    clients.push({ client, revenue });
    const key = normalizeHeader(client);
    revenueByClient.set(key, (revenueByClient.get(key) ?? 0) + revenue);
  }
  const total = clients.reduce((sum, c) => sum + c.revenue, 0);
  const { settings } = workbook;
  const thresholds = {
    key: settings.keyThreshold,
    critical: settings.criticalThreshold,
    mono: settings.monoThreshold,
  };
  const accounts: AccountRecord[] = [];
  for (const row of tables.accounts?.rows ?? []) {
    const key = accountKey(row.values.accountId);
    if (key === '') continue;
    const log = contactsOf(contacts.get(key) ?? [], today);
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
    const revenue =
      client && tables.revenue ? revenueByClient.get(normalizeHeader(client)) : undefined;
    const share = revenue !== undefined && total > 0 ? revenue / total : undefined;
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
        contactedNames: log.names,
        competitors: mine.competitors.map(({ values }) => ({
          name: text(values.competitor)?.trim() ?? '',
          lastUpdated: ahead(day(values.lastUpdated), today) ? undefined : day(values.lastUpdated),
          archived: values.archived === true,
        })),
        ...(futureDated > 0 ? { futureDated } : {}),
      },
      reviews: reviewDays,
      lastPositive: latest(log.events.filter((e) => e.outcome === 'positive').map((e) => e.day)),
      lastNegative: latest(log.events.filter((e) => e.outcome === 'negative').map((e) => e.day)),
      revenue,
      share,
      tier: share === undefined ? undefined : tierOf(share, thresholds),
    });
  }
  return { workbook, tables, accounts, byKey: new Map(accounts.map((a) => [a.key, a])), clients };
}
