// What a check run does from start to end, whoever started it (the hourly trigger, the change
// trigger, the menu): the check, its line in the KAM log, then the dashboard from the same
// statuses. Add-on triggers send no failure e-mails, so every failure is logged too.
import { dayOfDate, isoOf, type Zone } from '../../core/days';
import { causeOf } from '../../core/errors';
import { type Lang, langOfLocale, messagesFor } from '../../i18n';
import { EDITS_WAITING_KEY } from '../check/on-edit';
import { type CheckSummary, runCheck } from '../check/run';
import { refreshDashboard } from '../dashboard/dashboard';
import { localStamp } from '../dossier/history';
import type { Platform, Properties } from '../platform/platform';
import { LOCK_WAIT_MS, withDocumentLock } from '../sheet/lock';
import { LAST_RUN_KEY, logRun, type RunRecord, runOf } from '../sheet/run-log';
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
  /** The run's line in the KAM log (the last one written, a failure's when one failed). */
  record: RunRecord;
}

/**
 * Runs the check now holding the document lock, logs the result and, when complete, rebuilds
 * the dashboard from the statuses the check computed. Before the status block is written the
 * last run is set to "did not finish", so a check stopped midway (a failure, or Apps Script's
 * time limit) leaves the menu saying so until a run completes; every complete run rewrites
 * every status. When another execution holds the lock, nothing is run or written (BUSY).
 */
export function checkAndLog(
  platform: Platform,
  trigger: RunTrigger,
  now: Date,
  resume = false,
): CheckOutcome {
  let store: Properties | undefined;
  const properties = () => {
    store ??= platform.properties();
    return store;
  };
  try {
    return withDocumentLock(platform, LOCK_WAIT_MS.menu, () =>
      checkLocked(platform, properties, trigger, now, resume),
    );
  } catch (error) {
    if (causeOf(error)?.code !== 'BUSY') throw error;
    const lang = langOfLocale(platform.spreadsheet().getSpreadsheetLocale());
    const m = messagesFor(lang).check;
    const record: RunRecord = {
      at: now.toISOString(),
      trigger: m.by[trigger],
      outcome: 'failed',
      message: m.busy,
    };
    return { record };
  }
}

/** What the run says besides its counts: a repaired unfinished run, edits it now checks. */
function notes(lang: Lang, state: Record<string, string>, zone: Zone): string[] {
  const m = messagesFor(lang).check;
  const previous = runOf(state[LAST_RUN_KEY]);
  const waiting = state[EDITS_WAITING_KEY];
  return [
    ...(previous?.outcome === 'failed' ? [m.repaired] : []),
    ...(waiting ? [m.editsChecked(localStamp(Date.parse(waiting), zone))] : []),
  ];
}

function checkLocked(
  platform: Platform,
  properties: () => Properties,
  trigger: RunTrigger,
  now: Date,
  resume: boolean,
): CheckOutcome {
  const spreadsheet = platform.spreadsheet();
  const at: { phase: 'reading' | 'writing' | 'written' } = { phase: 'reading' };
  try {
    const state = properties().getProperties();
    const by = (lang: Lang) => messagesFor(lang).check.by[trigger];
    const summary = runCheck(platform, now, {
      resume,
      beforeWrite: (lang) => {
        at.phase = 'writing';
        const m = messagesFor(lang).check;
        const mark: RunRecord = {
          at: now.toISOString(),
          trigger: m.by[trigger],
          outcome: 'failed',
          message: m.writing,
        };
        properties().setProperty(LAST_RUN_KEY, JSON.stringify(mark));
      },
    });
    if (at.phase === 'writing') at.phase = 'written';
    const { lang } = summary;
    const outcome = summary.complete ? 'ok' : 'partial';
    const zone = summary.portfolio.workbook.zone;
    const message = [
      wordSummary(lang, summary),
      ...(summary.complete ? notes(lang, state, zone) : []),
    ].join(' ');
    const record = logRun(
      properties,
      spreadsheet,
      lang,
      { trigger: by(lang), outcome, message },
      now,
    );
    if (summary.complete) {
      if (state[EDITS_WAITING_KEY] !== undefined) properties().deleteProperty(EDITS_WAITING_KEY);
      try {
        refreshDashboard(summary.portfolio, summary.statuses, now);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        const failed = `${messagesFor(lang).dashboard.sheet}: ${reason}`;
        const line = { trigger: by(lang), outcome: 'failed' as const, message: failed };
        return { summary, record: logRun(properties, spreadsheet, lang, line, now, false) };
      }
    }
    return { summary, record };
  } catch (error) {
    const lang = langOfLocale(spreadsheet.getSpreadsheetLocale());
    const m = messagesFor(lang).check;
    const reason = error instanceof Error ? error.message : String(error);
    const message =
      at.phase === 'writing'
        ? m.unfinished(reason)
        : at.phase === 'written'
          ? m.failedAfter(reason)
          : m.failed(reason);
    const line = { trigger: m.by[trigger], outcome: 'failed' as const, message };
    return { record: logRun(properties, spreadsheet, lang, line, now) };
  }
}

/** The hourly trigger: the day's check once, or the rest of an unfinished one. */
export function scheduledCheck(platform: Platform): void {
  const spreadsheet = platform.spreadsheet();
  const now = platform.clock.now();
  const props = platform.properties();
  const state = props.getProperties();
  const zone = appsScriptZone(spreadsheet.getSpreadsheetTimeZone(), platform.formatDate);
  const today = isoOf(dayOfDate(now, zone));
  const pending = state[PENDING_KEY] === today;
  const waiting = state[EDITS_WAITING_KEY] !== undefined;
  if (state[DONE_KEY] === today && !pending && !waiting) return;
  const { summary } = checkAndLog(platform, 'schedule', now, pending);
  if (!summary) return;
  if (summary.complete) {
    props.setProperty(DONE_KEY, today);
    if (state[PENDING_KEY] !== undefined) props.deleteProperty(PENDING_KEY);
  } else {
    props.setProperty(PENDING_KEY, today);
  }
}

/** The change trigger: a row deleted or inserted anywhere reruns the check. */
export function onChange(platform: Platform, e: { changeType?: string }): void {
  if (e.changeType !== 'REMOVE_ROW' && e.changeType !== 'INSERT_ROW') return;
  checkAndLog(platform, 'change', platform.clock.now());
}
