// The check's menu items: run it now, switch the daily check on or off, and the last run's
// result (R3.6, R4.3, R5).
import { messagesFor } from '../../i18n';
import { SHEETS } from '../../template/workbook';
import { EDITS_WAITING_KEY } from '../check/on-edit';
import type { MenuContext, MenuEntry } from '../menu/item';
import type { Platform } from '../platform/platform';
import { LAST_RUN_KEY, lastRun, type RunRecord, runOf } from '../sheet/run-log';
import { openWorkbook } from '../sheet/workbook';
import { checkAndLog } from './daily-run';
import { turnOffDailyCheck, turnOnDailyCheck } from './triggers';

function langOfActive(platform: Platform) {
  return openWorkbook(
    platform,
    platform.spreadsheet(),
    SHEETS.filter((d) => d.key === 'settings'),
  ).lang;
}

/**
 * Caption of the last-run menu item: "Last check: 2026-11-26 06:00, OK"; after a check that
 * failed or stopped while writing, "Last check did not finish (…): run it again"; while an
 * edit waits for a check (onEdit found KAM busy), that it is not checked yet.
 */
export function lastRunCaption(
  record: RunRecord | undefined,
  lang: 'en' | 'lt',
  timeZone: string,
  formatDate: Platform['formatDate'],
  editsWaiting?: string,
): string {
  const m = messagesFor(lang);
  const local = (iso: string) => formatDate(new Date(iso), timeZone, 'yyyy-MM-dd HH:mm');
  if (editsWaiting) return m.check.editsWaiting(local(editsWaiting));
  if (!record) return m.check.never;
  if (record.outcome === 'failed') return m.check.lastRunUnfinished(local(record.at));
  return m.check.lastRun(local(record.at), m.log.outcomes[record.outcome]);
}

/** The check's items; the last run's caption only where the menu may read (not in NONE). */
export function checkMenu(ctx: MenuContext): MenuEntry[] {
  const { m, platform } = ctx;
  const entries: MenuEntry[] = [
    { caption: m.menu.runChecks, functionName: 'runChecksNow' },
    { caption: m.menu.refreshDashboard, functionName: 'refreshDashboardFromMenu' },
    { caption: m.menu.dailyOn, functionName: 'turnOnDailyCheckFromMenu' },
    { caption: m.menu.dailyOff, functionName: 'turnOffDailyCheckFromMenu' },
  ];
  if (ctx.mode !== 'NONE') {
    const timeZone = platform.spreadsheet().getSpreadsheetTimeZone();
    const state = platform.properties().getProperties();
    const caption = lastRunCaption(
      runOf(state[LAST_RUN_KEY]),
      ctx.lang,
      timeZone,
      platform.formatDate,
      state[EDITS_WAITING_KEY],
    );
    entries.push({ caption, functionName: 'showLastRun' });
  }
  return entries;
}

/** Menu "Run checks now": the run's own log line as a toast. */
export function runChecksNow(platform: Platform): void {
  const { summary, record } = checkAndLog(platform, 'menu', platform.clock.now());
  platform.spreadsheet().toast(record.message, messagesFor(summary?.lang ?? 'en').menu.title, 10);
}

/** Menu "Turn on daily check". */
export function turnOnDailyCheckFromMenu(platform: Platform): void {
  const m = messagesFor(langOfActive(platform)).check;
  platform.ui().alert(turnOnDailyCheck(platform) ? m.turnedOn : m.alreadyOn);
}

/** Menu "Turn off daily check". */
export function turnOffDailyCheckFromMenu(platform: Platform): void {
  turnOffDailyCheck(platform);
  platform.ui().alert(messagesFor(langOfActive(platform)).check.turnedOff);
}

/** Menu item with the last run's result: shows its message. */
export function showLastRun(platform: Platform): void {
  const record = lastRun(platform.properties());
  const m = messagesFor(langOfActive(platform));
  platform.ui().alert(record ? `${record.trigger}: ${record.message}` : m.check.never);
}
