// R3.4 and R6.2: rivals keep trying to win the client, so a profile must exist and be fresh.
import { competitorWatch } from '../../src/core/competitor-watch';
import { dayOfIso } from '../../src/core/days';

const day = (iso: string) => dayOfIso(iso)!;
const TODAY = day('2026-11-26');

describe('competitor-watch', () => {
  describe('competitorWatch', () => {
    it('says none when no active competitor is profiled, an archived one not counting (R3.4)', () => {
      const archived = [{ name: 'Old rival', lastUpdated: TODAY, archived: true }];

      expect(competitorWatch([], TODAY, 3)).toEqual({ none: true, stale: [] });
      expect(competitorWatch(archived, TODAY, 3)).toEqual({ none: true, stale: [] });
    });

    it('names profiles older than the review interval, and those never dated (R6.2)', () => {
      const profiles = [
        { name: 'Fresh', lastUpdated: day('2026-09-01') },
        { name: 'Due today', lastUpdated: day('2026-08-26') },
        { name: 'A day late', lastUpdated: day('2026-08-25') },
        { name: 'Undated' },
        { name: 'Archived late', lastUpdated: day('2025-01-01'), archived: true },
      ];

      expect(competitorWatch(profiles, TODAY, 3)).toEqual({
        none: false,
        stale: ['A day late', 'Undated'],
      });
    });

    it('follows the workbook’s review interval', () => {
      const profiles = [{ name: 'Rival', lastUpdated: day('2026-09-01') }];

      expect(competitorWatch(profiles, TODAY, 2).stale).toEqual(['Rival']);
      expect(competitorWatch(profiles, TODAY, 3).stale).toEqual([]);
    });
  });
});
