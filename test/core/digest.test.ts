// The manager's morning digest as rules: what one account puts in it on a day (R5.1, R5.2,
// R3.6, R3.3, R3.4, R6.2, R2.4), what is told only once, and the order worst first.
import { type AccountFacts, checkAccount } from '../../src/core/account-check';
import type { ContactEvent } from '../../src/core/contacts';
import type { Person } from '../../src/core/coverage';
import { dayOfIso } from '../../src/core/days';
import {
  type DigestAccount,
  type DigestInput,
  type DigestItem,
  digestItemsOf,
  groupOf,
  leaveOutTold,
  type PlanAction,
  worstFirst,
} from '../../src/core/digest';
import { DEFAULT_INTERVALS } from '../../src/core/intervals';

const today = dayOfIso('2026-11-26') as number;
const ago = (n: number) => today - n;
const account: DigestAccount = {
  id: 'KA-004',
  key: 'ka-004',
  client: 'Žalgirio Statyba UAB',
  row: 5,
};
const maker: Person = {
  name: 'Ona',
  role: 'decisionMaker',
  attitude: 'supporter',
  division: 'Board',
};
const healthy: AccountFacts = {
  lastReview: ago(30),
  contacts: [{ day: ago(3), outcome: 'positive', personal: true, person: 'ona' }],
  people: [maker],
  competitors: [{ name: 'Rival UAB', lastUpdated: ago(10) }],
};

function itemsOf(facts: Partial<AccountFacts>, extra: Partial<DigestInput> = {}, day = today) {
  const all = { ...healthy, ...facts };
  return digestItemsOf(
    account,
    {
      check: checkAccount(all, day, DEFAULT_INTERVALS),
      contacts: all.contacts,
      plan: [],
      ...extra,
    },
    day,
    DEFAULT_INTERVALS.pauseDays,
  );
}

/** What a digest of these items told, as the next one remembers it. */
const toldBy = (items: DigestItem[]) => new Set(items.flatMap((i) => (i.news ? [i.news] : [])));

/** Contacts with Ona, the decision maker, so that her division is in contact (R6.2). */
const positive = (day: number): ContactEvent => ({
  day,
  outcome: 'positive',
  personal: true,
  person: 'ona',
});
const negative = (day: number): ContactEvent => ({
  day,
  outcome: 'negative',
  personal: true,
  person: 'ona',
});

