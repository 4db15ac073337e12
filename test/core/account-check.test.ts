import { accountSeverity, checkAccount } from '../../src/core/account-check';
import type { ContactEvent } from '../../src/core/contacts';
import type { Person } from '../../src/core/coverage';
import { dayOfIso } from '../../src/core/days';
import { DEFAULT_INTERVALS } from '../../src/core/intervals';

const today = dayOfIso('2026-11-26') as number;
const ago = (n: number) => today - n;
const maker: Person = {
  name: 'Ona',
  role: 'decisionMaker',
  attitude: 'supporter',
  influence: 'high',
  division: 'Board',
};
/** The Plant division's neutral touch keeps R6.2 quiet in tests about other rules. */
const plantTouch: ContactEvent = {
  day: ago(20),
  outcome: 'neutral',
  personal: false,
  person: 'jonas',
};
const healthy = {
  lastReview: ago(30),
  contacts: [
    plantTouch,
    { day: ago(3), outcome: 'positive', personal: true, person: 'ona' },
  ] as ContactEvent[],
  people: [maker, { name: 'Jonas', role: 'user', division: 'Plant' }] as Person[],
  competitors: [{ name: 'Rival UAB', lastUpdated: ago(10) }],
};

describe('account-check', () => {
  describe('checkAccount', () => {
    it('finds nothing to say about a well-kept account', () => {
      const check = checkAccount(healthy, today, DEFAULT_INTERVALS);

      expect(check.findings).toEqual([]);
      expect(check.severity).toBe('ok');
    });

    it('raises an alert for a review overdue by 12 days (R3.6)', () => {
      const check = checkAccount(
        { ...healthy, lastReview: dayOfIso('2026-08-14') },
        today,
        DEFAULT_INTERVALS,
      );

      expect(check.findings).toContainEqual({
        kind: 'reviewOverdue',
        lastReview: dayOfIso('2026-08-14'),
        due: dayOfIso('2026-11-14'),
        days: 12,
      });
      expect(check.severity).toBe('alert');
    });

    it('warns of a review due tomorrow (R3.6)', () => {
      const check = checkAccount(
        { ...healthy, lastReview: dayOfIso('2026-08-27') },
        today,
        DEFAULT_INTERVALS,
      );

      expect(check.findings).toContainEqual(
        expect.objectContaining({ kind: 'reviewDueSoon', days: 1 }),
      );
      expect(check.severity).toBe('warning');
    });

    it('informs of a pause in force after a negative contact 5 days ago (R5.2)', () => {
      const contacts: ContactEvent[] = [
        { day: ago(8), outcome: 'positive', personal: true },
        { day: ago(5), outcome: 'negative', personal: true },
      ];

      const check = checkAccount({ ...healthy, contacts }, today, DEFAULT_INTERVALS);

      expect(check.findings).toContainEqual({
        kind: 'pausing',
        negative: ago(5),
        until: ago(5) + 14,
      });
      expect(check.severity).toBe('info');
    });

    it('flags a missing decision maker and a strong opponent (R3.3)', () => {
      const people: Person[] = [
        { name: 'Petras', role: 'opponent', attitude: 'opponent', influence: 'high' },
      ];

      const check = checkAccount({ ...healthy, people }, today, DEFAULT_INTERVALS);

      expect(check.findings).toContainEqual({ kind: 'noDecisionMaker' });
      expect(check.findings).toContainEqual({ kind: 'strongOpponents', names: ['Petras'] });
      expect(check.findings).toContainEqual({ kind: 'noSupporter' });
    });

    it('notes a single person in contact and a silent division (R6.2)', () => {
      const contacts = healthy.contacts.filter((c) => c.person === 'ona');

      const check = checkAccount({ ...healthy, contacts }, today, DEFAULT_INTERVALS);

      expect(check.findings).toContainEqual({ kind: 'singleThread', people: 1 });
      expect(check.findings).toContainEqual({
        kind: 'divisionsWithoutContact',
        divisions: ['Plant'],
      });
    });

    it('counts a person in contact by their latest contact by today, not a row dated later (R6.2)', () => {
      const contacts: ContactEvent[] = [
        ...healthy.contacts,
        { day: today + 5, outcome: 'positive', personal: true, person: 'jonas' },
      ];

      const check = checkAccount({ ...healthy, contacts }, today, DEFAULT_INTERVALS);

      expect(check.coverage.peopleInContact).toBe(2);
      expect(check.coverage.divisionsWithoutContact).toEqual([]);
    });

    it('treats a "Last contact" date after today in the decision group as no contact (R6.2)', () => {
      const people: Person[] = [
        maker,
        { name: 'Jonas', division: 'Plant', lastContact: today + 3 },
      ];
      const contacts = healthy.contacts.filter((c) => c.person === 'ona');

      const check = checkAccount({ ...healthy, people, contacts }, today, DEFAULT_INTERVALS);

      expect(check.coverage.divisionsWithoutContact).toEqual(['Plant']);
    });

    it('counts a contact on the first day of the review interval back from today as in contact (R6.2)', () => {
      const windowStart = dayOfIso('2026-08-26') as number;
      const edge = (day: number): ContactEvent[] => [
        healthy.contacts[1],
        { day, outcome: 'neutral', personal: false, person: 'jonas' },
      ];

      const inside = checkAccount(
        { ...healthy, contacts: edge(windowStart) },
        today,
        DEFAULT_INTERVALS,
      );
      const outside = checkAccount(
        { ...healthy, contacts: edge(windowStart - 1) },
        today,
        DEFAULT_INTERVALS,
      );

      expect(inside.coverage.divisionsWithoutContact).toEqual([]);
      expect(outside.coverage.divisionsWithoutContact).toEqual(['Plant']);
    });

    it('warns when no competitor is profiled or a profile is older than the review interval (R3.4, R6.2)', () => {
      expect(
        checkAccount({ ...healthy, competitors: [] }, today, DEFAULT_INTERVALS).findings,
      ).toContainEqual({
        kind: 'noCompetitor',
      });
      expect(
        checkAccount(
          { ...healthy, competitors: [{ name: 'Old Rival', lastUpdated: ago(120) }] },
          today,
          DEFAULT_INTERVALS,
        ).findings,
      ).toContainEqual({ kind: 'staleCompetitors', names: ['Old Rival'] });
    });

    it('flags an account with no decision group for its missing decision maker only, not for a missing supporter (R3.3)', () => {
      const check = checkAccount({ ...healthy, people: [] }, today, DEFAULT_INTERVALS);

      expect(check.findings).toEqual([{ kind: 'noDecisionMaker' }]);
      expect(check.severity).toBe('warning');
    });

    it('lists findings in the order of the Accounts flags: review, contact, group, competitors', () => {
      const check = checkAccount(
        {
          lastReview: undefined,
          contacts: [{ day: ago(2), outcome: 'neutral', personal: false, person: 'petras' }],
          people: [{ name: 'Petras', role: 'opponent', influence: 'high', division: 'IT' }],
          competitors: [{ name: 'Rival', lastUpdated: ago(200) }],
        },
        today,
        DEFAULT_INTERVALS,
      );

      expect(check.findings.map((f) => f.kind)).toEqual([
        'reviewNever',
        'contactNever',
        'noDecisionMaker',
        'noSupporter',
        'strongOpponents',
        'singleThread',
        'staleCompetitors',
      ]);
      expect(check.severity).toBe('alert');
    });

    it('says how many days a contact is overdue or left, counted from its due day (R5.1)', () => {
      const overdue = checkAccount(
        {
          ...healthy,
          contacts: [
            plantTouch,
            { day: ago(13), outcome: 'positive', personal: true, person: 'ona' },
          ],
        },
        today,
        DEFAULT_INTERVALS,
      );
      const soon = checkAccount(
        {
          ...healthy,
          contacts: [
            plantTouch,
            { day: ago(8), outcome: 'positive', personal: true, person: 'ona' },
          ],
        },
        today,
        DEFAULT_INTERVALS,
      );

      expect(overdue.findings).toEqual([
        { kind: 'contactOverdue', lastPositive: ago(13), due: ago(3), days: 3 },
      ]);
      expect(soon.findings).toEqual([
        { kind: 'contactDueSoon', lastPositive: ago(8), due: today + 2, days: 2 },
      ]);
      expect([overdue.severity, soon.severity]).toEqual(['alert', 'warning']);
    });

    it('reports a broken pause with the day of the breach, in red (R5.2)', () => {
      const contacts: ContactEvent[] = [
        plantTouch,
        { day: ago(5), outcome: 'negative', personal: true, person: 'ona' },
        { day: ago(2), outcome: 'neutral', personal: true, person: 'ona' },
        { day: ago(6), outcome: 'positive', personal: true, person: 'ona' },
      ];

      const check = checkAccount({ ...healthy, contacts }, today, DEFAULT_INTERVALS);

      expect(check.findings).toEqual([
        { kind: 'pauseBroken', negative: ago(5), until: ago(5) + 14, breach: ago(2) },
      ]);
      expect(check.severity).toBe('alert');
    });

    it('colours by the loudest finding: a review due soon (amber) outweighs a pause (blue)', () => {
      const contacts: ContactEvent[] = [
        plantTouch,
        { day: ago(3), outcome: 'positive', personal: true, person: 'ona' },
        { day: ago(2), outcome: 'negative', personal: false, person: 'ona' },
      ];

      const check = checkAccount(
        { ...healthy, lastReview: ago(80), contacts },
        today,
        DEFAULT_INTERVALS,
      );

      expect(check.findings.map((f) => f.kind)).toEqual(['reviewDueSoon', 'pausing']);
      expect(check.severity).toBe('warning');
    });

    it('warns of rows dated after today, naming how many, on an otherwise well-kept account (R5)', () => {
      const check = checkAccount({ ...healthy, futureDated: 2 }, today, DEFAULT_INTERVALS);

      expect(check.findings).toEqual([{ kind: 'futureDated', rows: 2, today }]);
      expect(check.severity).toBe('warning');
    });
  });

  describe('accountSeverity', () => {
    it('raises a mono-client in order to amber (R1.3) and leaves every other case alone', () => {
      const cases = [
        accountSeverity('ok', 'mono'),
        accountSeverity('ok', 'critical'),
        accountSeverity('ok', undefined),
        accountSeverity('info', 'mono'),
        accountSeverity('alert', 'mono'),
      ];

      expect(cases).toEqual(['warning', 'ok', 'ok', 'info', 'alert']);
    });
  });
});
