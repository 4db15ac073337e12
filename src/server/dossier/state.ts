// What the sidebar shows for one account, built from tables already read (pure after the
// reads): its dossier, lists with their row keys, coverage (R3.3, R6.2), contact rhythm and
// pause (R5), review (R3.6), findings. A load builds all of it; a save only what it read.
import type { AccountCheck } from '../../core/account-check';
import { type Day, isoOf } from '../../core/days';
import { fail } from '../../core/errors';
import { fieldsFor } from '../../dossier/fields';
import type {
  AccountChoice,
  AccountPatch,
  AccountView,
  DossierState,
  FieldValue,
  Item,
  LoadedView,
  Values,
} from '../../dossier/types';
import { CONTACTS_SHOWN, LAZY_SECTIONS } from '../../dossier/types';
import { messagesFor } from '../../i18n';
import type { ColumnDef } from '../../template/types';
import type { AccountRecord } from '../sheet/portfolio-read';
import type { CellValue } from '../sheet/table-codec';
import type { Table, TableRow } from '../sheet/table-read';
import type { Workbook } from '../sheet/workbook';
import { canOpen, type Viewer } from './access';
import { contactsOnRecord } from './breaches';
import { type AccountRows, accountRowsOf, type DossierTables, rowKeys } from './read';
import { statusParts } from './status-parts';

/** A typed cell as it travels: dates as ISO text, blanks as null (google.script.run refuses Date). */
export function wireOf(column: ColumnDef, value: CellValue): FieldValue {
  if (value === undefined) return null;
  if (column.type === 'date') return typeof value === 'number' ? isoOf(value) : null;
  if (Array.isArray(value)) return [...value];
  return value as string | number | boolean;
}

function valuesOf(row: TableRow | undefined, columns: readonly ColumnDef[]): Values {
  const values: Values = {};
  for (const column of columns) {
    if (column.key === 'accountId') continue;
    values[column.key] = wireOf(column, row?.values[column.key]);
  }
  return values;
}

function itemsOf(table: Table, rows: readonly TableRow[]): Item[] {
  const keys = rowKeys(table, rows);
  return rows.map((row, i) => ({ key: keys[i], values: valuesOf(row, table.def.columns) }));
}

const newestFirst = (a: Item, b: Item) =>
  String(b.values.date ?? '').localeCompare(String(a.values.date ?? ''));

/** The accounts a viewer may open, for the sidebar's picker (R3.5). */
export function accountChoices(tables: DossierTables, viewer: Viewer): AccountChoice[] {
  return tables.accounts.rows
    .filter((row) => typeof row.values.accountId === 'string' && row.values.accountId.trim() !== '')
    .filter((row) => canOpen(viewer, row))
    .map((row) => ({
      id: String(row.values.accountId).trim(),
      client: typeof row.values.client === 'string' ? row.values.client : '',
    }));
}

/**
 * The parts of one account's view that the tables read allow: each list from its sheet, and
 * the status parts from `status` (the record and check of the day) when the call has them.
 */
export function accountPatch(
  workbook: Workbook,
  tables: DossierTables,
  rows: AccountRows,
  status?: { record: AccountRecord; check: AccountCheck; today: Day },
): AccountPatch {
  const { account } = rows;
  const text = (v: CellValue) => (typeof v === 'string' ? v : '');
  const patch: AccountPatch = {
    id: String(account.values.accountId).trim(),
    client: text(account.values.client),
    manager: text(account.values.manager),
    supervisor: text(account.values.supervisor),
  };
  const list = (
    key: 'decisionGroup' | 'competitors' | 'contacts' | 'reviews' | 'plan' | 'whitespace',
  ) => {
    const table = tables[key];
    const mine = rows.rows[key];
    return table && mine ? itemsOf(table, mine) : undefined;
  };
  if (tables.dossier && rows.rows.dossier) {
    const row = rows.rows.dossier[0];
    patch.dossier = valuesOf(row, tables.dossier.def.columns);
    patch.dossierKey = row ? rowKeys(tables.dossier, [row])[0] : '';
  }
  const people = list('decisionGroup');
  if (people) patch.people = people;
  const competitors = list('competitors');
  if (competitors) patch.competitors = competitors;
  const plan = list('plan');
  if (plan) patch.plan = plan;
  const whitespace = list('whitespace');
  if (whitespace) patch.whitespace = whitespace;
  const contacts = list('contacts');
  const contactRows = rows.rows.contacts;
  const onRecord =
    status && contacts && contactRows
      ? contactsOnRecord(
          workbook,
          tables,
          account,
          contactRows,
          contacts.map((c) => c.key),
          status.today,
        )
      : [];
  if (contacts) {
    patch.contacts = [...contacts].sort(newestFirst).slice(0, CONTACTS_SHOWN);
    patch.contactCount = contacts.length;
  }
  const reviews = list('reviews');
  if (reviews) patch.reviews = reviews.sort(newestFirst);
  return status
    ? { ...patch, ...statusParts(workbook, status.record, status.check, onRecord) }
    : patch;
}

/**
 * The whole state: the accounts the viewer may open (unless not `listed`: Accounts was read
 * for one account only) and, when `id` names one of them, its view (the sheets a load reads,
 * its status checked once). An id the viewer may not open gives a notice instead (R3.5).
 */
export function dossierState(
  workbook: Workbook,
  tables: DossierTables,
  viewer: Viewer,
  id: string | undefined,
  today: Day,
  view: (rows: AccountRows) => LoadedView,
  listed = true,
): DossierState {
  const rows = id === undefined ? undefined : accountRowsOf(tables, id);
  const allowed = rows !== undefined && canOpen(viewer, rows.account);
  return {
    lang: workbook.lang,
    today: isoOf(today),
    user: viewer.user,
    accounts: listed ? accountChoices(tables, viewer) : null,
    account: rows && allowed ? view(rows) : null,
    notice: rows && !allowed ? messagesFor(workbook.lang).sidebar.noAccess : null,
    fields: fieldsFor(workbook.lang),
    offerings: [...workbook.offerings],
    focus: null,
  };
}

const VIEW_PARTS: readonly (keyof AccountView)[] = [
  'dossier',
  'dossierKey',
  'people',
  'competitors',
  'contacts',
  'contactCount',
  'plan',
  'whitespace',
  'reviews',
  'coverage',
  'contact',
  'review',
  'findings',
];

/** The parts a sidebar load answers: all but the lazy sections' rows (kamLoadSection). */
const LOADED_PARTS = VIEW_PARTS.filter(
  (part) => !(LAZY_SECTIONS as readonly string[]).includes(part),
);

/** Whether a patch has every part of a view (the brief read every sheet). */
function isFullView(patch: AccountPatch): patch is AccountView {
  return VIEW_PARTS.every((part) => patch[part] !== undefined);
}

/** Whether a patch has every part a load answers. */
function isLoadedView(patch: AccountPatch): patch is LoadedView {
  return LOADED_PARTS.every((part) => patch[part] !== undefined);
}

/** A patch of every sheet as the whole view; a part missing is a bug, not a user's problem. */
export function fullView(patch: AccountPatch): AccountView {
  if (!isFullView(patch)) return fail('INTERNAL', { field: 'payload' });
  return patch;
}

/** A load's patch as the sidebar holds it (the lazy sections' rows left to their own call). */
export function sidebarView(patch: AccountPatch): LoadedView {
  if (!isLoadedView(patch)) return fail('INTERNAL', { field: 'payload' });
  return patch;
}
