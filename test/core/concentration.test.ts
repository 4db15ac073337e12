import fc from 'fast-check';
import { herfindahlIndex, topShare } from '../../src/core/concentration';

describe('concentration', () => {
  describe('herfindahlIndex', () => {
    it('gives 3,800 for shares of 50 %, 30 % and 20 % (R1.3)', () => {
      expect(herfindahlIndex([0.5, 0.3, 0.2])).toBe(3800);
      expect(herfindahlIndex([500, 300, 200])).toBe(3800);
    });

    it('gives 10,000 for a single client and falls as clients are added', () => {
      expect(herfindahlIndex([42])).toBe(10000);
      expect(herfindahlIndex([1, 1, 1, 1])).toBe(2500);
    });

    it('stays between 10,000 / n and 10,000 for any revenues', () => {
      fc.assert(
        fc.property(
          fc.array(fc.double({ min: 0.01, max: 1e9, noNaN: true }), {
            minLength: 1,
            maxLength: 50,
          }),
          (revenues) => {
            const index = herfindahlIndex(revenues);

            expect(index).toBeGreaterThanOrEqual(10000 / revenues.length - 1e-3);
            expect(index).toBeLessThanOrEqual(10000 + 1e-3);
          },
        ),
      );
    });
  });

  describe('topShare', () => {
    it('sums the largest clients first', () => {
      expect(topShare([20, 50, 30], 1)).toBeCloseTo(0.5);
      expect(topShare([20, 50, 30], 2)).toBeCloseTo(0.8);
      expect(topShare([20, 50, 30], 5)).toBeCloseTo(1);
    });
  });
});
