// One account's rows across the dossier's sheets (one read per sheet, only the sheets a call
// needs), and each row's key: a fingerprint of its values, so an edit finds the row it was
// loaded from however rows around it moved (R3: the dossier; R4.3: the record is kept).

import type { Day } from '../../core/days';
import { LAZY_SECTIONS } from '../../dossier/types';
import { fail } from '../../dossier/validate';
import { sheetDef } from '../../template/lookup';
import type { RowOf } from '../../template/rows';
import type { SheetKey } from '../../template/types';
import { openNarrow, readAccountsFor, readsNarrowly } from '../sheet/narrow-read';
import { type AccountRecord, accountKey, portfolioOf } from '../sheet/portfolio-read';
import type { CellValue } from '../sheet/table-codec';
import { cellsOf, type Table, type TableRow } from '../sheet/table-read';
import type { Workbook } from '../sheet/workbook';

/** The sheets a dossier is made of (R3, R3.6, R5, R2.4); Revenue is the checks' business. */
export const DOSSIER_SHEETS = [
  'accounts',
  'dossier',
  'decisionGroup',
  'competitors',
  'contacts',
  'reviews',
  'plan',
  'whitespace',
] as const satisfies readonly SheetKey[];

export type DossierSheet = (typeof DOSSIER_SHEETS)[number];

/**
 * The sheets a sidebar load reads: the dossier's but the lazy sections' (Plan, Whitespace),
 * which the sidebar fetches when their section opens (kamLoadSection).
 */
export const LOAD_SHEETS: readonly DossierSheet[] = DOSSIER_SHEETS.filter(
  (key) => !(LAZY_SECTIONS as readonly string[]).includes(key),
);

/** Whether a sheet is one of the dossier's. */
export function isDossierSheet(key: string): key is DossierSheet {
  return (DOSSIER_SHEETS as readonly string[]).includes(key);
}

/** The sheets an account's status depends on besides Accounts (R3.3, R3.4, R3.6, R5, R6.2). */
export const STATUS_SHEETS = [
  'decisionGroup',
  'competitors',
  'contacts',
  'reviews',
] as const satisfies readonly DossierSheet[];

/** The dossier's tables a call read, typed per sheet; Accounts always. */
export type DossierTables = { accounts: Table<'accounts'> } & {
  [K in DossierSheet]?: Table<K>;
};

/**
 * Reads Accounts and the given dossier sheets once each; a missing one means no set-up. In a
 * large workbook (NARROW_FROM_ACCOUNTS accounts or more) and given `accountOf`, which names
 * the one account the call is about once Accounts is read, the other sheets are read narrowly:
 * that account's rows only (the whole of Contacts at 1,000 accounts is some 11 s).
 */
export function readDossierTables(
  workbook: Workbook,
  keys: readonly DossierSheet[] = DOSSIER_SHEETS,
  accountOf?: (accounts: Table<'accounts'>) => string | undefined,
): DossierTables {
  const accounts = setUp(workbook.table(sheetDef('accounts')));
  const only =
    accountOf && readsNarrowly(accounts.rows.length) ? onlyAccount(accountOf(accounts)) : null;
  return { accounts, ...sheetsOf(workbook, keys, only) };
}

/**
 * The sidebar's load (LOAD_SHEETS, about the account `accountOf` names): in a small workbook
 * every sheet whole, Accounts with every account for the list to pick from (`listed`); in a
 * large one Accounts and the other sheets narrowly, the account's rows only, and no list (the
 * sidebar asks for it with its own call).
 */
export function readForLoad(
  workbook: Workbook,
  accountOf: (accounts: Table<'accounts'>) => string | undefined,
): { tables: DossierTables; listed: boolean } {
  const read = readAccountsFor(workbook, accountOf);
  const accounts = setUp(read?.table);
  const only = read?.whole === false ? onlyAccount(read.picked) : null;
  return {
    tables: { accounts, ...sheetsOf(workbook, LOAD_SHEETS, only) },
    listed: read?.whole !== false,
  };
}

const setUp = <K extends DossierSheet>(table: Table<K> | undefined): Table<K> =>
  table?.columns.has('accountId') ? table : fail('NOT_SET_UP', 'payload');

/** The account keys a narrow read keeps: the account named, none when none (or a blank id) is. */
const onlyAccount = (id: string | undefined): ReadonlySet<string> =>
  new Set([accountKey(id)].filter((key) => key !== ''));

