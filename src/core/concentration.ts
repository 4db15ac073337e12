// R1.2–R1.3: how concentrated revenue is across clients (HHI and top-N share).
import { fail } from './errors';
import { assertRevenue } from './tier';

/**
 * The total the shares are of: the revenues' own sum, or a company total given beside them
 * (a manager's own workbook lists only some clients), never below the sum.
 */
function totalOf(revenues: readonly number[], companyTotal?: number): number {
  let total = 0;
  for (const revenue of revenues) {
    assertRevenue(revenue, 'revenues');
    total += revenue;
  }
  // No company total (undefined, or not a number) leaves the sum as it is.
  total = Math.max(total, companyTotal || 0);
  if (total <= 0) fail('TOTAL_NOT_POSITIVE', { field: 'revenues' });
  return total;
}

/**
 * Herfindahl–Hirschman index of revenue concentration (R1.2–R1.3), from 0 (spread thin) to
 * 10,000 (one client). Revenues or shares both work: they are normalised to shares first.
 * With a company total above their sum, the clients not listed add nothing (a lower bound).
 * Example: shares 50 %, 30 %, 20 % → 2500 + 900 + 400 = 3800.
 */
export function herfindahlIndex(revenues: readonly number[], companyTotal?: number): number {
  const total = totalOf(revenues, companyTotal);
  let index = 0;
  for (const revenue of revenues) {
    const percent = (revenue / total) * 100;
    index += percent * percent;
  }
  // Float shares such as 0.3 square to 900.0000000000002; four decimals is ample on 0–10,000.
  return Math.round(index * 10_000) / 10_000;
}

/**
 * Share of total revenue brought by the `n` largest clients (R1.3: how much rides on a few),
 * of the company total when one is given. Example: revenues 50, 30, 20 with n = 1 → 0.5;
 * with n = 3 → 1.
 */
export function topShare(revenues: readonly number[], n: number, companyTotal?: number): number {
  if (!Number.isInteger(n) || n < 1) fail('OUT_OF_RANGE', { field: 'n' });
  const total = totalOf(revenues, companyTotal);
  const top = [...revenues].sort((a, b) => b - a).slice(0, n);
  return top.reduce((sum, revenue) => sum + revenue, 0) / total;
}
