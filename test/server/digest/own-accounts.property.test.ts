// R3.5 as a property: over random portfolios, a manager's digest never names another manager's
// account, client, people, competitors, divisions or plan, in its items, its HTML or its text.
import fc from 'fast-check';
import { cellOf } from '../../../dev/demo/cells';
import type { DemoRow } from '../../../dev/demo/types';
import { addDays, dayOfIso, isoOf } from '../../../src/core/days';
import { letterOf } from '../../../src/server/digest/mail';
import { managerDigests } from '../../../src/server/digest/manager';
import { portfolioOf } from '../../../src/server/sheet/portfolio-read';
import { type Table, tableOf } from '../../../src/server/sheet/table-read';
import type { Workbook } from '../../../src/server/sheet/workbook';
import { DEFAULT_SETTINGS, SHEETS, type SheetKey } from '../../../src/template';

const today = dayOfIso('2026-11-26') as number;
const utc = { offsetMinutes: () => 0 };
const day = (offset: number) => isoOf(addDays(today, offset));
/** Every name ends in Z so that none is part of another ("KA-1Z" is not in "KA-11Z"). */
const tag = (kind: string, ...n: number[]) => `${kind}${n.join('x')}Z`;

const account = fc.record({
  manager: fc.integer({ min: 0, max: 3 }),
  contacts: fc.array(
    fc.record({
      ago: fc.integer({ min: 0, max: 40 }),
      outcome: fc.constantFrom('positive', 'neutral', 'negative'),
      personal: fc.boolean(),
      person: fc.integer({ min: 0, max: 2 }),
    }),
    { maxLength: 6 },
  ),
  people: fc.array(
    fc.record({
      role: fc.constantFrom('decisionMaker', 'opponent', 'supporter', 'user'),
      influence: fc.constantFrom('high', 'low'),
      division: fc.integer({ min: 0, max: 2 }),
    }),
    { maxLength: 3 },
  ),
  competitors: fc.array(fc.integer({ min: 0, max: 200 }), { maxLength: 2 }),
  review: fc.option(fc.integer({ min: 0, max: 150 })),
  plan: fc.array(fc.integer({ min: -3, max: 10 }), { maxLength: 3 }),
});

type Account = typeof account extends fc.Arbitrary<infer T> ? T : never;

function rowsOf(accounts: Account[]): Record<SheetKey, DemoRow[]> {
  const rows: Record<SheetKey, DemoRow[]> = Object.fromEntries(
    SHEETS.map((s) => [s.key, []]),
  ) as never;
  accounts.forEach((a, n) => {
    const id = tag('KA-', n);
    rows.accounts.push({ accountId: id, client: tag('Client', n), manager: `m${a.manager}@x.lt` });
    a.contacts.forEach((c, k) => {
      rows.contacts.push({
        date: day(-c.ago),
        accountId: id,
        clientPerson: tag('Person', n, c.person),
        ourPerson: `m${a.manager}@x.lt`,
        channel: 'phone',
        personal: c.personal,
        outcome: c.outcome,
        summary: tag('Summary', n, k),
      });
    });
    a.people.forEach((p, k) => {
      rows.decisionGroup.push({
        accountId: id,
        person: tag('Person', n, k),
        role: p.role,
        attitude: p.role === 'opponent' ? 'opponent' : 'neutral',
        influence: p.influence,
        division: tag('Div', n, p.division),
      });
    });
    a.competitors.forEach((ago, k) => {
      rows.competitors.push({
        accountId: id,
        competitor: tag('Rival', n, k),
        lastUpdated: day(-ago),
      });
    });
    if (a.review !== null) rows.reviews.push({ accountId: id, date: day(-a.review) });
    a.plan.forEach((due, k) => {
      rows.plan.push({
        accountId: id,
        action: tag('Action', n, k),
        due: day(due),
        status: 'planned',
      });
    });
  });
  return rows;
}

function tablesOf(rows: Record<SheetKey, DemoRow[]>): Partial<Record<SheetKey, Table>> {
  const source = {
    rangeAt: () => {
      throw new Error('read only');
    },
    sheet: () => {
      throw new Error('read only');
    },
  };
  const tables: Partial<Record<SheetKey, Table>> = {};
  for (const def of SHEETS) {
    if (def.layout !== 'table') continue;
    const values = [
      def.columns.map((c) => c.header.en),
      ...rows[def.key].map((row) =>
        def.columns.map((c) => (row[c.key] === undefined ? '' : cellOf(c, row[c.key], 'en'))),
      ),
    ];
    tables[def.key] = tableOf(def as never, source as never, values, utc) as Table;
  }
  return tables;
}

describe('a manager’s digest', () => {
  it('never names another manager’s account, in its items or its e-mail (R3.5)', () => {
    fc.assert(
      fc.property(fc.array(account, { minLength: 1, maxLength: 10 }), (accounts) => {
        const rows = rowsOf(accounts);
        const workbook = {
          settings: { ...DEFAULT_SETTINGS },
          lang: 'en',
          zone: utc,
        } as unknown as Workbook;
        const portfolio = portfolioOf(workbook, tablesOf(rows));
        const managerOf = new Map(
          rows.accounts.map((a) => [String(a.accountId), String(a.manager)]),
        );

        for (const digest of managerDigests(portfolio, today, workbook.settings, () => new Set())) {
          for (const item of digest.items)
            expect(managerOf.get(item.account.id)).toBe(digest.manager);
          const letter = letterOf(
            {
              lang: 'en',
              today,
              workbook: { name: 'KAM', url: 'https://docs.google.com/spreadsheets/d/x/edit' },
              sender: 'head@x.lt',
              rowUrl: () => 'https://docs.google.com/spreadsheets/d/x/edit',
            },
            { manager: digest.items },
          );
          const others = accounts.flatMap((a, n) =>
            `m${a.manager}@x.lt` === digest.manager
              ? []
              : [
                  tag('KA-', n),
                  tag('Client', n),
                  tag('Person', n),
                  tag('Div', n),
                  tag('Rival', n),
                  tag('Action', n),
                ],
          );
          for (const token of others) {
            const stem = token.slice(0, -1);
            expect(letter.text).not.toMatch(new RegExp(`${stem}(x\\d+)*Z`));
            expect(letter.html).not.toMatch(new RegExp(`${stem}(x\\d+)*Z`));
          }
        }
      }),
      { numRuns: 80 },
    );
  });
});
