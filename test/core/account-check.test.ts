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
const healthy = {
  lastReview: ago(30),
  contacts: [{ day: ago(3), outcome: 'positive', personal: true }] as ContactEvent[],
  people: [maker, { name: 'Jonas', role: 'user', division: 'Plant' }] as Person[],
  contactedNames: new Map([
    ['ona', ago(3)],
    ['jonas', ago(20)],
  ]),
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
      const contactedNames = new Map([['ona', ago(3)]]);

      const check = checkAccount({ ...healthy, contactedNames }, today, DEFAULT_INTERVALS);

      expect(check.findings).toContainEqual({ kind: 'singleThread', people: 1 });
      expect(check.findings).toContainEqual({
        kind: 'divisionsWithoutContact',
        divisions: ['Plant'],
      });
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
      const check = checkAccount(
        { ...healthy, people: [], contactedNames: new Map() },
        today,
        DEFAULT_INTERVALS,
      );

      expect(check.findings).toEqual([{ kind: 'noDecisionMaker' }]);
      expect(check.severity).toBe('warning');
    });

    it('lists findings in the order of the Accounts flags: review, contact, group, competitors', () => {
      const check = checkAccount(
        {
          lastReview: undefined,
          contacts: [],
          people: [{ name: 'Petras', role: 'opponent', influence: 'high', division: 'IT' }],
          contactedNames: new Map([['petras', ago(2)]]),
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
        { ...healthy, contacts: [{ day: ago(13), outcome: 'positive', personal: true }] },
        today,
        DEFAULT_INTERVALS,
      );
      const soon = checkAccount(
        { ...healthy, contacts: [{ day: ago(8), outcome: 'positive', personal: true }] },
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
        { day: ago(5), outcome: 'negative', personal: true },
        { day: ago(2), outcome: 'neutral', personal: true },
        { day: ago(6), outcome: 'positive', personal: true },
      ];

      const check = checkAccount({ ...healthy, contacts }, today, DEFAULT_INTERVALS);

      expect(check.findings).toEqual([
        { kind: 'pauseBroken', negative: ago(5), until: ago(5) + 14, breach: ago(2) },
      ]);
      expect(check.severity).toBe('alert');
    });

    it('colours by the loudest finding: a review due soon (amber) outweighs a pause (blue)', () => {
      const contacts: ContactEvent[] = [
        { day: ago(3), outcome: 'positive', personal: true },
        { day: ago(2), outcome: 'negative', personal: false },
      ];

      const check = checkAccount(
        { ...healthy, lastReview: ago(80), contacts },
        today,
        DEFAULT_INTERVALS,
      );

      expect(check.findings.map((f) => f.kind)).toEqual(['reviewDueSoon', 'pausing']);
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
