// The demo's data for the maps, drawn without touching the main generator's sequence (so every
// other demo value stays as it was): who reports to whom and who of ours owns each relationship
// (R3.3), and each key account's whitespace rows over our offerings (R4.1, R3.4, R6.2).
import type { DemoAccount } from './portfolio';
import { createRng } from './rng';
import { DEMO_COLLEAGUES } from './scenarios';
import type { DemoRow } from './types';

/** What the demo company sells: the Settings list of offerings. */
export const DEMO_OFFERINGS: readonly string[] = [
  'Packaging',
  'Warehousing',
  'Transport',
  'Maintenance',
  'Training',
];

/**
 * "Reports to" and "Our contact" for a group in its order: each person reports to the first
 * one before them in the same division, else to the decision maker; advisors and informants
 * report to nobody of the group. The decision maker's relationship is the manager's; every
 * third other person's a colleague's. Example: [DM (Management), Ona (IT), Jonas (IT)] → Ona
 * reports to DM, Jonas to Ona.
 */
export function withLines(group: readonly DemoRow[], account: DemoAccount): DemoRow[] {
  const top = group.find((p) => p.role === 'decisionMaker');
  return group.map((person, i) => {
    const lone = person.role === 'advisor' || person.role === 'informant';
    const sameDivision = group.slice(0, i).find((p) => p.division === person.division && p !== top);
    const boss = lone || person === top ? undefined : (sameDivision ?? top);
    const colleague = DEMO_COLLEAGUES[(account.index + i) % DEMO_COLLEAGUES.length];
    const owner = lone ? undefined : i % 3 === 2 ? colleague.email : account.manager.email;
    return {
      ...person,
      ...(boss ? { reportsTo: String(boss.person) } : {}),
      ...(owner ? { ourContact: owner } : {}),
    };
  });
}

/**
 * The whitespace of one account: each division of its group against our offerings, some we
 * supply, some opportunities, some held by one of its competitors, the rest left blank (white
 * space). Seeded per account and apart from the main sequence.
 */
export function whitespaceRows(
  seed: number,
  account: DemoAccount,
  divisions: readonly string[],
  competitors: readonly string[],
): DemoRow[] {
  const rng = createRng((seed ^ (0x5eed * (account.index + 1))) >>> 0);
  const rows: DemoRow[] = [];
  for (const division of divisions) {
    for (const offering of DEMO_OFFERINGS) {
      const roll = rng.next();
      if (roll < 0.35) continue;
      const status =
        roll < 0.6
          ? 'weSupply'
          : roll < 0.8
            ? 'opportunity'
            : roll < 0.93 && competitors.length > 0
              ? 'competitor'
              : 'notRelevant';
      rows.push({
        accountId: account.id,
        division,
        offering,
        status,
        ...(status === 'competitor' ? { competitor: rng.pick(competitors) } : {}),
        ...(status === 'opportunity' ? { nextStep: 'Present our offer at the next meeting' } : {}),
        ...(status === 'notRelevant' ? {} : { value: rng.int(2, 80) * 1_000 }),
      });
    }
  }
  return rows;
}
