// KAM_TIER and KAM_SHARE at the exact edges of R1.1–R1.3 (src, no bundle): amounts with cents
// exactly at each threshold and one cent either side, with the total given or summed.
import fc from 'fast-check';
import { messagesFor } from '../../../src/i18n';
import { kamShare, kamTier } from '../../../src/server/functions/custom-functions';
import type { Platform } from '../../../src/server/platform/platform';
import { atThreshold, THRESHOLD_CASES } from '../../helpers/thresholds';

/** The little a custom function reads: the locale, and no calling formula. */
const platform = {
  spreadsheet: () => ({
    getSpreadsheetLocale: () => 'en_US',
    getSpreadsheetTimeZone: () => 'Europe/Vilnius',
  }),
  activeFormula: () => '',
  formatDate: () => '+0200',
} as unknown as Platform;

const label = messagesFor('en').tier;

/** Splits whole cents into `parts` positive amounts of money that add up to them exactly. */
function split(cents: number, cuts: number[]): number[] {
  const points = [...new Set(cuts.map((c) => 1 + (c % Math.max(1, cents - 1))))]
    .filter((c) => c < cents)
    .sort((a, b) => a - b);
  const bounds = [0, ...points, cents];
  return bounds.slice(1).map((b, i) => (b - bounds[i]) / 100);
}

describe('KAM_TIER and KAM_SHARE at the thresholds', () => {
  it.each(THRESHOLD_CASES)(
    'tier a revenue exactly at the %s threshold of a given total, and one cent either side',
    (_name, threshold, below, at, above) => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 50_000_000 }), (k) => {
          const a = atThreshold(threshold, k);

          expect(kamTier(platform, a.below, a.total)).toBe(label[below]);
          expect(kamTier(platform, a.at, a.total)).toBe(label[at]);
          expect(kamTier(platform, a.above, a.total)).toBe(label[above]);
          expect(kamShare(platform, a.at, a.total)).toBe(threshold);
        }),
        { numRuns: 300 },
      );
    },
  );

  it.each(THRESHOLD_CASES)(
    'tier the first of a column exactly at the %s threshold of the column’s sum, and one cent either side',
    (_name, threshold, below, at, above) => {
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 2_000_000 }),
          fc.array(fc.integer({ min: 1, max: 1_000_000_000 }), { maxLength: 30 }),
          (k, cuts) => {
            const percent = Math.round(threshold * 100);
            const revenueCents = percent * k;
            const others = split((100 - percent) * k, cuts);
            const column = (cents: number) => [[cents / 100], ...others.map((o) => [o])];

            const tiers = [revenueCents - 1, revenueCents, revenueCents + 1].map(
              (cents) => (kamTier(platform, column(cents)) as string[][])[0][0],
            );
            const share = (kamShare(platform, column(revenueCents)) as number[][])[0][0];

            expect(tiers).toEqual([label[below], label[at], label[above]]);
            expect(share).toBe(threshold);
          },
        ),
        { numRuns: 200 },
      );
    },
  );
});
