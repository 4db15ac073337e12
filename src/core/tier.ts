// R1.1–R1.3: a client's share of total revenue and the revenue tier it puts the client in,
// compared exactly: money in whole cents, thresholds as the decimals a user typed.
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
 * An amount of money in whole cents (R1: the Decision compares money in cents, never a
 * floating-point quotient). Example: 1,000.01 → 100001; 0.005 → 1.
 */
export function centsOf(amount: number): number {
  return Math.round(amount * 100);
}

/**
 * Adds amounts in whole cents and gives the sum back as money, so that a total summed from
 * many rows is exact to the cent. Example: 100.10 + 250.25 + 350.35 + 300.30 → 1001 (not
 * 1001.0000000000001).
 */
export function sumOfMoney(amounts: Iterable<number>): number {
  let cents = 0;
  for (const amount of amounts) cents += centsOf(amount);
  return cents / 100;
}

/**
 * Checks a revenue and its total: the total positive in cents and at least the revenue, or the
 * share would be meaningless. Returns both in cents.
 */
function centsPair(revenue: number, total: number): { revenue: number; total: number } {
  assertRevenue(revenue);
  assertRevenue(total, 'total');
  const cents = { revenue: centsOf(revenue), total: centsOf(total) };
  if (!Number.isFinite(cents.revenue)) fail('NOT_FINITE', { field: 'revenue' });
  if (!Number.isFinite(cents.total)) fail('NOT_FINITE', { field: 'total' });
  if (cents.total <= 0) fail('TOTAL_NOT_POSITIVE', { field: 'total' });
  if (cents.total < cents.revenue) fail('TOTAL_BELOW_REVENUE', { field: 'total' });
  return cents;
}

/**
 * R1.1: a client's share of total revenue, as a fraction: the quotient of the whole cents, so
 * that a share that is exactly 10 % shows as 0.1. The total must be positive and at least the
 * client's revenue. Example: 1,000.01 of 10,000.10 → 0.1 (not 0.09999999999999999).
 */
export function shareOf(revenue: number, total: number): number {
  const cents = centsPair(revenue, total);
  return cents.revenue / cents.total;
}

/**
 * A threshold as the exact decimal a user typed: 0.1 → 1/10, 0.125 → 125/1000. A number's
 * shortest text (what JavaScript prints) is the decimal Sheets shows for the typed 10 %.
 */
function decimalOf(value: number): { numerator: bigint; denominator: bigint } {
  const match = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value));
  if (!match) return fail('NOT_A_SHARE', { field: 'threshold' });
  const fraction = match[2] ?? '';
  const exponent = Number(match[3] ?? 0) - fraction.length;
  const digits = BigInt(match[1] + fraction);
  // digits × 10^exponent: a positive exponent multiplies the numerator, a negative one divides.
  return {
    numerator: digits * 10n ** BigInt(Math.max(exponent, 0)),
    denominator: 10n ** BigInt(Math.max(-exponent, 0)),
  };
}

/**
 * Whether revenue ÷ total is below (-1), at (0) or above (1) a threshold, decided on the
 * figures themselves: revenue in cents × the threshold's denominator against its numerator ×
 * total in cents, in whole numbers (BigInt, exact at any size). Example: 1,000.01 of
 * 10,000.10 against 0.1 → 0 (exactly at it).
 */
export function compareShare(revenue: number, total: number, threshold: number): -1 | 0 | 1 {
  const cents = centsPair(revenue, total);
  const { numerator, denominator } = decimalOf(threshold);
  const left = BigInt(cents.revenue) * denominator;
  const right = numerator * BigInt(cents.total);
  return left < right ? -1 : left > right ? 1 : 0;
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
 * R1.1–R1.3: the tier a client's revenue puts it in. Inclusive at the key threshold, strict
 * above the critical and mono ones (the R1 Decision of docs/rules.md), each compared exactly
 * (`compareShare`). Every surface that shows a tier asks this one function: KAM_TIER, the
 * Accounts tier, the dashboard. Example: 1,000.01 of 10,000.10 → 'key'; 2,000.02 of
 * 10,000.10 → 'key'; 2,000.03 of 10,000.10 → 'critical'.
 */
export function tierOfRevenue(
  revenue: number,
  total: number,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): Tier {
  if (compareShare(revenue, total, thresholds.mono) > 0) return 'mono';
  if (compareShare(revenue, total, thresholds.critical) > 0) return 'critical';
  if (compareShare(revenue, total, thresholds.key) >= 0) return 'key';
  return 'regular';
}
