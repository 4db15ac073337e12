// R1.1–R1.3: a client's share of total revenue and the revenue tier it puts the client in.
import { fail } from './errors';

/** Revenue tiers of R1.1–R1.3, from least to most dependent. */
export type Tier = 'regular' | 'key' | 'critical' | 'mono';

export const TIERS: readonly Tier[] = ['regular', 'key', 'critical', 'mono'];

/** Share thresholds as fractions of total revenue (0.1 is 10 %). */
export interface Thresholds {
  /** R1.1: a key client brings at least this share (inclusive). */
  key: number;
  /** R1.2: above this share (strict) the company is critically dependent. */
  critical: number;
  /** R1.3: above this share (strict) the client is a mono-client. */
  mono: number;
}

/** The article's defaults (R1.1–R1.3): >= 10 % key, > 20 % critical, > 50 % mono-client. */
export const DEFAULT_THRESHOLDS: Thresholds = { key: 0.1, critical: 0.2, mono: 0.5 };

/**
 * Checks one revenue figure: a finite number of 0 or more (a credit note belongs in the
 * books, not in a share of revenue).
 */
export function assertRevenue(revenue: number, field = 'revenue'): void {
  if (Number.isNaN(revenue)) fail('NOT_A_NUMBER', { field: field });
  if (!Number.isFinite(revenue)) fail('NOT_FINITE', { field: field });
  if (revenue < 0) fail('NEGATIVE', { field: field });
}

/**
 * R1.1: a client's share of total revenue, as a fraction. The total must be positive and
 * at least the client's revenue, or the share would be meaningless.
 * Example: revenue 120 of total 1000 → 0.12.
 */
export function shareOf(revenue: number, total: number): number {
  assertRevenue(revenue);
  assertRevenue(total, 'total');
  if (total <= 0) fail('TOTAL_NOT_POSITIVE', { field: 'total' });
  if (total < revenue) fail('TOTAL_BELOW_REVENUE', { field: 'total' });
  return revenue / total;
}

/**
 * Checks overridden thresholds: each a fraction in (0, 1], and key <= critical <= mono so
 * that every tier is reachable in order.
 */
export function assertThresholds(thresholds: Thresholds): void {
  for (const field of ['key', 'critical', 'mono'] as const) {
    const value = thresholds[field];
    if (!Number.isFinite(value) || value <= 0 || value > 1) fail('NOT_A_SHARE', { field: field });
  }
  if (thresholds.key > thresholds.critical) fail('THRESHOLDS_OUT_OF_ORDER', { field: 'critical' });
  if (thresholds.critical > thresholds.mono) fail('THRESHOLDS_OUT_OF_ORDER', { field: 'mono' });
}

/**
 * R1.1–R1.3: the tier of a share. Inclusive at the key threshold, strict above the
 * critical and mono ones (the R1 Decision of docs/rules.md).
 * Example: 0.1 → 'key', 0.2 → 'key', 0.2001 → 'critical', 0.85 → 'mono'.
 */
export function tierOf(share: number, thresholds: Thresholds = DEFAULT_THRESHOLDS): Tier {
  if (share > thresholds.mono) return 'mono';
  if (share > thresholds.critical) return 'critical';
  if (share >= thresholds.key) return 'key';
  return 'regular';
}
