// The daily check as an installable time-driven trigger (add-ons: at most hourly, one per
// type per user and document), and a change trigger for deleted rows, which onEdit misses.
import { dayOfDate, isoOf } from '../../core/days';
import { type Lang, langOfLocale, messagesFor } from '../../i18n';
import { refreshDashboard } from '../dashboard/dashboard';
import { appsScriptZone } from '../sheet/zone';
import { runCheck } from './run';
import { logRun } from './run-log';

/** Who started a check, for the Log sheet. */
export type RunTrigger = 'schedule' | 'change' | 'menu';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const SCHEDULED_HANDLER = 'kamScheduledCheck';
export const CHANGE_HANDLER = 'kamOnChange';
/** Document property: the day the scheduled check last completed. */
export const DONE_KEY = 'kam.check.doneDay';
/** Document property: set while a check is unfinished, so the next scheduled run resumes it. */
export const PENDING_KEY = 'kam.check.pending';

/** KAM's own triggers in this document for this user. */
export function kamTriggers(spreadsheet: Spreadsheet): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getUserTriggers(spreadsheet).filter((t) =>
    [SCHEDULED_HANDLER, CHANGE_HANDLER].includes(t.getHandlerFunction()),
  );
}

/**
 * Switches the daily check on: an hourly trigger that does the day's check once (and
 * finishes an unfinished one within the hour), plus a change trigger. Never two of them.
 */
export function turnOnDailyCheck(spreadsheet: Spreadsheet): boolean {
  const handlers = kamTriggers(spreadsheet).map((t) => t.getHandlerFunction());
  if (!handlers.includes(SCHEDULED_HANDLER))
    ScriptApp.newTrigger(SCHEDULED_HANDLER).timeBased().everyHours(1).create();
  if (!handlers.includes(CHANGE_HANDLER))
    ScriptApp.newTrigger(CHANGE_HANDLER).forSpreadsheet(spreadsheet).onChange().create();
  return !handlers.includes(SCHEDULED_HANDLER);
}

/** Switches it off, removing KAM's triggers only. */
export function turnOffDailyCheck(spreadsheet: Spreadsheet): number {
  const ours = kamTriggers(spreadsheet);
  for (const trigger of ours) ScriptApp.deleteTrigger(trigger);
  return ours.length;
}

/**
 * The run in words, with what it could not find and any setting it ignored, so that a
 * missing column or a typo cannot change a status unseen.
 */
function wordSummary(lang: Lang, summary: ReturnType<typeof runCheck>): string {
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

/**
 * Runs the check now and logs the result; a failure is logged and leaves the previous
 * highlights as they were (the status block is written only at the end).
 */
export function checkAndLog(
  spreadsheet: Spreadsheet,
  trigger: RunTrigger,
  now: Date,
  resume = false,
): ReturnType<typeof runCheck> | undefined {
  try {
    const summary = runCheck(spreadsheet, now, { resume });
    const { lang } = summary;
    const by = messagesFor(lang).check.by[trigger];
    const outcome = summary.complete ? 'ok' : 'partial';
    logRun(spreadsheet, lang, { trigger: by, outcome, message: wordSummary(lang, summary) }, now);
    if (summary.complete) {
      try {
        refreshDashboard(spreadsheet, now, summary.portfolio);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        const message = `${messagesFor(lang).dashboard.sheet}: ${reason}`;
        logRun(spreadsheet, lang, { trigger: by, outcome: 'failed', message }, now);
      }
    }
    return summary;
  } catch (error) {
    const lang = langOfLocale(spreadsheet.getSpreadsheetLocale());
    const message = error instanceof Error ? error.message : String(error);
    logRun(
      spreadsheet,
      lang,
      { trigger: messagesFor(lang).check.by[trigger], outcome: 'failed', message },
      now,
    );
    return undefined;
  }
}

/** The hourly trigger: the day's check once, or the rest of an unfinished one. */
export function scheduledCheck(): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const now = new Date();
  const props = PropertiesService.getDocumentProperties();
  const state = props.getProperties();
  const today = isoOf(dayOfDate(now, appsScriptZone(spreadsheet.getSpreadsheetTimeZone())));
  const pending = state[PENDING_KEY] === today;
  if (state[DONE_KEY] === today && !pending) return;
  const summary = checkAndLog(spreadsheet, 'schedule', now, pending);
  if (!summary) return;
  if (summary.complete) {
    props.setProperty(DONE_KEY, today);
    if (state[PENDING_KEY] !== undefined) props.deleteProperty(PENDING_KEY);
  } else {
    props.setProperty(PENDING_KEY, today);
  }
}

/** The change trigger: a row deleted or inserted anywhere reruns the check. */
export function onChange(e: { changeType?: string }): void {
  if (e.changeType !== 'REMOVE_ROW' && e.changeType !== 'INSERT_ROW') return;
  checkAndLog(SpreadsheetApp.getActiveSpreadsheet(), 'change', new Date());
}
