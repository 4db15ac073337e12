import { causeOf } from '../../src/core/errors';
import { assertRevenue, assertThresholds, shareOf, tierOf } from '../../src/core/tier';

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

    it('refuses a total of 0 or below the revenue', () => {
      expect(codeOf(() => shareOf(10, 0))).toBe('TOTAL_NOT_POSITIVE');
      expect(codeOf(() => shareOf(120, 100))).toBe('TOTAL_BELOW_REVENUE');
    });

    it('refuses negative, NaN and infinite revenue', () => {
      expect(codeOf(() => shareOf(-1, 100))).toBe('NEGATIVE');
      expect(codeOf(() => shareOf(Number.NaN, 100))).toBe('NOT_A_NUMBER');
      expect(codeOf(() => shareOf(1, Number.POSITIVE_INFINITY))).toBe('NOT_FINITE');
    });
  });

  describe('tierOf', () => {
    it('makes a client key at exactly 10 % (R1.1, inclusive)', () => {
      expect(tierOf(0.0999)).toBe('regular');
      expect(tierOf(0.1)).toBe('key');
    });

    it('makes a client critical only above 20 % (R1.2, strict)', () => {
      expect(tierOf(0.2)).toBe('key');
      expect(tierOf(0.2001)).toBe('critical');
    });

    it('makes a client a mono-client only above 50 % (R1.3, strict)', () => {
      expect(tierOf(0.5)).toBe('critical');
      expect(tierOf(0.5001)).toBe('mono');
    });

    it('follows thresholds a workbook overrides', () => {
      const thresholds = { key: 0.05, critical: 0.15, mono: 0.4 };

      expect(tierOf(0.05, thresholds)).toBe('key');
      expect(tierOf(0.16, thresholds)).toBe('critical');
      expect(tierOf(0.41, thresholds)).toBe('mono');
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

    it('takes a revenue of 0 and a client bringing the whole total', () => {
      expect(shareOf(0, 100)).toBe(0);
      expect(shareOf(100, 100)).toBe(1);
    });
  });
});
