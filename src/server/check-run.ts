// The full check (R3.3, R3.4, R3.6, R5, R6.2) of every key account on the day it runs: reads
// each sheet once, computes in memory, writes the Accounts status block once. A workbook too
// big for one run is finished over several, and only the last writes, so no run leaves the
// workbook half-highlighted.
import { type Day, dayOfDate, isoOf } from '../core/days';
import type { Lang } from '../i18n';
import { SHEETS } from '../template/workbook';
import { type AccountStatus, statusOf, writeStatuses } from './account-status';
import { clearProgress, loadProgress, saveProgress } from './check-progress';
import { readPortfolio } from './portfolio-read';
import { openWorkbook } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Time a run may spend computing before it stops and leaves the rest to the next run. */
export const DEFAULT_BUDGET_MS = 4.5 * 60 * 1000;

interface Progress {
  day: string;
  /** Fingerprint of the data the saved statuses were computed from. */
  fingerprint: string;
  /** Statuses computed so far, by Accounts row number. */
  done: Record<string, SavedStatus>;
}

type SavedStatus = Pick<AccountStatus, 'values' | 'notes' | 'severity'>;

export interface CheckSummary {
  day: string;
  lang: Lang;
  accounts: number;
  bySeverity: Record<'ok' | 'info' | 'warning' | 'alert', number>;
  /** False when the run stopped early; the next run continues. */
  complete: boolean;
  computed: number;
}

/** A cheap fingerprint of every value read (FNV-1a over their text), to tell whether saved progress still applies. */
export function fingerprintOf(parts: readonly unknown[]): string {
  let hash = 0x811c9dc5;
  const text = JSON.stringify(parts);
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${text.length}:${hash.toString(16)}`;
}

/**
 * Checks every account on `today`. Computing stops once `budgetMs` is spent (after at
 * least one account, so every run makes progress); what was computed is kept in document
 * the document cache and the next run, on the same day and the same data, carries on from there.
 */
export function runCheck(
  spreadsheet: Spreadsheet,
  now: Date,
  budget = DEFAULT_BUDGET_MS,
  clock: () => number = Date.now,
): CheckSummary {
  const started = clock();
  const cache = CacheService.getDocumentCache();
  const stored = cache ? loadProgress(cache) : undefined;
  const workbook = openWorkbook(spreadsheet, SHEETS);
  const today: Day = dayOfDate(now, workbook.zone);
  const portfolio = readPortfolio(workbook);
  const fingerprint = fingerprintOf(
    portfolio.accounts.map((a) => [a.row.rowNumber, a.facts, a.revenue, a.tier]),
  );
  let progress: Progress = { day: isoOf(today), fingerprint, done: {} };
  try {
    const saved = JSON.parse(stored ?? 'null') as Progress | null;
    if (saved && saved.day === progress.day && saved.fingerprint === fingerprint) progress = saved;
  } catch {
    // A damaged progress record only costs a fresh start.
  }
  let computed = 0;
  for (const record of portfolio.accounts) {
    const key = String(record.row.rowNumber);
    if (progress.done[key]) continue;
    if (computed > 0 && clock() - started >= budget) break;
    const { values, notes, severity } = statusOf(record, workbook, today);
    progress.done[key] = { values, notes, severity };
    computed += 1;
  }
  const complete = portfolio.accounts.every((a) => progress.done[String(a.row.rowNumber)]);
  const bySeverity = { ok: 0, info: 0, warning: 0, alert: 0 };
  if (!complete) {
    if (cache) saveProgress(cache, JSON.stringify(progress));
  } else {
    const table = portfolio.tables.accounts;
    if (table) {
      const byRow = new Map<number, AccountStatus | undefined>();
      for (let row = 2; row <= table.lastRow; row++)
        byRow.set(row, progress.done[String(row)] as AccountStatus | undefined);
      writeStatuses(table, workbook, byRow);
    }
    for (const status of Object.values(progress.done)) bySeverity[status.severity] += 1;
    if (cache && stored !== undefined) clearProgress(cache);
  }
  return {
    day: progress.day,
    lang: workbook.lang,
    accounts: portfolio.accounts.length,
    bySeverity,
    complete,
    computed,
  };
}
