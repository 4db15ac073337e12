// The relationship map and whitespace map of one account, as data (pure after the reads): one
// node per person with their roles (R3.3), attitude and influence, "Reports to" as a forest with
// any loop cut and reported, the contact rhythm per person (R5.1, R6.2), the pause (R5.2), the
// gaps (roles nobody holds, silent divisions: R3.3, R6.2), our colleagues in contact, and the
// divisions × offerings matrix (R4.1, R3.4).
import type { AccountCheck } from '../../core/account-check';
import { type Attitude, type Level, ROLES, type Role } from '../../core/coverage';
import { addMonths, type Day, isoOf } from '../../core/days';
import { lastContactWith, personRhythm } from '../../core/person-rhythm';
import { hierarchyOf, personKey } from '../../core/reports-to';
import { type WhitespaceEntry, whitespaceMatrix } from '../../core/whitespace';
import type { MapColleague, MapData, MapDivision, MapPerson } from '../../dossier/map-types';
import { type AccountRows, type DossierTables, rowKeys } from '../dossier/read';
import type { CellValue } from '../sheet/table-codec';
import type { Workbook } from '../sheet/workbook';

const text = (v: CellValue) => (typeof v === 'string' ? v.trim() : '');
const LEVELS: readonly Level[] = ['low', 'medium', 'high'];

/** Each client person's latest logged contact up to today, and who of ours was in contact lately. */
function contactLog(rows: AccountRows, today: Day, windowStart: Day) {
  const last = new Map<string, Day>();
  const lately = new Map<string, Set<string>>();
  for (const { values } of rows.rows.contacts ?? []) {
    const day = values.date;
    const who = personKey(text(values.clientPerson));
    if (day === undefined || day > today || who === '') continue;
    last.set(who, Math.max(last.get(who) ?? day, day));
    const ours = text(values.ourPerson).toLowerCase();
    if (ours !== '' && day >= windowStart)
      lately.set(ours, (lately.get(ours) ?? new Set()).add(who));
  }
  return { last, lately };
}

/** The people of the group, one per name, their rows' roles merged in the order of R3.3. */
function peopleOf(
  tables: DossierTables,
  rows: AccountRows,
): Map<string, MapPerson & { cell?: Day }> {
  const mine = rows.rows.decisionGroup ?? [];
  const keys = tables.decisionGroup ? rowKeys(tables.decisionGroup, mine) : [];
  const people = new Map<string, MapPerson & { cell?: Day }>();
  mine.forEach(({ values }, i) => {
    const name = text(values.person);
    const id = personKey(name);
    if (id === '') return;
    const p = people.get(id) ?? {
      id,
      name,
      position: '',
      division: '',
      roles: [] as Role[],
      attitude: null as Attitude | null,
      influence: null as Level | null,
      reportsTo: null,
      ourContact: '',
      rhythm: { kind: 'never' as const, last: null, days: null },
      rowKey: keys[i],
    };
    p.position ||= text(values.position);
    p.division ||= text(values.division);
    p.ourContact ||= text(values.ourContact);
    p.attitude ??= values.attitude ?? null;
    if (values.influence && LEVELS.indexOf(values.influence) > LEVELS.indexOf(p.influence ?? 'low'))
      p.influence = values.influence;
    p.influence ??= values.influence ?? null;
    if (values.role && !p.roles.includes(values.role)) p.roles.push(values.role);
    if (values.lastContact !== undefined)
      p.cell = Math.max(p.cell ?? values.lastContact, values.lastContact);
    people.set(id, p);
  });
  for (const p of people.values()) p.roles.sort((a, b) => ROLES.indexOf(a) - ROLES.indexOf(b));
  return people;
}

/**
 * The map of one account on a day, from the tables a load read and the account's check of the
 * day (its coverage and pause). Example: two rows of "Ona" (decision maker, supporter) → one node
 * with two roles.
 */
