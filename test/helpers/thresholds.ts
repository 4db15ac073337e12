// Amounts that sit exactly at a revenue threshold (R1.1–R1.3) and one cent either side, for the
// exact-comparison tests of every surface that shows a share or a tier.
import type { Tier } from '../../src/core/tier';

/** Each default threshold: its name, its share, and the tiers one cent below, at and above it. */
export const THRESHOLD_CASES: readonly [string, number, Tier, Tier, Tier][] = [
  ['key (10 %)', 0.1, 'regular', 'key', 'key'],
  ['critical (20 %)', 0.2, 'key', 'key', 'critical'],
  ['mono-client (50 %)', 0.5, 'critical', 'critical', 'mono'],
];

/**
 * A total and three revenues in money (as a user types them, with cents): `at` is exactly
 * `threshold` of `total`, `below` and `above` one cent either side. `k` scales the amounts.
 * Example: (0.1, 100001) → total 10,000.10; at 1,000.01; below 1,000.00; above 1,000.02.
 */
export function atThreshold(
  threshold: number,
  k: number,
): { total: number; below: number; at: number; above: number } {
  const percent = Math.round(threshold * 100);
  const totalCents = 100 * k;
  const atCents = percent * k;
  return {
    total: totalCents / 100,
    below: (atCents - 1) / 100,
    at: atCents / 100,
    above: (atCents + 1) / 100,
  };
}
