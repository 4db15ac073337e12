// The checks a row save needs beyond its fields, against the account's other rows: "Reports to"
// names another person of the same account and closes no loop (R3.3); a whitespace row's
// offering is one of ours (R4.1).
import { cycleOfEdit, personKey } from '../../core/reports-to';
import type { RowSheet, Values } from '../../dossier/types';
import { fail } from '../../dossier/validate';
import { normalizeHeader } from '../../template/lookup';
import type { CellValue } from '../sheet/table-codec';
import type { TableRow } from '../sheet/table-read';
import type { SaveContext } from './save';

const text = (v: CellValue | Values[string] | undefined) => (typeof v === 'string' ? v : '');

/** The value a field will hold after the save: the one sent, else the row's own. */
function after(values: Values, row: TableRow | undefined, key: string): string {
  return key in values ? text(values[key]) : text(row?.values[key as never]);
}

/**
 * R3.3: "Reports to" must be another person of the account's decision group, and the group
 * must stay a hierarchy. Example: B reports to A; A set to report to B → REPORTS_TO_CYCLE
 * "A → B → A".
 */
export function checkReportsTo(ctx: SaveContext, row: TableRow | undefined, values: Values): void {
  const person = after(values, row, 'person');
  const boss = after(values, row, 'reportsTo');
  if (boss.trim() === '') return;
  const others = (ctx.rows.rows.decisionGroup ?? []).filter((r) => r.rowNumber !== row?.rowNumber);
  const names = others.map((r) => personKey(text(r.values.person)));
  if (personKey(boss) === personKey(person) || !names.includes(personKey(boss)))
    fail('NOT_A_PERSON', 'values.reportsTo');
  const links = others.map((r) => ({
    person: text(r.values.person),
    reportsTo: text(r.values.reportsTo),
  }));
  const cycle = cycleOfEdit(links, person, boss);
  if (cycle) fail('REPORTS_TO_CYCLE', 'values.reportsTo', cycle.join(' → '));
}

/** R4.1: a whitespace row's offering is one of the Settings list, when the list has any. */
export function checkOffering(ctx: SaveContext, values: Values): void {
  const { offerings } = ctx.workbook;
  const offering = text(values.offering);
  if (offerings.length === 0 || offering === '' || !('offering' in values)) return;
  if (!offerings.some((o) => normalizeHeader(o) === normalizeHeader(offering)))
    fail('NOT_A_CHOICE', 'values.offering', offerings.join(', '));
}

/** The checks of a row save by sheet. */
export function checkRowRules(
  ctx: SaveContext,
  sheet: RowSheet,
  row: TableRow | undefined,
  values: Values,
): void {
  if (sheet === 'decisionGroup') checkReportsTo(ctx, row, values);
  if (sheet === 'whitespace') checkOffering(ctx, values);
}
