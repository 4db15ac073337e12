// R1.2–R1.3 and R2.1–R2.2 for the head of sales: how concentrated revenue is, and how many
// revenue key accounts each manager carries.
import { herfindahlIndex, topShare } from './concentration';
import { centsOf, shareOf, sumOfMoney, type Thresholds, type Tier, tierOfRevenue } from './tier';

export interface ClientRevenue {
  client: string;
  revenue: number;
}

export interface Concentration {
  total: number;
  topClient?: { client: string; share: number; tier: Tier };
  top3Share: number;
  hhi: number;
  /** R1.3: clients above the mono-client threshold; start building new relationships now. */
  monoClients: string[];
}

/**
 * Revenue concentration of the portfolio (R1.2, R1.3): the top client's share, the top 3's,
 * the HHI and any mono-client. The total is summed in cents (or the company total, when a
 * manager's own workbook lists only their clients) and every tier compared exactly
 * (`tierOfRevenue`), so a client at exactly 50 % is not a mono-client. Example: 60/30/10 →
 * top 60 % (mono-client), top 3 100 %, HHI 4600.
 */
export function concentrationOf(
  revenues: readonly ClientRevenue[],
  thresholds: Thresholds,
  companyTotal?: number,
): Concentration | undefined {
  const positive = revenues.filter((r) => r.revenue > 0);
  const total = Math.max(sumOfMoney(positive.map((r) => r.revenue)), companyTotal ?? 0);
  if (total <= 0 || positive.length === 0) return undefined;
  const sorted = [...positive].sort((a, b) => b.revenue - a.revenue);
  const amounts = sorted.map((r) => r.revenue);
  const top = sorted[0];
  return {
    total,
    topClient: {
      client: top.client,
      share: shareOf(top.revenue, total),
      tier: tierOfRevenue(top.revenue, total, thresholds),
    },
    top3Share: topShare(amounts, 3, total),
    hhi: herfindahlIndex(amounts, total),
    monoClients: sorted
      .filter((r) => tierOfRevenue(r.revenue, total, thresholds) === 'mono')
      .map((r) => r.client),
  };
}

/** A client on the Revenue sheet, with the sheet row it is first named on. */
export interface RevenueRow extends ClientRevenue {
  row: number;
}

export interface UnmanagedClient {
  client: string;
  revenue: number;
  share: number;
  tier: Tier;
  /** The client's first row on the Revenue sheet, for a link. */
  row: number;
}

/**
 * R1.1 and R3: every revenue key client needs a manager and a dossier, so every client at or
 * above the key threshold with no account is listed, worst first (largest share). A client on
 * several rows counts once, its revenue added up (rows matched by the caller's `keyOf`, the
 * same matching its `hasAccount` uses, so that a row and its account always agree).
 * Example: clients of 30 %, 12 % and 4 % of which only the first has an account → the 12 % one.
 */
export function keyClientsWithoutAccount(
  clients: readonly RevenueRow[],
  hasAccount: (client: string) => boolean,
  total: number,
  thresholds: Thresholds,
  keyOf: (client: string) => string,
): UnmanagedClient[] {
  const byClient = new Map<string, { client: string; cents: number; row: number }>();
  for (const c of clients) {
    const key = keyOf(c.client);
    const seen = byClient.get(key);
    if (seen) seen.cents += centsOf(c.revenue);
    else byClient.set(key, { client: c.client, cents: centsOf(c.revenue), row: c.row });
  }
  if (total <= 0) return [];
  return [...byClient.values()]
    .filter((c) => !hasAccount(c.client))
    .map((c) => ({ ...c, revenue: c.cents / 100 }))
    .map((c) => ({
      client: c.client,
      revenue: c.revenue,
      share: shareOf(c.revenue, total),
      tier: tierOfRevenue(c.revenue, total, thresholds),
      row: c.row,
    }))
    .filter((c) => c.tier !== 'regular')
    .sort((a, b) => b.revenue - a.revenue);
}

/** R2.2: a manager usually carries 1 to 3 key clients that already bring revenue. */
export const MAX_REVENUE_KEY_ACCOUNTS = 3;

export interface ManagerLoad {
  manager: string;
  /** R2.1: key accounts by revenue (tier Key or above). */
  revenueKeyAccounts: number;
  revenue: number;
  /** All accounts the manager carries, prospective and others included. */
  accounts: number;
  /** R2.2: more than 3 revenue key accounts. */
  overloaded: boolean;
}

export interface ManagedAccount {
  manager: string;
  revenue?: number;
  tier?: Tier;
}

/**
 * Each manager's load (R2.1: by the revenue they bring; R2.2: 1–3 revenue key accounts).
 * Example: four accounts tiered Key or above → overloaded.
 */
export function managerLoads(accounts: readonly ManagedAccount[]): ManagerLoad[] {
  const byManager = new Map<string, ManagerLoad>();
  for (const account of accounts) {
    const name = account.manager.trim();
    if (name === '') continue;
    const load = byManager.get(name) ?? {
      manager: name,
      revenueKeyAccounts: 0,
      revenue: 0,
      accounts: 0,
      // Stryker disable next-line BooleanLiteral: `load.overloaded = …` below sets it from the count on every account, before any load is returned, so this first value is never read.
      overloaded: false,
    };
    load.accounts += 1;
    load.revenue += account.revenue ?? 0;
    if (account.tier !== undefined && account.tier !== 'regular') load.revenueKeyAccounts += 1;
    load.overloaded = load.revenueKeyAccounts > MAX_REVENUE_KEY_ACCOUNTS;
    byManager.set(name, load);
  }
  return [...byManager.values()].sort((a, b) => b.revenue - a.revenue);
}
