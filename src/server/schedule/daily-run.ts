// What a check run does from start to end, whoever started it (the hourly trigger or the menu):
// the check, its line in the KAM log, then the dashboard from the same statuses, holding the
// document lock. Add-on triggers send no failure e-mails, so every failure is logged too. The
// change trigger only marks the workbook as changed; the next hourly run does the work.
import { dayOfDate, isoOf, type Zone } from '../../core/days';
import { causeOf } from '../../core/errors';
import { type Lang, langOfLocale, messagesFor } from '../../i18n';
import { EDITS_WAITING_KEY } from '../check/on-edit';
import { RECHECK_KEY } from '../check/retier';
import { type CheckSummary, runCheck } from '../check/run';
import { refreshDashboard } from '../dashboard/dashboard';
import { digestsAfterCheck, holdForDigestHour, waitForDigestHour } from '../digest/after-check';
import { DIGEST_PENDING_KEY } from '../digest/state';
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
  const { alert, warning, info } = summary.bySeverity;
  const done = summary.complete
    ? m.done(summary.accounts, alert, warning, info)
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
  dashboard?: ReturnType<typeof refreshDashboard>;
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
      startedAt: now.getTime(),
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
    const line = { trigger: by(lang), outcome, message } as const;
    const record = logRun(properties, spreadsheet, lang, line, now);
    let dashboard: CheckOutcome['dashboard'];
    if (summary.complete) {
      if (state[EDITS_WAITING_KEY] !== undefined) properties().deleteProperty(EDITS_WAITING_KEY);
      try {
        dashboard = refreshDashboard(summary.portfolio, summary.statuses, now, {
          state,
          properties,
          thorough: changedSince(state),
        });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        const failed = `${messagesFor(lang).dashboard.sheet}: ${reason}`;
        const line = { trigger: by(lang), outcome: 'failed' as const, message: failed };
        return { summary, record: logRun(properties, spreadsheet, lang, line, now, false) };
      }
    }
    return { summary, record, dashboard };
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
 * were inserted or deleted, or again when Settings changed (RECHECK_KEY, set by onEdit); with
 * digests on, at their hour, then the day's e-mails (or the rest, after a stopped run). A run
 * whose owner no longer grants the spreadsheets scope does nothing and says so where the menu
 * shows the last run (a trigger cannot show Google's consent screen).
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
  const waiting = state[EDITS_WAITING_KEY] !== undefined;
  const done = state[DONE_KEY] === today;
  if (done && !pending && !recheck && !waiting && !changedSince(state)) {
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
