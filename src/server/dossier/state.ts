// What the sidebar shows for one account, built from tables already read (pure after the
// reads): its dossier, lists with their row keys, coverage (R3.3, R6.2), contact rhythm and
// pause (R5), review (R3.6), findings. A load builds all of it; a save only what it read.
import { type AccountCheck, SEVERITY_OF } from '../../core/account-check';
import { nextContactDue } from '../../core/contacts';
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
  Values,
} from '../../dossier/types';
import { CONTACTS_SHOWN } from '../../dossier/types';
import { messagesFor } from '../../i18n';
import { ROLE_CHOICES } from '../../template/choices';
import type { ColumnDef } from '../../template/types';
import { wordFinding } from '../check/word-finding';
import type { AccountRecord } from '../sheet/portfolio-read';
import type { CellValue } from '../sheet/table-codec';
import type { Table, TableRow } from '../sheet/table-read';
import type { Workbook } from '../sheet/workbook';
import { canOpen, type Viewer } from './access';
import { type AccountRows, accountRowsOf, type DossierTables, rowKeys } from './read';

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

const iso = (day: Day | undefined) => (day === undefined ? null : isoOf(day));
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

/** The status parts of the view, from the account's one check of the day. */
function statusParts(
  workbook: Workbook,
  record: AccountRecord,
  check: AccountCheck,
): Pick<AccountView, 'coverage' | 'contact' | 'review' | 'findings'> {
  const { settings, lang } = workbook;
  const m = messagesFor(lang);
  const roleLabel = (key: string) => ROLE_CHOICES.find((c) => c.key === key)?.label[lang] ?? key;
  const pause = check.contact.pause;
  return {
    coverage: {
      rolesUncovered: check.coverage.rolesUncovered.map(roleLabel),
      divisionsWithoutContact: check.coverage.divisionsWithoutContact,
      strongOpponents: check.coverage.strongOpponents,
      noSupporter: check.coverage.noSupporter,
    },
    contact: {
      kind: check.contact.kind,
      lastPositive: iso(check.contact.lastPositive),
      nextPositiveDue: iso(nextContactDue(record.lastPositive, record.lastNegative, settings)),
      pause: pause
        ? { negative: isoOf(pause.negative), until: isoOf(pause.until), breach: iso(pause.breach) }
        : null,
      negatives: record.facts.contacts
        .filter((c) => c.outcome === 'negative')
        .map((c) => isoOf(c.day))
        .sort(),
      pauseDays: settings.pauseDays,
      everyDays: settings.positiveContactDays,
    },
    review: {
      kind: check.review.kind,
      last: iso(record.facts.lastReview),
      nextDue: check.review.kind === 'never' ? null : isoOf(check.review.due),
      months: settings.reviewMonths,
    },
    findings: check.findings.map((f) => ({
      severity: SEVERITY_OF[f.kind],
      text: wordFinding(m, f, settings),
    })),
  };
}

/**
 * The parts of one account's view that the tables read allow: each list from its sheet, and
 * the status parts from `status` (the record and check of the day) when the call has them.
 */
export function accountPatch(
  workbook: Workbook,
  tables: DossierTables,
  rows: AccountRows,
  status?: { record: AccountRecord; check: AccountCheck },
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
  if (contacts) {
    patch.contacts = contacts.sort(newestFirst).slice(0, CONTACTS_SHOWN);
    patch.contactCount = contacts.length;
  }
  const reviews = list('reviews');
  if (reviews) patch.reviews = reviews.sort(newestFirst);
  return status ? { ...patch, ...statusParts(workbook, status.record, status.check) } : patch;
}

/**
 * The whole state: the accounts the viewer may open and, when `id` names one of them, its
 * view (every sheet read, its status checked once). An id the viewer may not open gives a
 * notice instead (R3.5).
 */
export function dossierState(
  workbook: Workbook,
  tables: DossierTables,
  viewer: Viewer,
  id: string | undefined,
  today: Day,
  view: (rows: AccountRows) => AccountView,
): DossierState {
  const rows = id === undefined ? undefined : accountRowsOf(tables, id);
  const allowed = rows !== undefined && canOpen(viewer, rows.account);
  return {
    lang: workbook.lang,
    today: isoOf(today),
    user: viewer.user,
    accounts: accountChoices(tables, viewer),
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

/** Whether a patch has every part of a view (a load read every sheet). */
function isFullView(patch: AccountPatch): patch is AccountView {
  return VIEW_PARTS.every((part) => patch[part] !== undefined);
}

/** A load's patch as the whole view; a part missing is a bug, not a user's problem. */
export function fullView(patch: AccountPatch): AccountView {
  if (!isFullView(patch)) return fail('INTERNAL', { field: 'payload' });
  return patch;
}