describe('digest', () => {
  describe('digestItemsOf', () => {
    it('has nothing to say about a well-kept account', () => {
      expect(itemsOf({})).toEqual([]);
    });

    it('lists a positive contact overdue by a day, with the person last in contact and the last positive day (R5.1)', () => {
      const items = itemsOf({ contacts: [positive(ago(11))] }, { lastPerson: 'Rūta Butkienė' });

      expect(items).toEqual([
        expect.objectContaining({
          kind: 'contactOverdue',
          days: 1,
          lastPositive: ago(11),
          person: 'Rūta Butkienė',
          account,
        }),
      ]);
    });

    it('lists a positive contact due within the warning window (R5.1)', () => {
      const items = itemsOf({ contacts: [positive(ago(8))] });

      expect(items).toEqual([
        expect.objectContaining({ kind: 'contactDueSoon', days: 2, due: today + 2 }),
      ]);
    });

    it('lists a review overdue and a never-reviewed dossier (R3.6)', () => {
      expect(itemsOf({ lastReview: dayOfIso('2026-08-14') })).toEqual([
        expect.objectContaining({ kind: 'reviewOverdue', days: 12 }),
      ]);
      expect(itemsOf({ lastReview: undefined })).toEqual([
        expect.objectContaining({ kind: 'reviewNever' }),
      ]);
    });

    it('lists the pause in force with its last day, broken or not, and the breach as news (R5.2)', () => {
      const kept = itemsOf({ contacts: [positive(ago(9)), negative(ago(5))] });
      const broken = itemsOf({
        contacts: [
          positive(ago(9)),
          negative(ago(5)),
          { day: ago(2), outcome: 'neutral', personal: true, person: 'ona' },
        ],
      });

      expect(kept).toEqual([expect.objectContaining({ kind: 'pausing', until: ago(5) + 14 })]);
      expect(broken.map((i) => i.kind).sort()).toEqual(['pauseBroken', 'pausing']);
      expect(broken.find((i) => i.kind === 'pauseBroken')).toEqual(
        expect.objectContaining({ breach: ago(2), negative: ago(5), news: expect.any(String) }),
      );
    });

    it('still tells a breach logged late, until a pause length after the pause ended, and no longer (R5.2)', () => {
      const breachOf = (negativeAgo: number) =>
        itemsOf({
          contacts: [
            positive(ago(1)),
            negative(ago(negativeAgo)),
            { day: ago(negativeAgo - 1), outcome: 'neutral', personal: true, person: 'ona' },
          ],
        }).filter((i) => i.kind === 'pauseBroken');

      expect(breachOf(20)).toHaveLength(1);
      expect(breachOf(28)).toHaveLength(0);
    });

    it('reports red flags: a strong opponent, no decision maker, no or a stale competitor profile, a silent division (R3.3, R3.4, R6.2)', () => {
      const items = itemsOf({
        people: [{ name: 'Petras', role: 'opponent', influence: 'high', division: 'Finance' }],
        contacts: [{ day: ago(3), outcome: 'positive', personal: true }],
        competitors: [{ name: 'Rival UAB', lastUpdated: ago(200) }],
      });

      expect(
        items.filter((i) => i.kind === 'flag').map((i) => i.kind === 'flag' && i.flag.kind),
      ).toEqual([
        'noDecisionMaker',
        'strongOpponents',
        'divisionsWithoutContact',
        'staleCompetitors',
      ]);
      expect(itemsOf({ competitors: [] })).toEqual([
        expect.objectContaining({ kind: 'flag', flag: { kind: 'noCompetitor' } }),
      ]);
    });

    it('lists plan actions due this week and not done or cancelled, and none past or later (R2.4)', () => {
      const plan: PlanAction[] = [
        { action: 'Send the offer', due: today, status: 'planned' },
        { action: 'Visit the plant', due: today + 6, status: 'inProgress' },
        { action: 'Meet the CFO', due: today + 7, status: 'planned' },
        { action: 'Old call', due: today - 1, status: 'planned' },
        { action: 'Done already', due: today + 1, status: 'done' },
        { action: 'Dropped', due: today + 1, status: 'cancelled' },
      ];

      const items = itemsOf({}, { plan });

      expect(items.map((i) => i.kind === 'planDue' && [i.action, i.days])).toEqual([
        ['Send the offer', 0],
        ['Visit the plant', 6],
      ]);
    });

    it('lists a plan action by its words without stray spaces, and leaves out a row with no action (R2.4)', () => {
      const plan: PlanAction[] = [
        { action: '   ', due: today + 1, status: 'planned' },
        { action: '  Call Ona  ', due: today + 2 },
      ];

      const items = itemsOf({}, { plan });

      expect(items.map((i) => i.kind === 'planDue' && [i.action, i.days])).toEqual([
        ['Call Ona', 2],
      ]);
    });

    it('lists an account never in positive contact (R5.1)', () => {
      const items = itemsOf({ contacts: [] });

      expect(items.filter((i) => i.kind !== 'flag')).toEqual([
        expect.objectContaining({ kind: 'contactNever', account }),
      ]);
    });

    it('lists a review due within the warning window, with its due day (R3.6)', () => {
      const items = itemsOf({ lastReview: dayOfIso('2026-09-01') });

      expect(items).toEqual([
        expect.objectContaining({ kind: 'reviewDueSoon', days: 5, due: dayOfIso('2026-12-01') }),
      ]);
    });
  });

  describe('leaveOutTold', () => {
    it('leaves out a red flag the last digest told, and tells it again once its names change', () => {
      const first = itemsOf({ competitors: [{ name: 'Rival UAB', lastUpdated: ago(200) }] });
      const told = new Set(first.flatMap((i) => (i.news ? [i.news] : [])));
      const same = itemsOf({ competitors: [{ name: 'Rival UAB', lastUpdated: ago(201) }] });
      const changed = itemsOf({
        competitors: [
          { name: 'Rival UAB', lastUpdated: ago(200) },
          { name: 'Nordpack', lastUpdated: ago(300) },
        ],
      });

      expect(leaveOutTold(same, told)).toEqual([]);
      expect(leaveOutTold(changed, told)).toHaveLength(1);
    });

    it('tells strong opponents once however the decision group is ordered, and again when another joins them (R3.3)', () => {
      const petras: Person = { name: 'Petras', role: 'opponent', influence: 'high' };
      const jonas: Person = { name: 'Jonas', role: 'opponent', influence: 'high' };
      const flagOf = (people: Person[]) =>
        itemsOf({ people: [maker, ...people] }).filter((i) => i.kind === 'flag');
      const told = toldBy(flagOf([petras, jonas]));

      expect(leaveOutTold(flagOf([jonas, petras]), told)).toEqual([]);
      expect(leaveOutTold(flagOf([petras]), told)).toHaveLength(1);
    });

    it('tells stale profiles again when they are other competitors, even ones whose names run together (R3.4)', () => {
      const staleOf = (...names: string[]) =>
        itemsOf({ competitors: names.map((name) => ({ name, lastUpdated: ago(200) })) });
      const told = toldBy(staleOf('Agro', 'Pack'));

      expect(leaveOutTold(staleOf('AgroPack'), told)).toHaveLength(1);
    });

    it('tells silent divisions once however they are ordered, and again when they are other divisions (R6.2)', () => {
      const silent = (...divisions: string[]) =>
        itemsOf({
          people: [maker, ...divisions.map((division, n) => ({ name: `P${n}`, division }))],
        });
      const told = toldBy(silent('North', 'West'));

      expect(leaveOutTold(silent('West', 'North'), told)).toEqual([]);
      expect(leaveOutTold(silent('North'), told)).toHaveLength(1);
      expect(leaveOutTold(silent('NorthWest'), told)).toHaveLength(1);
    });

    it('tells a later broken pause even when the last digest told an earlier one (R5.2)', () => {
      const neutral = (day: number): ContactEvent => ({ ...negative(day), outcome: 'neutral' });
      const earlier = [positive(ago(30)), negative(ago(20)), neutral(ago(19))];
      const told = toldBy(itemsOf({ contacts: earlier }));

      const later = itemsOf({ contacts: [...earlier, negative(ago(5)), neutral(ago(3))] });

      expect(leaveOutTold(later, told).filter((i) => i.kind === 'pauseBroken')).toEqual([
        expect.objectContaining({ negative: ago(5), breach: ago(3) }),
      ]);
    });

    it('keeps what is due every day whatever was told', () => {
      const items = itemsOf({ contacts: [positive(ago(12))] });
      const told = new Set(['anything']);

      expect(leaveOutTold(items, told)).toEqual(items);
    });
  });

  describe('worstFirst', () => {
    it('puts a broken pause first, then overdue contacts (most overdue first), reviews, what is coming, pauses last', () => {
      const other = (id: string, client: string): DigestAccount => ({
        ...account,
        id,
        key: id,
        client,
      });
      const make = (acc: DigestAccount, facts: Partial<AccountFacts>) =>
        digestItemsOf(
          acc,
          {
            check: checkAccount({ ...healthy, ...facts }, today, DEFAULT_INTERVALS),
            contacts: facts.contacts ?? healthy.contacts,
            plan: [],
          },
          today,
          14,
        );
      const items = [
        ...make(other('KA-1', 'A'), { contacts: [positive(ago(9)), negative(ago(5))] }),
        ...make(other('KA-2', 'B'), { contacts: [positive(ago(11))] }),
        ...make(other('KA-3', 'C'), { contacts: [positive(ago(15))] }),
        ...make(other('KA-4', 'D'), { lastReview: dayOfIso('2026-08-01') }),
        ...make(other('KA-5', 'E'), { contacts: [positive(ago(8))] }),
        ...make(other('KA-6', 'F'), {
          contacts: [
            positive(ago(9)),
            negative(ago(4)),
            { day: ago(1), outcome: 'neutral', personal: true, person: 'ona' },
          ],
        }),
      ];
      const before = JSON.stringify(items);

      const sorted = worstFirst(items);

      expect(sorted.map((i) => `${i.kind} ${i.account.id}`)).toEqual([
        'pauseBroken KA-6',
        'contactOverdue KA-3',
        'contactOverdue KA-2',
        'reviewOverdue KA-4',
        'contactDueSoon KA-5',
        'pausing KA-1',
        'pausing KA-6',
      ]);
      expect(JSON.stringify(items)).toBe(before);
    });

    it('puts the latest breach of a pause first (R5.2)', () => {
      const broken = (client: string, negativeAgo: number, breachAgo: number): DigestItem => ({
        kind: 'pauseBroken',
        negative: ago(negativeAgo),
        breach: ago(breachAgo),
        until: ago(negativeAgo) + 14,
        account: { ...account, id: client, client },
      });

      const sorted = worstFirst([broken('Alfa', 10, 5), broken('Zeta', 4, 1)]);

      expect(sorted.map((i) => i.account.client)).toEqual(['Zeta', 'Alfa']);
    });

    it('puts the soonest due first whatever order the accounts come in (R5.1)', () => {
      const soon = (client: string, days: number): DigestItem => ({
        kind: 'contactDueSoon',
        lastPositive: today + days - 10,
        due: today + days,
        days,
        account: { ...account, id: client, client },
      });
      const inThree = soon('Alfa', 3);
      const inOne = soon('Zeta', 1);

      expect(worstFirst([inThree, inOne])).toEqual([inOne, inThree]);
      expect(worstFirst([inOne, inThree])).toEqual([inOne, inThree]);
    });

    it('puts a strong opponent before a missing decision maker, a missing competitor profile, a stale one and silent divisions (R3.3, R3.4, R6.2)', () => {
      const items = itemsOf({
        people: [{ name: 'Petras', role: 'opponent', influence: 'high', division: 'Finance' }],
        contacts: [{ day: ago(3), outcome: 'positive', personal: true }],
        competitors: [{ name: 'Rival UAB', lastUpdated: ago(200) }],
      });

      const flags = worstFirst(items).map((i) => i.kind === 'flag' && i.flag.kind);

      expect(flags).toEqual([
        'strongOpponents',
        'noDecisionMaker',
        'staleCompetitors',
        'divisionsWithoutContact',
      ]);
    });
  });

  describe('groupOf', () => {
    it('marks a broken rule as an alert, one about to break or a blind spot as a warning, a pause as information', () => {
      expect(groupOf('pauseBroken')).toBe('alert');
      expect(groupOf('reviewOverdue')).toBe('alert');
      expect(groupOf('contactDueSoon')).toBe('warning');
      expect(groupOf('flag')).toBe('warning');
      expect(groupOf('pausing')).toBe('info');
    });
  });
});
