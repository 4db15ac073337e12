// The record stands (R4.3, R5.2): a broken pause kept on record counts in the scorecard even
// after the contacts that showed it were edited or removed.
import type { ContactEvent } from '../../src/core/contacts';
import { dayOfIso } from '../../src/core/days';
import { DEFAULT_INTERVALS } from '../../src/core/intervals';
import { pausesOnRecord, scorecards } from '../../src/core/scorecard';

const day = (iso: string) => dayOfIso(iso) as number;
const today = day('2026-11-26');
const since = day('2026-06-01');

const negative = (iso: string): ContactEvent => ({
  day: day(iso),
  outcome: 'negative',
  personal: true,
});

function pausesRespected(
  contacts: ContactEvent[],
  recorded = [] as { negative: number; breach: number }[],
) {
  const [card] = scorecards(
    [
      {
        manager: 'Mantas',
        reviews: [],
        contacts,
        recordedBreaches: recorded,
        plan: [],
        dossierFilled: 0,
        dossierFields: 0,
      },
    ],
    since,
    today,
    DEFAULT_INTERVALS,
  );
  return card.pausesRespected;
}

describe('scorecard', () => {
  describe('pausesOnRecord', () => {
    it('keeps a pause broken when the call inside it was removed', () => {
      const recorded = [{ negative: day('2026-11-18'), breach: day('2026-11-21') }];

      const pauses = pausesOnRecord(
        [{ negative: day('2026-11-18'), until: day('2026-12-02') }],
        recorded,
        14,
      );

      expect(pauses).toEqual([
        { negative: day('2026-11-18'), until: day('2026-12-02'), breach: day('2026-11-21') },
      ]);
    });

    it('counts a recorded breach whose negative contact went too', () => {
      const recorded = [{ negative: day('2026-10-01'), breach: day('2026-10-03') }];

      const pauses = pausesOnRecord([], recorded, 14);

      expect(pauses).toEqual([
        { negative: day('2026-10-01'), until: day('2026-10-15'), breach: day('2026-10-03') },
      ]);
    });

    it('counts a breach once when the contacts still show it and the record has it too', () => {
      const shown = {
        negative: day('2026-10-01'),
        until: day('2026-10-15'),
        breach: day('2026-10-02'),
      };

      const pauses = pausesOnRecord(
        [shown],
        [{ negative: day('2026-10-01'), breach: day('2026-10-03') }],
        14,
      );

      expect(pauses).toEqual([shown]);
    });
  });

  describe('scorecards', () => {
    it('holds a removed breach against the manager: pauses respected stays at 0 %', () => {
      const contacts = [negative('2026-11-18')];

      const clean = pausesRespected(contacts);
      const onRecord = pausesRespected(contacts, [
        { negative: day('2026-11-18'), breach: day('2026-11-21') },
      ]);

      expect(clean).toBe(100);
      expect(onRecord).toBe(0);
    });

    it('leaves out a recorded breach from before the period', () => {
      const recorded = [{ negative: day('2026-03-01'), breach: day('2026-03-02') }];

      expect(pausesRespected([], recorded)).toBeUndefined();
    });
  });
});
