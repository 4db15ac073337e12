// What a check run does from start to end, whoever started it (the hourly trigger or the menu):
// the check, its line in the KAM log, then the dashboard from the same statuses. Add-on
// triggers send no failure e-mails, so every failure is logged too. The change trigger only
// marks the workbook as changed; the next hourly run does the work.
import { dayOfDate, isoOf } from '../../core/days';
import { type Lang, langOfLocale, messagesFor } from '../../i18n';
import { RECHECK_KEY } from '../check/retier';
import { type CheckSummary, runCheck } from '../check/run';
import { refreshDashboard } from '../dashboard/dashboard';
import type { DashboardModel } from '../dashboard/model';
import { digestsAfterCheck, holdForDigestHour, waitForDigestHour } from '../digest/after-check';
import { DIGEST_PENDING_KEY } from '../digest/state';
import type { Platform } from '../platform/platform';
import type { Portfolio } from '../sheet/portfolio-read';
import { LAST_RUN_KEY, logRun, type RunRecord } from '../sheet/run-log';
import { appsScriptZone } from '../sheet/zone';

/** Who started a check, for the Log sheet. */
export type RunTrigger = 'schedule' | 'change' | 'menu';

/** Document property: the day the scheduled check last completed. */
export const DONE_KEY = 'kam.check.doneDay';
/** Document property: set while a check is unfinished, so the next scheduled run resumes it. */
export const PENDING_KEY = 'kam.check.pending';
/** Document property: when rows were last inserted or deleted (ISO), for the next hourly run. */
export const CHANGED_KEY = 'kam.check.changedAt';
/** The scope every part of a run needs: reading and writing the spreadsheet. */
const RUN_SCOPES = ['spreadsheets'];

/**
 * The run in words, with what it could not find and any setting it ignored, so that a
 * missing column or a typo cannot change a status unseen.
 */
function wordSummary(lang: Lang, summary: CheckSummary): string {
  const m = messagesFor(lang).check;
  const done = summary.complete
    ? m.done(
        summary.accounts,
        summary.bySeverity.alert,
        summary.bySeverity.warning,
        summary.bySeverity.info,
      )
    : m.partial(summary.computed, summary.accounts);
  const missing = summary.missing.length > 0 ? [m.missing(summary.missing.join(', '))] : [];
  return [
    done,
    ...missing,
    ...summary.ignoredSettings.map((s) => m.settingIgnored(s.label, s.got)),
  ].join(' ');
}

export interface CheckOutcome {
  summary?: CheckSummary;
  /** What the dashboard read and computed, when it was rebuilt (the digests reuse it). */
  dashboard?: { portfolio: Portfolio; model: DashboardModel };
  /** The run's line in the KAM log (the last one written, a failure's when one failed). */
  record: RunRecord;
}

/**
 * Runs the check now, logs the result and, when complete, rebuilds the dashboard from the
 * statuses the check computed. A failure is logged and leaves the previous highlights as
 * they were (the status block is written only at the end).
 */
export function checkAndLog(
  platform: Platform,
  trigger: RunTrigger,
  now: Date,
  resume = false,
): CheckOutcome {
  const spreadsheet = platform.spreadsheet();
  const properties = () => platform.properties();
  try {
    const summary = runCheck(platform, now, { resume, startedAt: now.getTime() });
    const { lang } = summary;
    const by = messagesFor(lang).check.by[trigger];
    const outcome = summary.complete ? 'ok' : 'partial';
    const message = wordSummary(lang, summary);
    let record = logRun(properties, spreadsheet, lang, { trigger: by, outcome, message }, now);
    let dashboard: CheckOutcome['dashboard'];
    if (summary.complete) {
      try {
        dashboard = refreshDashboard(summary.portfolio, summary.statuses, now);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        const failed = `${messagesFor(lang).dashboard.sheet}: ${reason}`;
        record = logRun(
          properties,
          spreadsheet,
          lang,
          { trigger: by, outcome: 'failed', message: failed },
          now,
        );
      }
    }
    return { summary, record, dashboard };
  } catch (error) {
    const lang = langOfLocale(spreadsheet.getSpreadsheetLocale());
    const message = error instanceof Error ? error.message : String(error);
    const record = logRun(
      properties,
      spreadsheet,
      lang,
      { trigger: messagesFor(lang).check.by[trigger], outcome: 'failed', message },
      now,
    );
    return { record };
  }
}

