// R3.3 in the sidebar's form, before anything is sent: "Reports to" names another person of the
// account and closes no loop; the server checks the same against the rows it reads.
import type { KamErrorCause } from '../core/errors';
import { cycleOfEdit, personKey } from '../core/reports-to';
import type { Item, Values } from './types';

const text = (v: unknown) => (typeof v === 'string' ? v : '');

/**
 * The problem with a person's "Reports to" after an edit, or undefined. `editing` is the key of
 * the row edited (null for a new row); `values` what the form sends over `base`, the row's values.
 * Example: B reports to A; A set to report to B → REPORTS_TO_CYCLE "A → B → A".
 */
export function reportsToProblem(
  people: readonly Item[],
  editing: string | null,
  base: Values,
  values: Values,
): KamErrorCause | undefined {
  const person = text('person' in values ? values.person : base.person);
  const boss = text('reportsTo' in values ? values.reportsTo : base.reportsTo);
  if (boss.trim() === '') return undefined;
  const others = people.filter((item) => item.key !== editing);
  const field = 'values.reportsTo';
  if (
    personKey(boss) === personKey(person) ||
    !others.some((item) => personKey(text(item.values.person)) === personKey(boss))
  )
    return { code: 'NOT_A_PERSON', field };
  const links = others.map((item) => ({
    person: text(item.values.person),
    reportsTo: text(item.values.reportsTo),
  }));
  const cycle = cycleOfEdit(links, person, boss);
  return cycle ? { code: 'REPORTS_TO_CYCLE', field, detail: cycle.join(' → ') } : undefined;
}
