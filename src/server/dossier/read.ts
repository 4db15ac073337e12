// One account's rows across the dossier's sheets (one read per sheet), and the account's
// revision: a hash of those rows' contents, so that a save can tell the account changed.

import { fail } from '../../dossier/validate';
import { sheetDef } from '../../template/lookup';
import type { SheetKey } from '../../template/types';
import { accountKey } from '../sheet/portfolio-read';
import type { CellValue } from '../sheet/table-codec';
import type { Table, TableRow } from '../sheet/table-read';
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
] as const satisfies readonly SheetKey[];

export type DossierSheet = (typeof DOSSIER_SHEETS)[number];
export type DossierTables = Record<DossierSheet, Table>;

/** Reads every dossier sheet once; a missing one means the workbook was never set up. */
export function readDossierTables(workbook: Workbook): DossierTables {
  const tables = {} as DossierTables;
  for (const key of DOSSIER_SHEETS) {
    const table = workbook.table(sheetDef(key));
    if (!table?.columns.has('accountId')) return fail('NOT_SET_UP', 'payload');
    tables[key] = table;
  }
  return tables;
}

export interface AccountRows {
  /** The account's row in Accounts. */
  account: TableRow;
  /** The account's rows of each sheet, in sheet order (an item's index is its place here). */
  rows: Record<DossierSheet, TableRow[]>;
}

/** Finds an account by id (trimmed, any case) and gathers its rows, or undefined. */
export function accountRowsOf(tables: DossierTables, id: string): AccountRows | undefined {
  const wanted = accountKey(id);
  const account = tables.accounts.rows.find((row) => accountKey(row.values.accountId) === wanted);
  if (!account || wanted === '') return undefined;
  const rows = {} as Record<DossierSheet, TableRow[]>;
  for (const key of DOSSIER_SHEETS) {
    rows[key] =
      key === 'accounts'
        ? [account]
        : tables[key].rows.filter((row) => accountKey(row.values.accountId) === wanted);
  }
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
 * The account's revision: 16 hex digits hashing, sheet by sheet, the contents of its rows
 * in order, leaving out the columns the add-on computes (the daily check rewrites the status
 * cells; that is no edit of the dossier). Derived rather than stored, so an edit typed
 * straight into the sheet changes it too, and no counter can drift from the data.
 */
export function revisionOf(tables: DossierTables, rows: AccountRows): string {
  const parts: unknown[] = [];
  for (const key of DOSSIER_SHEETS) {
    const columns = tables[key].def.columns.filter((c) => !c.computed);
    parts.push(
      key,
      rows.rows[key].map((row) => columns.map((c) => cell(row.values[c.key]))),
    );
  }
  const text = JSON.stringify(parts);
  const hex = (n: number) => n.toString(16).padStart(14, '0').slice(-8);
  return hex(cyrb53(text, 1)) + hex(cyrb53(text, 2));
}