export function mapDataOf(
  workbook: Workbook,
  tables: DossierTables,
  rows: AccountRows,
  today: Day,
  check: AccountCheck,
): MapData {
  const { settings } = workbook;
  const windowStart = addMonths(today, -settings.reviewMonths);
  const log = contactLog(rows, today, windowStart);
  const people = peopleOf(tables, rows);
  const links = (rows.rows.decisionGroup ?? []).map(({ values }) => ({
    person: text(values.person),
    reportsTo: text(values.reportsTo),
  }));
  const { managers, cut } = hierarchyOf(links);
  const unknownManagers = links.filter(
    (l) => l.reportsTo !== '' && !people.has(personKey(l.reportsTo)),
  ) as { person: string; reportsTo: string }[];
  for (const p of people.values()) {
    p.reportsTo = managers.get(p.id) ?? null;
    const last = lastContactWith(log.last.get(p.id), p.cell, today);
    const r = personRhythm(last, today, settings);
    p.rhythm = {
      kind: r.kind,
      last: last === undefined ? null : isoOf(last),
      days: r.days ?? null,
    };
  }
  const list = [...people.values()].map(({ cell: _, ...p }) => p);
  const silent = new Set(check.coverage.divisionsWithoutContact.map((d) => d.toLowerCase()));
  const entries: WhitespaceEntry[] = (rows.rows.whitespace ?? []).map(({ values }) => ({
    division: text(values.division),
    offering: text(values.offering),
    status: values.status,
    competitor: text(values.competitor),
    value: values.value,
    nextStep: text(values.nextStep),
  }));
  const named = list.map((p) => p.division).filter((d) => d !== '');
  const matrix = whitespaceMatrix(entries, named, workbook.offerings);
  const divisions: MapDivision[] = matrix.divisions.map((name) => {
    const count = list.filter((p) => p.division.toLowerCase() === name.toLowerCase()).length;
    return { name, people: count, silent: count === 0 || silent.has(name.toLowerCase()) };
  });
  const unplaced = list.filter((p) => p.division === '').length;
  if (unplaced > 0) divisions.push({ name: '', people: unplaced, silent: false });
  return {
    lang: workbook.lang,
    today: isoOf(today),
    account: {
      id: String(rows.account.values.accountId).trim(),
      client: text(rows.account.values.client),
      manager: text(rows.account.values.manager),
    },
    people: list,
    divisions,
    rolesUncovered: check.coverage.rolesUncovered,
    cycles: check.findings.flatMap((f) => (f.kind === 'reportsToCycle' ? [f.names] : [])),
    cut,
    unknownManagers,
    colleagues: colleaguesOf(list, log.lately, text(rows.account.values.manager)),
    pause: check.contact.pause
      ? { negative: isoOf(check.contact.pause.negative), until: isoOf(check.contact.pause.until) }
      : null,
    windows: {
      everyDays: settings.positiveContactDays,
      soonDays: settings.contactDueSoonDays,
      months: settings.reviewMonths,
    },
    whitespace: matrix,
    hasOfferings: workbook.offerings.length > 0,
  };
}

/** Our colleagues in contact lately or owning a relationship; the account's manager first. */
function colleaguesOf(
  people: readonly MapPerson[],
  lately: ReadonlyMap<string, ReadonlySet<string>>,
  manager: string,
): MapColleague[] {
  const ids = new Set(people.map((p) => p.id));
  const byEmail = new Map<string, MapColleague>();
  const of = (email: string) => {
    const key = email.toLowerCase();
    const found = byEmail.get(key) ?? { email, contacted: [], owns: [] };
    byEmail.set(key, found);
    return found;
  };
  for (const [email, who] of lately)
    of(email).contacted.push(...[...who].filter((id) => ids.has(id)));
  for (const p of people) if (p.ourContact !== '') of(p.ourContact).owns.push(p.id);
  const boss = manager.toLowerCase();
  return [...byEmail.values()]
    .filter((c) => c.contacted.length + c.owns.length > 0)
    .sort(
      (a, b) =>
        Number(b.email.toLowerCase() === boss) - Number(a.email.toLowerCase() === boss) ||
        b.contacted.length + b.owns.length - (a.contacted.length + a.owns.length) ||
        a.email.localeCompare(b.email),
    );
}
