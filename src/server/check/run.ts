// The full check (R3.3, R3.4, R3.6, R5, R6.2) of every key account on the day it runs: reads
// each sheet once, computes in memory, writes the Accounts status block once. A workbook too
// big for one run is finished over several, and only the last writes, so no run leaves the
// workbook half-highlighted.
import { type Day, dayOfDate, isoOf } from '../../core/days';
import type { Lang } from '../../i18n';
import { sheetDef } from '../../template/lookup';
import { SHEETS } from '../../template/workbook';
import type { Platform } from '../platform/platform';
import { CHECK_SHEETS, type Portfolio, readPortfolio } from '../sheet/portfolio-read';
import { openWorkbook } from '../sheet/workbook';
import { type AccountStatus, statusOf, writeStatuses } from './account-status';
import { computeBudgetMs } from './budget';
import { clearProgress, loadProgress, saveProgress } from './progress';

interface Progress {
  day: string;
  /** Fingerprint of the data the saved statuses were computed from. */
  fingerprint: string;
  /** Statuses computed so far, by Accounts row number. */
  done: Record<string, AccountStatus>;
}

export interface CheckSummary {
  day: string;
  lang: Lang;
  /** Settings rows whose value was out of bounds, by label: their default applied. */
  ignoredSettings: { label: string; got: string }[];
  /** What the run read, for the dashboard to reuse instead of reading it again. */
  portfolio: Portfolio;
  /** Every account's status, by account id, when the run is complete (for the dashboard). */
  statuses: Map<string, AccountStatus>;
  /** Required columns the check could not find, as "Sheet: Header" (and sheets not found at all). */
  missing: string[];
  accounts: number;
  bySeverity: Record<'ok' | 'info' | 'warning' | 'alert', number>;
  /** False when the run stopped early; the next run continues. */
  complete: boolean;
  computed: number;
}

/**
 * A fingerprint of what each account's status depends on (its row, contacts, people,
 * competitors, reviews, revenue), to tell whether saved progress still applies. FNV-1a
 * over a short summary per account, so it costs milliseconds on 100,000 contacts.
 */
export function fingerprintOf(portfolio: Portfolio): string {
  let hash = 0x811c9dc5;
  const mix = (n: number) => {
    hash ^= n | 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  };
  for (const a of portfolio.accounts) {
    mix(a.row.rowNumber);
    mix(a.facts.contacts.length);
    for (const c of a.facts.contacts) mix(c.day * 7 + (c.personal ? 1 : 0) + c.outcome.length);
    mix(a.facts.people.length);
    mix(a.facts.competitors.length);
    mix(a.facts.lastReview ?? -1);
    mix(Math.round((a.share ?? -1) * 1e6));
  }
  return `${portfolio.accounts.length}:${hash.toString(16)}`;
}

/** What the check needed and did not find, named in the workbook's language. */
function missingParts(portfolio: Portfolio): string[] {
  const { lang } = portfolio.workbook;
  return CHECK_SHEETS.flatMap((key) => {
    const table = portfolio.tables[key];
    const name = sheetDef(key).name[lang];
    if (!table) return [name];
    return table.missing.filter((c) => c.required).map((c) => `${name}: ${c.header[lang]}`);
  });
}

export interface CheckOptions {
  /** Carry on from saved progress (the scheduled run after an unfinished one). */
  resume?: boolean;
  /** How long reading and computing may take; by default what budget.ts leaves for the workbook's size. */
  budgetMs?: number;
  /** When the execution started (epoch ms; default: when the check starts). */
  startedAt?: number;
  clock?: () => number;
  /** Called once every status is computed, just before the first write (the caller's "unfinished" mark). */
  beforeWrite?: (lang: Lang) => void;
}

/**
 * Checks every account on `today`. Computing stops once the budget is spent, counted from the
 * execution's start (after at least one account, so every run makes progress): by default
 * the 6-minute limit less a margin and the time writing this many accounts takes
 * (budget.ts). What was computed is kept in the document cache, and a run told to resume, on
 * the same day and the same data, carries on from there. Only a complete run writes, and only
 * once every status is computed: one block of values, notes and colours per run of rows and
 * columns (one block in a set-up workbook).
 */
export function runCheck(platform: Platform, now: Date, options: CheckOptions = {}): CheckSummary {
  const clock = options.clock ?? Date.now;
  const started = options.startedAt ?? clock();
  const cache = options.resume ? platform.cache() : null;
  const stored = cache ? loadProgress(cache) : undefined;
  const workbook = openWorkbook(platform, platform.spreadsheet(), SHEETS);
  const today: Day = dayOfDate(now, workbook.zone);
  const portfolio = readPortfolio(workbook, CHECK_SHEETS, undefined, {}, today);
  let progress: Progress = { day: isoOf(today), fingerprint: '', done: {} };
  try {
    const saved = JSON.parse(stored ?? 'null') as Progress | null;
    if (saved && saved.day === progress.day && saved.fingerprint === fingerprintOf(portfolio))
      progress = saved;
  } catch {
    // A damaged progress record only costs a fresh start.
  }
  const budget = options.budgetMs ?? computeBudgetMs(portfolio.accounts.length);
  let computed = 0;
  for (const record of portfolio.accounts) {
    const key = String(record.row.rowNumber);
    if (progress.done[key]) continue;
    if (computed > 0 && clock() - started >= budget) break;
    progress.done[key] = statusOf(record, workbook, today);
    computed += 1;
  }
  const complete = portfolio.accounts.every((a) => progress.done[String(a.row.rowNumber)]);
  const bySeverity = { ok: 0, info: 0, warning: 0, alert: 0 };
  const statuses = new Map<string, AccountStatus>();
  if (!complete) {
    progress.fingerprint = fingerprintOf(portfolio);
    const target = cache ?? platform.cache();
    if (target) saveProgress(target, JSON.stringify(progress));
  } else {
    const table = portfolio.tables.accounts;
    if (table) {
      const byRow = new Map<number, AccountStatus | undefined>();
      for (let row = 2; row <= table.lastRow; row++) byRow.set(row, progress.done[String(row)]);
      options.beforeWrite?.(workbook.lang);
      writeStatuses(table, workbook, byRow);
    }
    for (const status of Object.values(progress.done)) bySeverity[status.severity] += 1;
    for (const record of portfolio.accounts)
      statuses.set(record.id, progress.done[String(record.row.rowNumber)]);
    if (cache && stored !== undefined) clearProgress(cache);
  }
  return {
    day: progress.day,
    lang: workbook.lang,
    portfolio,
    statuses,
    missing: missingParts(portfolio),
    ignoredSettings: workbook.settingProblems.map((p) => ({
      label: p.setting.label[workbook.lang],
      got: p.got,
    })),
    accounts: portfolio.accounts.length,
    bySeverity,
    complete,
    computed,
  };
}
