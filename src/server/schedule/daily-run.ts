// What a check run does from start to end, whoever started it (the hourly trigger, the change
// trigger, the menu): the check, its line in the KAM log, then the dashboard from the same
// statuses. Add-on triggers send no failure e-mails, so every failure is logged too.
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
import { logRun, type RunRecord } from '../sheet/run-log';
import { appsScriptZone } from '../sheet/zone';

/** Who started a check, for the Log sheet. */
export type RunTrigger = 'schedule' | 'change' | 'menu';

/** Document property: the day the scheduled check last completed. */
export const DONE_KEY = 'kam.check.doneDay';
/** Document property: set while a check is unfinished, so the next scheduled run resumes it. */
export const PENDING_KEY = 'kam.check.pending';

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
    const summary = runCheck(platform, now, { resume });
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
 * The hourly trigger: the day's check once, or the rest of an unfinished one, and again the
 * same day when Settings changed since (RECHECK_KEY, set by onEdit); with digests on, at their
 * hour, followed by the day's e-mails (or the rest of them, when a run stopped).
 */
export function scheduledCheck(platform: Platform): void {
  const spreadsheet = platform.spreadsheet();
  const now = platform.clock.now();
  const props = platform.properties();
  const state = props.getProperties();
  const zone = appsScriptZone(spreadsheet.getSpreadsheetTimeZone(), platform.formatDate);
  const today = isoOf(dayOfDate(now, zone));
  const pending = state[PENDING_KEY] === today;
  const recheck = state[RECHECK_KEY] !== undefined;
  const done = state[DONE_KEY] === today;
  if (done && !pending && !recheck) {
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

/** The change trigger: a row deleted or inserted anywhere reruns the check. */
export function onChange(platform: Platform, e: { changeType?: string }): void {
  if (e.changeType !== 'REMOVE_ROW' && e.changeType !== 'INSERT_ROW') return;
  checkAndLog(platform, 'change', platform.clock.now());
}
