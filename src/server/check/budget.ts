// How long a check may compute before it stops and leaves the rest to the next run: Apps Script
// ends an execution at 6 minutes without a trace (add-ons get no failure e-mail), and after
// computing a complete check still writes the statuses, its log line and the dashboard.

/** "Script runtime: 6 min / execution" (https://developers.google.com/apps-script/guides/services/quotas). */
export const EXECUTION_LIMIT_MS = 6 * 60_000;

/** Kept free at the end whatever the estimate says: the cost model is an estimate. */
export const MARGIN_MS = 60_000;

/** Never less than this for computing, so that every run makes progress. */
const MIN_BUDGET_MS = 60_000;

/**
 * What writing costs after a complete check, by dev/emulator's cost model (per call and per
 * cell): `npm run bench` measured the menu's second run less its reads at 857 ms for 100
 * accounts and 3,664 ms for 1,000 (100 contacts each), the status block, the KAM log line and
 * the dashboard with its charts: about 550 ms plus 3.2 ms an account.
 */
export const WRITING_FIXED_MS = 550;
export const WRITING_MS_PER_ACCOUNT = 3.2;

/** The estimated time to write a complete check of `accounts` accounts. */
export function writingMs(accounts: number): number {
  return WRITING_FIXED_MS + WRITING_MS_PER_ACCOUNT * accounts;
}

/**
 * How long a run may read and compute, counted from the execution's start: the limit, less
 * the margin and twice the estimated writing (the model may be optimistic). Example: 1,000
 * accounts → 360 − 60 − 2 × 3.75 s ≈ 292 s.
 */
export function computeBudgetMs(accounts: number): number {
  return Math.max(MIN_BUDGET_MS, EXECUTION_LIMIT_MS - MARGIN_MS - 2 * writingMs(accounts));
}
