// The state the sidebar shows for one account, built from tables already read (pure after the
// reads): its dossier, lists, coverage (R3.3, R6.2), contact rhythm and pause (R5), review (R3.6).
import { checkAccount, SEVERITY_OF } from '../../core/account-check';
import { nextContactDue } from '../../core/contacts';
import { type Day, isoOf } from '../../core/days';
import { fieldsFor } from '../../dossier/fields';
import {
  type AccountChoice,
  type AccountView,
  CONTACTS_SHOWN,
  type DossierState,
  type FieldValue,
  type Item,
  type Values,
} from '../../dossier/types';
import { messagesFor } from '../../i18n';
import { ROLE_CHOICES } from '../../template/choices';
import type { ColumnDef } from '../../template/types';
import { wordFinding } from '../check/word-finding';
import { portfolioOf } from '../sheet/portfolio-read';
import type { CellValue } from '../sheet/table-codec';
import type { TableRow } from '../sheet/table-read';
import type { Workbook } from '../sheet/workbook';
import { mayOpen } from './access';
import { type AccountRows, accountRowsOf, type DossierTables, revisionOf } from './read';

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

function itemsOf(rows: readonly TableRow[], columns: readonly ColumnDef[]): Item[] {
  return rows.map((row, index) => ({ index, values: valuesOf(row, columns) }));
}

const iso = (day: Day | undefined) => (day === undefined ? null : isoOf(day));

/** Who is asking and who may see what (R3.5): the active user's e-mail and the file's owner. */
export interface Viewer {
  user: string;
  owner: () => string;
}

export function canOpen(viewer: Viewer, account: TableRow): boolean {
  const text = (v: CellValue) => (typeof v === 'string' ? v : '');
  return mayOpen(
    viewer.user,
    text(account.values.manager),
    text(account.values.supervisor),
    viewer.owner,
  );
}

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

/** One account's view on a day. */
export function accountView(
  workbook: Workbook,
  tables: DossierTables,
  rows: AccountRows,
  today: Day,
): AccountView {
  const m = messagesFor(workbook.lang);
  const cols = (key: keyof DossierTables) => tables[key].def.columns;
  const { account } = rows;
  const id = String(account.values.accountId).trim();
  const portfolio = portfolioOf(workbook, {
    accounts: { ...tables.accounts, rows: [account] },
    contacts: tables.contacts,
    decisionGroup: tables.decisionGroup,
    competitors: tables.competitors,
    reviews: tables.reviews,
  });
  const record = portfolio.accounts[0];
  const check = checkAccount(record.facts, today, workbook.settings);
  const contacts = itemsOf(rows.rows.contacts, cols('contacts'))
    .sort((a, b) => String(b.values.date ?? '').localeCompare(String(a.values.date ?? '')))
    .slice(0, CONTACTS_SHOWN);
  const reviews = itemsOf(rows.rows.reviews, cols('reviews')).sort((a, b) =>
    String(b.values.date ?? '').localeCompare(String(a.values.date ?? '')),
  );
  const pause = check.contact.pause;
  const text = (v: CellValue) => (typeof v === 'string' ? v : '');
  const roleLabel = (key: string) =>
    ROLE_CHOICES.find((c) => c.key === key)?.label[workbook.lang] ?? key;
  return {
    id,
    client: text(account.values.client),
    manager: text(account.values.manager),
    supervisor: text(account.values.supervisor),
    revision: revisionOf(tables, rows),
    dossier: valuesOf(rows.rows.dossier[0], cols('dossier')),
    people: itemsOf(rows.rows.decisionGroup, cols('decisionGroup')),
    competitors: itemsOf(rows.rows.competitors, cols('competitors')),
    contacts,
    contactCount: rows.rows.contacts.length,
    plan: itemsOf(rows.rows.plan, cols('plan')),
    reviews,
    coverage: {
      rolesUncovered: check.coverage.rolesUncovered.map(roleLabel),
      divisionsWithoutContact: check.coverage.divisionsWithoutContact,
      strongOpponents: check.coverage.strongOpponents,
      noSupporter: check.coverage.noSupporter,
    },
    contact: {
      kind: check.contact.kind,
      lastPositive: iso(check.contact.lastPositive),
      nextPositiveDue: iso(
        nextContactDue(record.lastPositive, record.lastNegative, workbook.settings),
      ),
      pause: pause
        ? { negative: isoOf(pause.negative), until: isoOf(pause.until), breach: iso(pause.breach) }
        : null,
      negatives: record.facts.contacts
        .filter((c) => c.outcome === 'negative')
        .map((c) => isoOf(c.day))
        .sort(),
      pauseDays: workbook.settings.pauseDays,
      everyDays: workbook.settings.positiveContactDays,
    },
    review: {
      kind: check.review.kind,
      last: iso(record.facts.lastReview),
      nextDue: check.review.kind === 'never' ? null : isoOf(check.review.due),
      months: workbook.settings.reviewMonths,
    },
    findings: check.findings.map((f) => ({
      severity: SEVERITY_OF[f.kind],
      text: wordFinding(m, f, workbook.settings),
    })),
  };
}

/**
 * The whole state: the accounts the viewer may open and, when `id` names one of them, its
 * view. An id the viewer may not open gives a notice instead (R3.5).
 */
export function dossierState(
  workbook: Workbook,
  tables: DossierTables,
  viewer: Viewer,
  id: string | undefined,
  today: Day,
): DossierState {
  const rows = id === undefined ? undefined : accountRowsOf(tables, id);
  const allowed = rows !== undefined && canOpen(viewer, rows.account);
  return {
    lang: workbook.lang,
    today: isoOf(today),
    user: viewer.user,
    accounts: accountChoices(tables, viewer),
    account: rows && allowed ? accountView(workbook, tables, rows, today) : null,
    notice: rows && !allowed ? messagesFor(workbook.lang).sidebar.noAccess : null,
    fields: fieldsFor(workbook.lang),
  };
}
