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

  describe('beside a company total (R1: the company total)', () => {
    it('takes shares of a company total above the listed clients, the others adding nothing', () => {
      const revenues = [600, 300, 100];

      const hhi = herfindahlIndex(revenues, 2000);
      const top = topShare(revenues, 1, 2000);

      expect(hhi).toBe(1150);
      expect(top).toBe(0.3);
    });

    it('never takes a company total below the listed clients, nor one that is not a number', () => {
      const revenues = [600, 300, 100];

      const below = [herfindahlIndex(revenues, 500), topShare(revenues, 1, 500)];
      const notANumber = [herfindahlIndex(revenues, Number.NaN), topShare(revenues, 1, Number.NaN)];

      expect(below).toEqual([4600, 0.6]);
      expect(notANumber).toEqual([4600, 0.6]);
    });
  });

  describe('the argument at fault', () => {
    it('names the revenues or the top n, for the message in the cell', () => {
      const faults = [
        () => herfindahlIndex([5, -1]),
        () => herfindahlIndex([0, 0]),
        () => topShare([1, 2], 0),
      ].map((fn) => {
        try {
          fn();
          return 'taken';
        } catch (error) {
          return `${causeOf(error)?.code} ${causeOf(error)?.field}`;
        }
      });

      expect(faults).toEqual([
        'NEGATIVE revenues',
        'TOTAL_NOT_POSITIVE revenues',
        'OUT_OF_RANGE n',
      ]);
    });
  });
});
