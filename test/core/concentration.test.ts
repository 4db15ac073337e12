import fc from 'fast-check';
import { herfindahlIndex, topShare } from '../../src/core/concentration';
import { causeOf } from '../../src/core/errors';

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

    it('refuses to take a top 0 or a fraction of a client', () => {
      const codes = [0, 1.5, -1].map((n) => {
        try {
          topShare([1, 2], n);
          return 'taken';
        } catch (error) {
          return causeOf(error)?.code;
        }
      });

      expect(codes).toEqual(['OUT_OF_RANGE', 'OUT_OF_RANGE', 'OUT_OF_RANGE']);
      expect(topShare([1, 3], 1)).toBe(0.75);
    });
  });

  describe('without revenue', () => {
    it('refuses a portfolio whose revenues add up to nothing, and a negative revenue', () => {
      const codes = [[0, 0], [], [5, -1]].map((revenues) => {
        try {
          herfindahlIndex(revenues);
          return 'taken';
        } catch (error) {
          return causeOf(error)?.code;
        }
      });

      expect(codes).toEqual(['TOTAL_NOT_POSITIVE', 'TOTAL_NOT_POSITIVE', 'NEGATIVE']);
    });

    it('rounds the index to four decimals so float shares give round numbers', () => {
      expect(herfindahlIndex([1, 2])).toBe(5555.5556);
    });
  });
});
