// Each manager's morning digest from what the daily check already read (no sheet is read
// here): their own accounts only (R3.5), each account's items (R2.4, R3.3, R3.4, R3.6, R5,
// R6.2), worst first, leaving out what their last digest already told them.
import { normalEmail } from '../../core/access';
import { checkAccount } from '../../core/account-check';
import type { Day } from '../../core/days';
import {
  type DigestAccount,
  type DigestItem,
  digestItemsOf,
  leaveOutTold,
  type PlanAction,
  worstFirst,
} from '../../core/digest';
import type { Settings } from '../../template/settings';
import { accountKey, type Portfolio } from '../sheet/portfolio-read';
import type { Table } from '../sheet/table-read';

export interface ManagerDigest {
  /** The manager's e-mail as compared (trimmed, lower-case). */
  manager: string;
  /** What the e-mail lists, worst first: empty means no e-mail. */
  items: DigestItem[];
  /** Everything told once that holds today, to remember as told once this e-mail goes. */
  told: string[];
}

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/** The client person of each account's latest contact up to today (the Contacts rows already read). */
function lastPeople(contacts: Table | undefined, today: Day): Map<string, string> {
  const latest = new Map<string, { day: Day; person: string }>();
  for (const { values } of contacts?.rows ?? []) {
    const key = accountKey(values.accountId);
    const day = values.date;
    const person = text(values.clientPerson);
    if (key === '' || typeof day !== 'number' || day > today || person === '') continue;
    const found = latest.get(key);
    if (!found || day >= found.day) latest.set(key, { day, person });
  }
  return new Map([...latest].map(([key, { person }]) => [key, person]));
}

/** Each account's Plan rows (R2.4), when the Plan sheet was read. */
function plansOf(plan: Table | undefined): Map<string, PlanAction[]> {
  const byAccount = new Map<string, PlanAction[]>();
  for (const { values } of plan?.rows ?? []) {
    const key = accountKey(values.accountId);
    if (key === '') continue;
    const list = byAccount.get(key) ?? [];
    list.push({
      action: text(values.action) || text(values.objective),
      due: typeof values.due === 'number' ? values.due : undefined,
      status: typeof values.status === 'string' ? values.status : undefined,
    });
    byAccount.set(key, list);
  }
  return byAccount;
}

/**
 * The digest of every manager named in Accounts whose accounts are still run from this
 * workbook (`moved`: those Split by manager gave their own workbook), by manager. Each item
 * names its manager's own account only (R3.5). Example: KA-004's manager gets "positive
 * contact overdue by 1 day" and nobody else hears of KA-004.
 */
export function managerDigests(
  portfolio: Portfolio,
  today: Day,
  settings: Settings,
  told: (manager: string) => ReadonlySet<string>,
  moved: (manager: string) => boolean = () => false,
): ManagerDigest[] {
  const people = lastPeople(portfolio.tables.contacts, today);
  const plans = plansOf(portfolio.tables.plan);
  const byManager = new Map<string, DigestItem[]>();
  for (const record of portfolio.accounts) {
    const manager = normalEmail(text(record.row.values.manager));
    if (manager === '' || moved(manager)) continue;
    const account: DigestAccount = {
      id: record.id,
      key: record.key,
      client: text(record.row.values.client) || record.id,
      row: record.row.rowNumber,
    };
    const items = digestItemsOf(
      account,
      {
        check: checkAccount(record.facts, today, settings),
        contacts: record.facts.contacts,
        lastPerson: people.get(record.key),
        plan: plans.get(record.key) ?? [],
      },
      today,
      settings.pauseDays,
    );
    const list = byManager.get(manager) ?? [];
    list.push(...items);
    byManager.set(manager, list);
  }
  return [...byManager].map(([manager, items]) => ({
    manager,
    items: worstFirst(leaveOutTold(items, told(manager))),
    told: items.flatMap((item) => (item.news ? [item.news] : [])),
  }));
}
