// An edit in Settings (R1 thresholds, the company total): re-tier every account at once from
// Revenue and Settings alone, and leave the rest of the statuses to the next full check.
import { messagesFor } from '../../i18n';
import type { Properties } from '../platform/platform';
import { readPortfolio } from '../sheet/portfolio-read';
import type { Workbook } from '../sheet/workbook';
import { type StatusCells, showsStatus, TIER_KEYS, writeStatuses } from './account-status';

/**
 * Document property: set when Settings changed after the last full check, so that the next
 * scheduled run checks again even on a day already checked (intervals and colours follow
 * the settings too, R3.6, R5).
 */
export const RECHECK_KEY = 'kam.check.recheck';

/**
 * Rewrites the revenue, share and tier of every account whose figures moved with the new
 * Settings (R1.1–R1.3): two sheets read (Accounts, Revenue), only changed rows written, so it
 * fits onEdit's 30 seconds on any workbook. Marks the workbook for a full recheck. Example:
 * the key share lowered from 10 % to 5 % makes a client of 6 % Key in Accounts at once.
 */
export function retierAccounts(workbook: Workbook, properties: () => Properties): number {
  const portfolio = readPortfolio(workbook, ['accounts', 'revenue']);
  const table = portfolio.tables.accounts;
  const m = messagesFor(workbook.lang);
  const changed = new Map<number, StatusCells>();
  for (const record of portfolio.accounts) {
    const status: StatusCells = {
      values: { revenue: record.revenue, share: record.share, tier: record.tier },
      notes: { tier: record.tier === 'mono' ? m.monoClientAlert : '' },
      severity: 'ok',
    };
    if (!showsStatus(record, status, TIER_KEYS)) changed.set(record.row.rowNumber, status);
  }
  if (table && changed.size > 0) writeStatuses(table, workbook, changed, TIER_KEYS);
  properties().setProperty(RECHECK_KEY, 'settings');
  return changed.size;
}
