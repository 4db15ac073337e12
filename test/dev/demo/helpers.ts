// Shared helpers of the demo tests: the rules core's view of the generated rows.

import type { DemoData, DemoRow } from '../../../dev/demo';
import { type ContactEvent, contactStatus } from '../../../src/core/contacts';
import { dayOfIso } from '../../../src/core/days';
import { reviewStatus } from '../../../src/core/review';
import { tierOfRevenue } from '../../../src/core/tier';

export function day(iso: string): number {
  const parsed = dayOfIso(iso);
  if (parsed === undefined) throw new Error(`not a day: ${iso}`);
  return parsed;
}

export function rowsOf(data: DemoData, sheet: keyof DemoData, accountId: string): DemoRow[] {
  return data[sheet].filter((row) => row.accountId === accountId);
}

/** The R5 contact status of an account on a day, computed by the rules core. */
export function contactStatusOf(data: DemoData, accountId: string, today: string) {
  const events: ContactEvent[] = rowsOf(data, 'contacts', accountId).map((row) => ({
    day: day(String(row.date)),
    personal: row.personal === true,
    outcome: row.outcome as ContactEvent['outcome'],
  }));
  return contactStatus(events, day(today));
}

/** The R3.6 review status of an account on a day, computed by the rules core. */
export function reviewStatusOf(data: DemoData, accountId: string, today: string) {
  const days = rowsOf(data, 'reviews', accountId).map((row) => day(String(row.date)));
  return reviewStatus(days.length === 0 ? undefined : Math.max(...days), day(today));
}

/** The R1 tier of the client of an account, from the Revenue rows. */
export function tierOfAccount(data: DemoData, accountId: string) {
  const client = data.accounts.find((row) => row.accountId === accountId)?.client;
  const total = data.revenue.reduce((sum, row) => sum + Number(row.revenue), 0);
  const revenue = Number(data.revenue.find((row) => row.client === client)?.revenue);
  return tierOfRevenue(revenue, total);
}
