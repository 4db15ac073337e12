// Split by manager (R3.5): which rows of each sheet go to which manager's workbook. Every row
// that names an account goes to exactly one workbook; rows of unknown accounts are reported.
import { type AccountPeople, normalEmail } from './access';

export interface ManagerShare {
  /** The manager's e-mail as written in Accounts (first spelling met). */
  manager: string;
  /** Their direct supervisors, normally one (R3.5); several when Accounts disagrees. */
  supervisors: string[];
  /** Account keys (accountKey) of the manager's accounts, in Accounts order. */
  accounts: string[];
  /** Clients of those accounts, normalised, for the Revenue sheet. */
  clients: string[];
}

export interface SplitPlan {
  managers: ManagerShare[];
  /** Account key → normalised manager e-mail. */
  managerOf: Map<string, string>;
  /** Accounts without a manager e-mail: they stay in the source workbook only. */
  unassigned: string[];
}

export interface PlannedAccount extends AccountPeople {
  key: string;
  /** The account id as Accounts spells it, for messages. */
  id?: string;
  client?: string;
}

/**
 * Groups accounts by manager (R2, R3.5). Example: KA-001 and KA-003 of ruta@x.lt, KA-002 of
 * jonas@x.lt → two shares, Rūta's with two accounts.
 */
export function splitPlan(
  accounts: readonly PlannedAccount[],
  normalClient: (client: string) => string = (c) => c.trim().toLowerCase(),
): SplitPlan {
  const byManager = new Map<string, ManagerShare>();
  const managerOf = new Map<string, string>();
  const unassigned: string[] = [];
  for (const a of accounts) {
    const manager = (a.manager ?? '').trim();
    const key = normalEmail(manager);
    if (key === '') {
      unassigned.push(a.key);
      continue;
    }
    if (managerOf.has(a.key)) continue;
    const share = byManager.get(key) ?? {
      manager,
      supervisors: [],
      accounts: [],
      clients: [],
    };
    share.accounts.push(a.key);
    const supervisor = (a.supervisor ?? '').trim();
    if (
      supervisor !== '' &&
      !share.supervisors.some((s) => normalEmail(s) === normalEmail(supervisor))
    )
      share.supervisors.push(supervisor);
    const client = a.client ? normalClient(a.client) : '';
    if (client !== '' && !share.clients.includes(client)) share.clients.push(client);
    byManager.set(key, share);
    managerOf.set(a.key, key);
  }
  return { managers: [...byManager.values()], managerOf, unassigned };
}

/**
 * Sorts row indexes by the manager of the account each names: every row lands in one bucket,
 * `orphans` when its account is not in the plan. Example: rows of KA-001, KA-002, KA-404 →
 * one row each for two managers, one orphan.
 */
export function partitionRows(
  keys: readonly string[],
  plan: Pick<SplitPlan, 'managerOf'>,
): { byManager: Map<string, number[]>; orphans: number[] } {
  const byManager = new Map<string, number[]>();
  const orphans: number[] = [];
  keys.forEach((key, i) => {
    const manager = plan.managerOf.get(key);
    if (manager === undefined) {
      orphans.push(i);
      return;
    }
    const list = byManager.get(manager) ?? [];
    list.push(i);
    byManager.set(manager, list);
  });
  return { byManager, orphans };
}
