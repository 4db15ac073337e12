import { dayOfIso } from '../../src/core/days';
import { DEFAULT_INTERVALS } from '../../src/core/intervals';
import { scorecards } from '../../src/core/scorecard';

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
  });
});