/**
 * Whether rows were inserted or deleted since the last check started (the menu's or the
 * hourly one's: either did the work). Example: changed 10:05, last check 09:00 → true.
 */
function changedSince(state: Record<string, string>): boolean {
  const changed = state[CHANGED_KEY];
  if (!changed) return false;
  try {
    const last = JSON.parse(state[LAST_RUN_KEY] ?? 'null') as RunRecord | null;
    return !last?.at || changed >= last.at;
  } catch {
    return true;
  }
}

/**
 * The hourly trigger: the day's check once, the rest of an unfinished one, a check after rows
 * were inserted or deleted since the last one, or again the same day when Settings changed
 * since (RECHECK_KEY, set by onEdit); with digests on, at their hour, followed by the day's
 * e-mails (or the rest of them, when a run stopped). A trigger cannot show Google's consent
 * screen, so a run whose owner no longer grants the spreadsheets scope does nothing and says
 * so where the menu shows the last run (the KAM log is a sheet it may not write).
 */
export function scheduledCheck(platform: Platform): void {
  const now = platform.clock.now();
  const props = platform.properties();
  const state = props.getProperties();
  const missing = platform.consent.missing(RUN_SCOPES);
  if (missing.length > 0) {
    console.warn(`KAM daily check skipped: scopes not granted: ${missing.join(', ')}`);
    const record: RunRecord = {
      at: now.toISOString(),
      trigger: 'schedule',
      outcome: 'failed',
      message: `Not granted: ${missing.join(', ')}`,
      missingScopes: missing,
    };
    props.setProperty(LAST_RUN_KEY, JSON.stringify(record));
    return;
  }
  const spreadsheet = platform.spreadsheet();
  const zone = appsScriptZone(spreadsheet.getSpreadsheetTimeZone(), platform.formatDate);
  const today = isoOf(dayOfDate(now, zone));
  const pending = state[PENDING_KEY] === today;
  const recheck = state[RECHECK_KEY] !== undefined;
  const done = state[DONE_KEY] === today;
  if (done && !pending && !recheck && !changedSince(state)) {
    if (state[DIGEST_PENDING_KEY] === today) digestsAfterCheck(platform, undefined, now);
    return;
  }
  if (!pending && waitForDigestHour(state, now, zone)) return;
  const { summary, dashboard } = checkAndLog(platform, 'schedule', now, pending);
  if (!summary) return;
  if (!summary.complete) {
    props.setProperty(PENDING_KEY, today);
    return;
  }
  if (state[PENDING_KEY] !== undefined) props.deleteProperty(PENDING_KEY);
  if (recheck) props.deleteProperty(RECHECK_KEY);
  if (holdForDigestHour(platform, summary, now)) {
    // Digests just turned on (or moved later): the run at their hour checks again and mails.
    if (done) props.deleteProperty(DONE_KEY);
    return;
  }
  props.setProperty(DONE_KEY, today);
  if (summary.portfolio.workbook.settings.digests === 'on')
    digestsAfterCheck(platform, dashboard, now);
}

/** The change trigger: rows inserted or deleted (onEdit misses both) mark the workbook changed. */
export function onChange(platform: Platform, e: { changeType?: string }): void {
  if (e.changeType !== 'REMOVE_ROW' && e.changeType !== 'INSERT_ROW') return;
  platform.properties().setProperty(CHANGED_KEY, platform.clock.now().toISOString());
}
