import fc from 'fast-check';
import { causeOf } from '../../src/core/errors';
import {
  assertRevenue,
  assertThresholds,
  centsOf,
  compareShare,
  shareOf,
  sumOfMoney,
  type Thresholds,
  tierOfRevenue,
} from '../../src/core/tier';
import { atThreshold, THRESHOLD_CASES } from '../helpers/thresholds';

/** The code and field a check failed with ("NEGATIVE total"), or undefined. */
function fieldOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    const cause = causeOf(error);
    return cause && `${cause.code} ${cause.field}`;
  }
  return undefined;
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return causeOf(error)?.code;
  }
  return undefined;
}

describe('tier', () => {
  describe('shareOf', () => {
    it('divides a client revenue by the total (R1.1)', () => {
      expect(shareOf(120, 1000)).toBeCloseTo(0.12);
    });

    it('shows a share that is exactly 10 % in cents as 0.1, not 0.0999…', () => {
      const share = shareOf(1000.01, 10000.1);

      expect(share).toBe(0.1);
    });

    it('refuses a total of 0 or below the revenue', () => {
      expect(codeOf(() => shareOf(10, 0))).toBe('TOTAL_NOT_POSITIVE');
      expect(codeOf(() => shareOf(120, 100))).toBe('TOTAL_BELOW_REVENUE');
    });

    it('refuses negative, NaN and infinite revenue, and amounts too large to count in cents', () => {
      expect(codeOf(() => shareOf(-1, 100))).toBe('NEGATIVE');
      expect(codeOf(() => shareOf(Number.NaN, 100))).toBe('NOT_A_NUMBER');
      expect(codeOf(() => shareOf(1, Number.POSITIVE_INFINITY))).toBe('NOT_FINITE');
      expect(codeOf(() => shareOf(1, 1e307))).toBe('NOT_FINITE');
    });
  });

  describe('sumOfMoney', () => {
    it('adds revenues to the cent, as the check totals the Revenue sheet', () => {
      expect(0.1 + 0.2).not.toBe(0.3);
      expect(sumOfMoney([0.1, 0.2])).toBe(0.3);
    });
  });

  describe('tierOfRevenue', () => {
    it('makes a client key at exactly 10 % (R1.1, inclusive), even where the quotient reads 0.0999…', () => {
      expect(1000.01 / 10000.1).toBeLessThan(0.1);
      expect(tierOfRevenue(100.1, 1001)).toBe('key');
      expect(tierOfRevenue(1000.01, 10000.1)).toBe('key');
      expect(tierOfRevenue(1000.0, 10000.1)).toBe('regular');
    });

    it('keeps a client at exactly 20 % key, where the quotient reads 0.2000…04 (R1.2, strict)', () => {
      expect(1024.13 / 5120.65).toBeGreaterThan(0.2);
      expect(tierOfRevenue(1024.13, 5120.65)).toBe('key');
      expect(tierOfRevenue(1024.14, 5120.65)).toBe('critical');
    });

    it('makes a client a mono-client only above 50 % (R1.3, strict)', () => {
      expect(tierOfRevenue(500, 1000)).toBe('critical');
      expect(tierOfRevenue(500.01, 1000)).toBe('mono');
    });

    it('follows thresholds a workbook overrides, as the decimals typed (12.5 %)', () => {
      const thresholds = { key: 0.125, critical: 0.15, mono: 0.4 };

      expect(tierOfRevenue(125, 1000, thresholds)).toBe('key');
      expect(tierOfRevenue(124.99, 1000, thresholds)).toBe('regular');
      expect(tierOfRevenue(150.01, 1000, thresholds)).toBe('critical');
      expect(tierOfRevenue(400.01, 1000, thresholds)).toBe('mono');
    });

    it.each(THRESHOLD_CASES)(
      'puts amounts exactly at the %s threshold, and one cent either side, where the rule says',
      (_name, threshold, below, at, above) => {
        fc.assert(
          fc.property(fc.integer({ min: 1, max: 10_000_000 }), (k) => {
            const amounts = atThreshold(threshold, k);

            expect(tierOfRevenue(amounts.below, amounts.total)).toBe(below);
            expect(tierOfRevenue(amounts.at, amounts.total)).toBe(at);
            expect(tierOfRevenue(amounts.above, amounts.total)).toBe(above);
            expect(shareOf(amounts.at, amounts.total)).toBe(threshold);
          }),
          { numRuns: 300 },
        );
      },
    );

    it('agrees with a comparison in whole cents for any thresholds of up to three decimals', () => {
      const permille = fc.integer({ min: 1, max: 1000 });
      fc.assert(
        fc.property(
          fc.tuple(permille, permille, permille).map((t) => t.sort((a, b) => a - b)),
          fc.integer({ min: 0, max: 5_000_000 }),
          fc.integer({ min: 1, max: 5_000_000 }),
          ([key, critical, mono], revenueCents, restCents) => {
            const thresholds: Thresholds = {
              key: key / 1000,
              critical: critical / 1000,
              mono: mono / 1000,
            };
            const total = (revenueCents + restCents) / 100;
            const cents = revenueCents * 1000;
            const totalCents = revenueCents + restCents;
            const expected =
              cents > mono * totalCents
                ? 'mono'
                : cents > critical * totalCents
                  ? 'critical'
                  : cents >= key * totalCents
                    ? 'key'
                    : 'regular';

            expect(tierOfRevenue(revenueCents / 100, total, thresholds)).toBe(expected);
          },
        ),
        { numRuns: 500 },
      );
    });
  });

  describe('compareShare', () => {
    it('compares the figures themselves, at any size', () => {
      expect(compareShare(1e12 + 0.01, 1e13 + 0.1, 0.1)).toBe(0);
      expect(compareShare(1e12, 1e13 + 0.1, 0.1)).toBe(-1);
      expect(centsOf(0.005)).toBe(1);
    });
  });

  describe('compareShare, against any threshold', () => {
    it('compares exactly against a threshold so small it is written with an exponent (1e-7, 2.5e-10)', () => {
      const tenMillionth = [0.01, 0.02].map((revenue) => compareShare(revenue, 100_000, 1e-7));
      const quarterBillionth = [0.01, 0.02].map((revenue) =>
        compareShare(revenue, 40_000_000, 2.5e-10),
      );

      expect(tenMillionth).toEqual([0, 1]);
      expect(quarterBillionth).toEqual([0, 1]);
      expect(compareShare(0.01, 100_000.01, 1e-7)).toBe(-1);
    });

    it('puts every share below a threshold above 100 %, however many digits it is written with', () => {
      const results = [12, 1e21].map((threshold) => compareShare(100, 100, threshold));

      expect(results).toEqual([-1, -1]);
    });

    it('refuses a negative threshold rather than read it without its sign', () => {
      const fault = fieldOf(() => compareShare(10, 100, -0.1));

      expect(fault).toBe('NOT_A_SHARE threshold');
    });
  });

  describe('assertThresholds', () => {
    it('refuses thresholds given as whole percents or out of order', () => {
      expect(codeOf(() => assertThresholds({ key: 10, critical: 0.2, mono: 0.5 }))).toBe(
        'NOT_A_SHARE',
      );
      expect(codeOf(() => assertThresholds({ key: 0.3, critical: 0.2, mono: 0.5 }))).toBe(
        'THRESHOLDS_OUT_OF_ORDER',
      );
      expect(
        codeOf(() => assertThresholds({ key: 0.1, critical: 0.2, mono: 0.5 })),
      ).toBeUndefined();
    });

    it('names the threshold at fault, and takes 100 % as a threshold', () => {
      const problems = [
        { key: 0, critical: 0.2, mono: 0.5 },
        { key: 0.1, critical: 1.01, mono: 0.5 },
        { key: 0.1, critical: 0.2, mono: Number.NaN },
        { key: 0.1, critical: 0.6, mono: 0.5 },
        { key: 0.3, critical: 0.2, mono: 0.5 },
      ].map((t) => fieldOf(() => assertThresholds(t)));

      expect(problems).toEqual([
        'NOT_A_SHARE key',
        'NOT_A_SHARE critical',
        'NOT_A_SHARE mono',
        'THRESHOLDS_OUT_OF_ORDER mono',
        'THRESHOLDS_OUT_OF_ORDER critical',
      ]);
      expect(fieldOf(() => assertThresholds({ key: 1, critical: 1, mono: 1 }))).toBeUndefined();
    });
  });

  describe('assertRevenue', () => {
    it('names the argument at fault: the revenue or the total', () => {
      const faults = [
        () => shareOf(-1, 100),
        () => shareOf(1, -100),
        () => shareOf(Number.NaN, 100),
        () => shareOf(1, Number.NaN),
        () => shareOf(Number.NEGATIVE_INFINITY, 100),
        () => shareOf(1, 0),
        () => shareOf(2, 1),
        () => assertRevenue(-1, 'revenues'),
      ].map(fieldOf);

      expect(faults).toEqual([
        'NEGATIVE revenue',
        'NEGATIVE total',
        'NOT_A_NUMBER revenue',
        'NOT_A_NUMBER total',
        'NOT_FINITE revenue',
        'TOTAL_NOT_POSITIVE total',
        'TOTAL_BELOW_REVENUE total',
        'NEGATIVE revenues',
      ]);
    });

    it('names the figure too large to count in cents: the revenue or the total', () => {
      const faults = [() => shareOf(1e307, 1e308), () => shareOf(1, 1e307)].map(fieldOf);

      expect(faults).toEqual(['NOT_FINITE revenue', 'NOT_FINITE total']);
    });

    it('takes a revenue of 0 and a client bringing the whole total', () => {
      expect(shareOf(0, 100)).toBe(0);
      expect(shareOf(100, 100)).toBe(1);
    });
  });
});
