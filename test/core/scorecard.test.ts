import { dayOfIso } from '../../src/core/days';
import { DEFAULT_INTERVALS } from '../../src/core/intervals';
import { type ScoredAccount, scorecards } from '../../src/core/scorecard';

const day = (iso: string) => dayOfIso(iso) as number;
const today = day('2026-11-26');
const since = day('2026-06-01');

describe('scorecard', () => {
  describe('scorecards', () => {
    it('scores reviews on time, rhythm, pauses, plan and dossier per manager (R4.3)', () => {
      const [card] = scorecards(
        [
          {
            manager: 'Rasa',
            reviews: [day('2026-03-01'), day('2026-06-05'), day('2026-09-01')],
            contacts: [
              { day: day('2026-11-20'), outcome: 'positive', personal: true },
              { day: day('2026-10-01'), outcome: 'negative', personal: true },
              { day: day('2026-10-03'), outcome: 'neutral', personal: true },
            ],
            plan: [
              { due: day('2026-09-01'), done: true },
              { due: day('2026-10-01'), done: false },
              { due: day('2027-01-01'), done: false },
            ],
            dossierFilled: 15,
            dossierFields: 20,
          },
        ],
        since,
        today,
        DEFAULT_INTERVALS,
      );

      expect(card).toMatchObject({
        manager: 'Rasa',
        accounts: 1,
        reviewsOnTime: 50,
        pausesRespected: 0,
        planDoneOnTime: 50,
        dossierComplete: 75,
      });
      expect(card.rhythmKept).toBeGreaterThan(0);
      expect(card.rhythmKept).toBeLessThan(20);
    });

    it('leaves a measure blank when nothing fell due in the period', () => {
      const [card] = scorecards(
        [
          {
            manager: 'Tomas',
            reviews: [],
            contacts: [],
            plan: [],
            dossierFilled: 0,
            dossierFields: 0,
          },
        ],
        since,
        today,
        DEFAULT_INTERVALS,
      );

      expect(card.pausesRespected).toBeUndefined();
      expect(card.planDoneOnTime).toBeUndefined();
      expect(card.rhythmKept).toBe(0);
    });

    const account = (manager: string, overrides: Partial<ScoredAccount> = {}): ScoredAccount => ({
      manager,
      reviews: [],
      contacts: [],
      plan: [],
      dossierFilled: 0,
      dossierFields: 0,
      ...overrides,
    });

    it('rounds each measure to one decimal (R4.3: 1 of 3 is 33.3 %, 2 of 3 is 66.7 %, 1 of 8 is 12.5 %)', () => {
      const cards = scorecards(
        [
          account('Rasa', { dossierFilled: 1, dossierFields: 3 }),
          account('Tomas', { dossierFilled: 2, dossierFields: 3 }),
          account('Ieva', { dossierFilled: 1, dossierFields: 8 }),
        ],
        since,
        today,
        DEFAULT_INTERVALS,
      );

      expect(cards.map((c) => c.dossierComplete)).toEqual([33.3, 66.7, 12.5]);
    });

    it('adds up a manager’s accounts before scoring, rather than averaging their scores', () => {
      const cards = scorecards(
        [
          account('Rasa', { dossierFilled: 1, dossierFields: 1 }),
          account('Rasa', { dossierFilled: 0, dossierFields: 3 }),
          account('Tomas', { dossierFilled: 3, dossierFields: 4 }),
        ],
        since,
        today,
        DEFAULT_INTERVALS,
      );

      expect(cards.map((c) => [c.manager, c.accounts, c.dossierComplete])).toEqual([
        ['Rasa', 2, 25],
        ['Tomas', 1, 75],
      ]);
    });

    it('counts a review due on the first or the last day of the period, and one made on its due day as on time (R3.6)', () => {
      const [onTime] = scorecards(
        [account('Rasa', { reviews: [day('2026-09-01'), day('2026-03-01'), day('2026-06-01')] })],
        since,
        today,
        DEFAULT_INTERVALS,
      );
      const [late] = scorecards(
        [account('Rasa', { reviews: [day('2026-08-26')] })],
        since,
        today,
        DEFAULT_INTERVALS,
      );

      expect(onTime.reviewsOnTime).toBe(100);
      expect(late.reviewsOnTime).toBe(0);
    });

    it('leaves out reviews due before the period or after today', () => {
      const [card] = scorecards(
        [account('Rasa', { reviews: [day('2026-02-27'), day('2026-08-27')] })],
        since,
        today,
        DEFAULT_INTERVALS,
      );

      expect(card.reviewsOnTime).toBeUndefined();
    });

    it('counts the days a positive contact was at most 10 days old, or a pause ran, as the rhythm kept (R5.1, R5.2)', () => {
      const first = day('2026-11-01');
      const last = day('2026-11-10');
      const positives = [
        { day: day('2026-10-22'), outcome: 'positive', personal: true },
        { day: day('2026-11-05'), outcome: 'positive', personal: true },
      ] as const;
      const negative = { day: day('2026-11-02'), outcome: 'negative', personal: false } as const;

      const [kept, paused] = scorecards(
        [
          account('Rasa', { contacts: positives }),
          account('Tomas', { contacts: [...positives, negative] }),
        ],
        first,
        last,
        DEFAULT_INTERVALS,
      );

      expect(kept.rhythmKept).toBe(70);
      expect(paused.rhythmKept).toBe(100);
    });

    it('scores the pauses that cover the period, one begun the day before included: respected, or broken by a personal contact (R5.2)', () => {
      const contacts = [
        { day: day('2026-05-31'), outcome: 'negative', personal: true },
        { day: since, outcome: 'negative', personal: true },
        { day: day('2026-06-03'), outcome: 'neutral', personal: true },
        { day: day('2026-09-01'), outcome: 'negative', personal: true },
        { day: day('2026-09-03'), outcome: 'neutral', personal: false },
        { day: day('2026-10-01'), outcome: 'negative', personal: true },
      ] as const;

      const [card] = scorecards([account('Rasa', { contacts })], since, today, DEFAULT_INTERVALS);

      // 31 May (broken by the personal call of 1 June), 1 June (broken on 3 June), 1 Sep, 1 Oct.
      expect(card.pausesRespected).toBe(50);
    });

    it('counts plan actions due from the first to the last day of the period, done or not', () => {
      const plan = [
        { due: since, done: true },
        { due: today, done: false },
        { due: day('2026-05-31'), done: false },
        { due: day('2026-11-27'), done: false },
        { done: false },
      ];

      const [card] = scorecards([account('Rasa', { plan })], since, today, DEFAULT_INTERVALS);

      expect(card.planDoneOnTime).toBe(50);
    });

    it('keeps the rhythm only with positive contacts, given in any order (R5.1)', () => {
      const first = day('2026-11-01');
      const last = day('2026-11-10');
      const contacts = [
        { day: day('2026-11-05'), outcome: 'positive', personal: true },
        { day: day('2026-11-01'), outcome: 'neutral', personal: true },
        { day: day('2026-10-22'), outcome: 'positive', personal: true },
      ] as const;

      const [card] = scorecards([account('Rasa', { contacts })], first, last, DEFAULT_INTERVALS);

      expect(card.rhythmKept).toBe(70);
    });

    it('counts a pause as kept rhythm up to its last day, not on the first day personal contact is allowed again (R5.2)', () => {
      const negative = { day: day('2026-11-01'), outcome: 'negative', personal: false } as const;

      const [card] = scorecards(
        [account('Rasa', { contacts: [negative] })],
        day('2026-11-14'),
        day('2026-11-15'),
        DEFAULT_INTERVALS,
      );

      expect(card.rhythmKept).toBe(50);
    });

    it('counts an account overdue all through the period once as missed (R3.6)', () => {
      const [card] = scorecards(
        [account('Rasa', { reviews: [day('2026-01-15')] })],
        since,
        today,
        DEFAULT_INTERVALS,
      );

      expect(card.reviewsOnTime).toBe(0);
    });

    it('counts a pause’s first free day as kept when the positive contact fell due inside the pause (R5.1, R5.2)', () => {
      // Positive 1 November, due 11 November; the negative of 5 November pauses to 18 November.
      const contacts = [
        { day: day('2026-11-01'), outcome: 'positive', personal: true },
        { day: day('2026-11-05'), outcome: 'negative', personal: false },
      ] as const;

      const [card] = scorecards(
        [account('Rasa', { contacts })],
        day('2026-11-19'),
        day('2026-11-20'),
        DEFAULT_INTERVALS,
      );

      expect(card.rhythmKept).toBe(50);
    });

    it('counts an account whose only review is dated after today as never reviewed (R3.6)', () => {
      const [card] = scorecards(
        [account('Rasa', { reviews: [day('2026-12-01')] })],
        since,
        today,
        DEFAULT_INTERVALS,
      );

      expect(card.reviewsOnTime).toBe(0);
    });

    it('counts a review made today, on its due day, as on time (R3.6)', () => {
      const [card] = scorecards(
        [account('Rasa', { reviews: [day('2026-08-26'), today] })],
        since,
        today,
        DEFAULT_INTERVALS,
      );

      expect(card.reviewsOnTime).toBe(100);
    });

    it('scores each due day when the last review fell due on the period’s first day, rather than one miss for the whole period (R3.6)', () => {
      // 29 and 30 November are both due on 28 February: the first was met by the second.
      const reviews = [day('2025-11-29'), day('2025-11-30')];

      const [card] = scorecards(
        [account('Rasa', { reviews })],
        day('2026-02-28'),
        day('2026-05-31'),
        DEFAULT_INTERVALS,
      );

      expect(card.reviewsOnTime).toBe(50);
    });

    it('leaves out a pause that ended before the period began, though broken (R5.2)', () => {
      const contacts = [
        { day: day('2026-05-18'), outcome: 'negative', personal: false },
        { day: day('2026-05-20'), outcome: 'neutral', personal: true },
      ] as const;

      const [card] = scorecards([account('Rasa', { contacts })], since, today, DEFAULT_INTERVALS);

      expect(card.pausesRespected).toBeUndefined();
    });

    it('holds a breach on record against its own pause only, not the manager’s other pauses (R4.3, R5.2)', () => {
      const contacts = [
        { day: day('2026-09-01'), outcome: 'negative', personal: false },
        { day: day('2026-10-01'), outcome: 'negative', personal: false },
      ] as const;
      const recordedBreaches = [{ negative: day('2026-10-01'), breach: day('2026-10-03') }];

      const [card] = scorecards(
        [account('Rasa', { contacts, recordedBreaches })],
        since,
        today,
        DEFAULT_INTERVALS,
      );

      expect(card.pausesRespected).toBe(50);
    });

    it('keeps a broken pause whose contacts were removed beside the pauses the contacts still show (R4.3, R5.2)', () => {
      const contacts = [{ day: day('2026-09-01'), outcome: 'negative', personal: false }] as const;
      const recordedBreaches = [{ negative: day('2026-10-01'), breach: day('2026-10-03') }];

      const [card] = scorecards(
        [account('Rasa', { contacts, recordedBreaches })],
        since,
        today,
        DEFAULT_INTERVALS,
      );

      expect(card.pausesRespected).toBe(50);
    });
  });
});