/** The dossier sheets besides Accounts: whole (`only` null), or the rows of the accounts `only` holds. */
function sheetsOf(
  workbook: Workbook,
  keys: readonly DossierSheet[],
  only: ReadonlySet<string> | null,
): Omit<DossierTables, 'accounts'> {
  const wanted = new Set<DossierSheet>(keys);
  const read = <K extends DossierSheet>(key: K): Table<K> =>
    setUp(only === null ? workbook.table(sheetDef(key)) : openNarrow(workbook, key)?.table(only));
  const maybe = <K extends DossierSheet>(key: K) => (wanted.has(key) ? read(key) : undefined);
  return {
    dossier: maybe('dossier'),
    decisionGroup: maybe('decisionGroup'),
    competitors: maybe('competitors'),
    contacts: maybe('contacts'),
    reviews: maybe('reviews'),
    plan: maybe('plan'),
    whitespace: maybe('whitespace'),
  };
}

/** An account's rows of each dossier sheet read, typed per sheet, in sheet order. */
export type RowsBySheet = { [K in DossierSheet]?: readonly TableRow<RowOf<K>>[] };

export interface AccountRows {
  /** The account's row in Accounts. */
  account: TableRow<RowOf<'accounts'>>;
  rows: RowsBySheet;
}

/** Finds an account by id (trimmed, any case) and gathers its rows, or undefined. */
export function accountRowsOf(tables: DossierTables, id: string): AccountRows | undefined {
  const wanted = accountKey(id);
  const account = tables.accounts.rows.find((row) => accountKey(row.values.accountId) === wanted);
  if (!account || wanted === '') return undefined;
  const mine = <K extends DossierSheet>(table: Table<K> | undefined) =>
    table?.rows.filter((row) => accountKey(cellsOf(row).accountId) === wanted);
  const rows: RowsBySheet = {
    accounts: [account],
    dossier: mine(tables.dossier),
    decisionGroup: mine(tables.decisionGroup),
    competitors: mine(tables.competitors),
    contacts: mine(tables.contacts),
    reviews: mine(tables.reviews),
    plan: mine(tables.plan),
    whitespace: mine(tables.whitespace),
  };
  return { account, rows };
}

/** 53-bit string hash (cyrb53 by bryc, public domain): fast, no service call, well spread. */
function cyrb53(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

const cell = (value: CellValue) => (value === undefined ? null : value);

/**
 * The keys of an account's rows of one sheet: 16 hex digits hashing the row's values
 * (leaving out the columns the add-on computes: the daily check rewrites them, which is no
 * edit), then which of identical rows it is. Derived, not stored, so an edit typed straight
 * into the sheet changes the key too. Example: two identical plan rows → "…a1.0", "…a1.1".
 */
export function rowKeys(table: Table, rows: readonly TableRow[]): string[] {
  const columns = table.def.columns.filter((c) => !c.computed && c.key !== 'accountId');
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const text = JSON.stringify(columns.map((c) => cell(row.values[c.key])));
    const hex = (n: number) => n.toString(16).padStart(14, '0').slice(-8);
    const hash = hex(cyrb53(text, 1)) + hex(cyrb53(text, 2));
    const n = seen.get(hash) ?? 0;
    seen.set(hash, n + 1);
    return `${hash}.${n}`;
  });
}

/** The row loaded with `key` among the account's rows of a sheet, or undefined when it changed or went. */
export function rowByKey(
  table: Table,
  rows: readonly TableRow[],
  key: string,
): TableRow | undefined {
  const index = rowKeys(table, rows).indexOf(key);
  return index < 0 ? undefined : rows[index];
}

/**
 * The account's record for the checks, from the dossier tables; the tier as Accounts shows it.
 * With `today`, events dated after it are left out and counted (portfolioOf).
 */
export function recordOf(
  workbook: Workbook,
  tables: DossierTables,
  rows: AccountRows,
  today?: Day,
): AccountRecord {
  const record = portfolioOf(
    workbook,
    {
      accounts: { ...tables.accounts, rows: [rows.account] },
      contacts: tables.contacts,
      decisionGroup: tables.decisionGroup,
      competitors: tables.competitors,
      reviews: tables.reviews,
    },
    today,
  ).accounts[0];
  return { ...record, tier: rows.account.values.tier };
}
