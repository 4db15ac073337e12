// The Decisions of docs/rules.md where the article leaves a choice open (R3.6, R5, R6.2), each
// stated as a manager would check it on a calendar.
import { checkAccount } from '../../src/core/account-check';
import {
  type ContactEvent,
  contactStatus,
  contactsDatedLater,
  nextContactDue,
  pastContacts,
  positiveContactDue,
} from '../../src/core/contacts';
import { dayOfIso, isoOf } from '../../src/core/days';
import { DEFAULT_INTERVALS } from '../../src/core/intervals';
import { nextReviewDue, reviewStatus } from '../../src/core/review';
import { scorecards } from '../../src/core/scorecard';

const d = (text: string) => dayOfIso(text) as number;
const positive = (day: string, personal = true): ContactEvent => ({
  day: d(day),
  outcome: 'positive',
  personal,
});
const negative = (day: string): ContactEvent => ({
  day: d(day),
  outcome: 'negative',
  personal: true,
});
const neutral = (day: string, personal = true): ContactEvent => ({
  day: d(day),
  outcome: 'neutral',
  personal,
});

describe('the Decisions of docs/rules.md', () => {
  describe('R3.6: the next review', () => {
    it('is due on the same day three months on, clamped to a shorter month’s end', () => {
      expect(isoOf(nextReviewDue(d('2026-08-31')))).toBe('2026-11-30');
      expect(isoOf(nextReviewDue(d('2026-11-30')))).toBe('2027-02-28');
      expect(isoOf(nextReviewDue(d('2027-11-30')))).toBe('2028-02-29');
    });

    it('is "due" on the due day and "overdue" from the day after', () => {
      expect(reviewStatus(d('2026-08-31'), d('2026-11-30')).kind).toBe('dueSoon');
      expect(reviewStatus(d('2026-08-31'), d('2026-12-01'))).toMatchObject({
        kind: 'overdue',
        daysOverdue: 1,
      });
    });
  });

  describe('R3.6 and R4.3: reviews in the scorecard', () => {
    const card = (reviews: number[]) =>
      scorecards(
        [{ manager: 'Rūta', reviews, contacts: [], plan: [], dossierFilled: 0, dossierFields: 0 }],
        d('2026-06-01'),
        d('2026-11-26'),
        DEFAULT_INTERVALS,
      )[0].reviewsOnTime;

    it('counts an account never reviewed against the manager, as the check calls it overdue', () => {
      expect(card([])).toBe(0);
    });

    it('counts an account overdue all through the period against the manager', () => {
      expect(card([d('2026-01-10')])).toBe(0);
    });

    it('counts a review due in the period and made on time', () => {
      expect(card([d('2026-05-20'), d('2026-08-15'), d('2026-11-10')])).toBe(100);
    });
  });

  describe('R5: counting days', () => {
    it('makes the next positive contact "due" on day 10 and "overdue" from day 11', () => {
      const log = [positive('2026-11-01')];

      expect(contactStatus(log, d('2026-11-11'))).toMatchObject({
        kind: 'dueSoon',
        due: d('2026-11-11'),
      });
      expect(contactStatus(log, d('2026-11-12'))).toMatchObject({
        kind: 'overdue',
        due: d('2026-11-11'),
      });
    });

    it('counts an account without any positive contact as overdue, whatever else was logged', () => {
      const log = [neutral('2026-11-20'), negative('2026-10-01')];

      expect(contactStatus(log, d('2026-11-26')).kind).toBe('never');
      expect(nextContactDue(undefined, d('2026-10-01'))).toBeUndefined();
    });

    it('moves a positive contact falling due inside a pause to the pause’s first free day', () => {
      const log = [positive('2026-11-01'), negative('2026-11-05')];

      expect(contactStatus(log, d('2026-11-18'))).toMatchObject({
        kind: 'pausing',
        due: d('2026-11-19'),
      });
      expect(contactStatus(log, d('2026-11-19'))).toMatchObject({
        kind: 'dueSoon',
        due: d('2026-11-19'),
      });
      expect(contactStatus(log, d('2026-11-20'))).toMatchObject({
        kind: 'overdue',
        due: d('2026-11-19'),
      });
      expect(isoOf(nextContactDue(d('2026-11-01'), d('2026-11-05'))!)).toBe('2026-11-19');
    });

    it('keeps a due day that came before the pause began', () => {
      const due = positiveContactDue(d('2026-11-01'), [d('2026-11-20')]);

      expect(isoOf(due)).toBe('2026-11-11');
      expect(isoOf(nextContactDue(d('2026-11-01'), d('2026-11-20'))!)).toBe('2026-11-11');
    });

    it('keeps the due day when it is the negative contact’s own day (day 0 is not in the pause)', () => {
      expect(isoOf(positiveContactDue(d('2026-11-01'), [d('2026-11-11')]))).toBe('2026-11-11');
    });

    it('moves the due day again when the first free day falls inside a later pause', () => {
      const due = positiveContactDue(d('2026-11-01'), [d('2026-11-05'), d('2026-11-18')]);

      expect(isoOf(due)).toBe('2026-12-02');
    });

    it('does not judge a personal contact on the negative contact’s own day (day 0)', () => {
      const log = [positive('2026-11-20'), negative('2026-11-24'), neutral('2026-11-24')];

      expect(contactStatus(log, d('2026-11-26')).kind).toBe('pausing');
    });
  });

  describe('R5: a broken pause', () => {
    const log = [
      positive('2026-10-25'),
      negative('2026-11-01'),
      neutral('2026-11-04'),
      negative('2026-11-06'),
    ];

    it('is flagged while the pause lasts, even when a later pause was kept', () => {
      expect(contactStatus(log, d('2026-11-10'))).toMatchObject({
        kind: 'pauseBroken',
        pause: { negative: d('2026-11-01'), breach: d('2026-11-04') },
      });
      expect(contactStatus(log, d('2026-11-14')).kind).toBe('pauseBroken');
    });

    it('is no longer flagged once that pause is over', () => {
      expect(contactStatus(log, d('2026-11-15')).kind).toBe('pausing');
      expect(contactStatus(log, d('2026-11-20')).kind).not.toMatch(/pause/);
    });

    it('counts against the manager in every scorecard period it covers', () => {
      const account = {
        manager: 'Rūta',
        reviews: [],
        contacts: [negative('2026-05-28'), neutral('2026-06-03')],
        plan: [],
        dossierFilled: 0,
        dossierFields: 0,
      };

      const [card] = scorecards([account], d('2026-06-01'), d('2026-11-26'), DEFAULT_INTERVALS);

      expect(card.pausesRespected).toBe(0);
    });

    it('leaves a pause that ended before the period out of the scorecard', () => {
      const account = {
        manager: 'Rūta',
        reviews: [],
        contacts: [negative('2026-05-01'), neutral('2026-05-03')],
        plan: [],
        dossierFilled: 0,
        dossierFields: 0,
      };

      const [card] = scorecards([account], d('2026-06-01'), d('2026-11-26'), DEFAULT_INTERVALS);

      expect(card.pausesRespected).toBeUndefined();
    });
  });

  describe('R5 and R4.3: the rhythm in the scorecard', () => {
    it('counts the pause’s first free day as a due day kept, and the day after as broken', () => {
      const account = (today: string) =>
        scorecards(
          [
            {
              manager: 'Rūta',
              reviews: [],
              contacts: [positive('2026-11-01'), negative('2026-11-05')],
              plan: [],
              dossierFilled: 0,
              dossierFields: 0,
            },
          ],
          d('2026-11-01'),
          d(today),
          DEFAULT_INTERVALS,
        )[0].rhythmKept;

      expect(account('2026-11-19')).toBe(100);
      expect(account('2026-11-20')).toBe(95);
    });
  });

  describe('R5: contacts dated after today', () => {
    const today = d('2026-11-26');
    const log = [positive('2026-11-20'), negative('2026-11-28'), neutral('2026-12-01')];

    it('are left out of the contact status and its pauses', () => {
      expect(contactStatus(log, today)).toMatchObject({ kind: 'ok', due: d('2026-11-30') });
    });

    it('are named, so that the sheet can flag them', () => {
      expect(pastContacts(log, today).map((c) => isoOf(c.day))).toEqual(['2026-11-20']);
      expect(contactsDatedLater(log, today).map((c) => isoOf(c.day))).toEqual([
        '2026-11-28',
        '2026-12-01',
      ]);
    });

    it('are left out of the scorecard', () => {
      const card = (contacts: ContactEvent[]) =>
        scorecards(
          [
            {
              manager: 'Rūta',
              reviews: [],
              contacts,
              plan: [],
              dossierFilled: 0,
              dossierFields: 0,
            },
          ],
          d('2026-11-01'),
          today,
          DEFAULT_INTERVALS,
        )[0];

      expect(card(log)).toEqual(card([positive('2026-11-20')]));
    });
  });

  describe('R6.2: in contact lately', () => {
    const people = [
      {
        name: 'Ona',
        role: 'decisionMaker' as const,
        attitude: 'supporter' as const,
        division: 'Board',
      },
      { name: 'Jonas', division: 'Plant' },
    ];
    const facts = (contacts: ContactEvent[]) => ({
      contacts,
      people,
      competitors: [{ name: 'Rival', lastUpdated: d('2026-11-01') }],
      lastReview: d('2026-11-01'),
    });

    it('counts a person in contact within the review interval back from today, by name in the log', () => {
      const contacts = [
        { ...positive('2026-11-20'), person: 'ona' },
        { ...neutral('2026-08-26', false), person: 'jonas' },
      ];

      const check = checkAccount(facts(contacts), d('2026-11-26'), DEFAULT_INTERVALS);

      expect(check.coverage.peopleInContact).toBe(2);
      expect(check.findings.map((f) => f.kind)).not.toContain('singleThread');
    });

    it('calls a division silent and the account hanging on one person once the window has passed', () => {
      const contacts = [
        { ...positive('2026-11-20'), person: 'ona' },
        { ...neutral('2026-08-25', false), person: 'jonas' },
      ];

      const check = checkAccount(facts(contacts), d('2026-11-26'), DEFAULT_INTERVALS);

      expect(check.findings).toContainEqual({ kind: 'singleThread', people: 1 });
      expect(check.findings).toContainEqual({
        kind: 'divisionsWithoutContact',
        divisions: ['Plant'],
      });
    });
  });
});
