// The edge where an account's typed rows become the facts the rules read (R5 contacts,
// R3.3 people): "personal" by the one rule, and events dated after today left out and counted.
import { personalOf } from '../../core/contact-rules';
import type { ContactEvent } from '../../core/contacts';
import type { Person } from '../../core/coverage';
import type { Day } from '../../core/days';
import type { RowOf } from '../../template/rows';
import type { CellValue } from './table-codec';
import type { TableRow } from './table-read';

export const text = (v: CellValue) => (typeof v === 'string' ? v : undefined);
export const day = (v: CellValue) => (typeof v === 'number' ? v : undefined);

/**
 * Whether an event's day lies after `today` (R5 Decision: a contact dated later has not
 * happened): left out of every rule and counted, so the check can flag it. No `today`, no cut.
 */
export const ahead = (when: Day | undefined, today: Day | undefined) =>
  when !== undefined && today !== undefined && when > today;

/**
 * An account's contacts as the rules need them: "personal" by the one rule (`personalOf`,
 * the R5 Decision: the Personal cell when filled, else derived with the account's manager in
 * Accounts now) and the client person by name (R6.2); those dated after `today` are counted,
 * not returned.
 */
export function contactsOf(
  rows: readonly TableRow<RowOf<'contacts'>>[],
  manager: string,
  today: Day | undefined,
): { events: ContactEvent[]; future: number } {
  const events: ContactEvent[] = [];
  let future = 0;
  for (const { values } of rows) {
    const when = day(values.date);
    if (when === undefined) continue;
    if (ahead(when, today)) {
      future += 1;
      continue;
    }
    const person = text(values.clientPerson)?.trim().toLowerCase();
    events.push({
      day: when,
      personal: personalOf(values, manager),
      outcome: values.outcome ?? 'neutral',
      ...(person ? { person } : {}),
    });
  }
  return { events, future };
}

export function personOf(
  { values }: TableRow<RowOf<'decisionGroup'>>,
  today: Day | undefined,
): Person | undefined {
  const name = values.person?.trim();
  if (!name) return undefined;
  return {
    name,
    role: values.role,
    attitude: values.attitude,
    influence: values.influence,
    division: values.division,
    lastContact: ahead(values.lastContact, today) ? undefined : values.lastContact,
    reportsTo: values.reportsTo,
  };
}
