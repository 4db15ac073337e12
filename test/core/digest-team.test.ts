// The supervisor's weekly digest as rules: a manager's scorecard beside last week's (R4.3) and
// who supervises whom (R3.5).
import { figuresOf, scoreLine, supervisedManagers } from '../../src/core/digest-team';
import type { Scorecard } from '../../src/core/scorecard';

const card: Scorecard = {
  manager: 'ieva@example.com',
  accounts: 4,
  reviewsOnTime: 80,
  rhythmKept: 92.5,
  pausesRespected: undefined,
  planDoneOnTime: 50,
  dossierComplete: 67.5,
};
const lower = (s: string) => s.trim().toLowerCase();

describe('digest-team', () => {
  describe('scoreLine', () => {
    it('shows each measure with its change in points since last week', () => {
      const line = scoreLine(card, { reviewsOnTime: 60, rhythmKept: 95, planDoneOnTime: 50 });

      expect(line.scores).toStrictEqual([
        { key: 'reviewsOnTime', value: 80, change: 20 },
        { key: 'rhythmKept', value: 92.5, change: -2.5 },
        { key: 'pausesRespected' },
        { key: 'planDoneOnTime', value: 50, change: 0 },
        { key: 'dossierComplete', value: 67.5 },
      ]);
    });

    it('shows no change in the first week, when there is nothing to compare with', () => {
      expect(scoreLine(card, undefined).scores.every((s) => s.change === undefined)).toBe(true);
    });
  });

  describe('figuresOf', () => {
    it('keeps only the measures there was something to measure for', () => {
      expect(figuresOf(card)).toStrictEqual({
        reviewsOnTime: 80,
        rhythmKept: 92.5,
        planDoneOnTime: 50,
        dossierComplete: 67.5,
      });
    });
  });

  describe('supervisedManagers', () => {
    it('gives each supervisor the managers Accounts names under them, and no one else', () => {
      const map = supervisedManagers(
        [
          { manager: 'Ieva@example.com', supervisor: 'ruta@example.com' },
          { manager: 'ieva@example.com ', supervisor: 'ruta@example.com' },
          { manager: 'mantas@example.com', supervisor: ' RUTA@example.com' },
          { manager: 'laura@example.com', supervisor: 'jonas@example.com' },
          { manager: 'nobody@example.com', supervisor: '' },
          { manager: ' ', supervisor: 'jonas@example.com' },
        ],
        lower,
      );

      expect(Object.fromEntries([...map].map(([k, v]) => [k, [...v].sort()]))).toEqual({
        'ruta@example.com': ['ieva@example.com', 'mantas@example.com'],
        'jonas@example.com': ['laura@example.com'],
      });
    });
  });
});
