// The check's menu items: run it now, switch the daily check on or off (saying who runs it),
// and the last run's result (R3.6, R4.3, R5).
import { type Lang, messagesFor } from '../../i18n';
import { SHEETS } from '../../template/workbook';
import { EDITS_WAITING_KEY } from '../check/on-edit';
import type { MenuContext, MenuEntry } from '../menu/item';
import type { Platform } from '../platform/platform';
import { LAST_RUN_KEY, lastRun, type RunRecord, runOf } from '../sheet/run-log';
import { openWorkbook } from '../sheet/workbook';
import { checkAndLog } from './daily-run';
import { triggerRecord, turnOffDailyCheck, turnOnDailyCheck } from './triggers';

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

/**
 * The check's items. Where the menu may read (LIMITED, FULL) it says who runs the daily check
 * and offers only the action that applies, and shows the last run; in NONE it can read
 * nothing, so it offers both actions.
 */
export function checkMenu(ctx: MenuContext): MenuEntry[] {
  const { m, platform } = ctx;
  const entries: MenuEntry[] = [
    { caption: m.menu.runChecks, functionName: 'runChecksNow' },
    { caption: m.menu.refreshDashboard, functionName: 'refreshDashboardFromMenu' },
  ];
  const on = { caption: m.menu.dailyOn, functionName: 'turnOnDailyCheckFromMenu' };
  const off = { caption: m.menu.dailyOff, functionName: 'turnOffDailyCheckFromMenu' };
  if (ctx.mode === 'NONE') return [...entries, on, off];
  const properties = platform.properties();
  const record = triggerRecord(properties);
  if (record) {
    const owner = record.owner || m.check.someone;
    entries.push({ caption: m.check.dailyBy(owner), functionName: 'showDailyCheck' }, off);
  } else entries.push(on);
  const timeZone = platform.spreadsheet().getSpreadsheetTimeZone();
  const state = properties.getProperties();
  const caption = lastRunCaption(
    runOf(state[LAST_RUN_KEY]),
    ctx.lang,
    timeZone,
    platform.formatDate,
    state[EDITS_WAITING_KEY],
  );
  entries.push({ caption, functionName: 'showLastRun' });
  return entries;
}

/** Menu "Run checks now": the run's own log line as a toast. */
export function runChecksNow(platform: Platform): void {
  const { summary, record } = checkAndLog(platform, 'menu', platform.clock.now());
  platform.spreadsheet().toast(record.message, messagesFor(summary?.lang ?? 'en').menu.title, 10);
}

/** Menu "Turn on daily check": on, already on, or whom to ask when another user runs it. */
export function turnOnDailyCheckFromMenu(platform: Platform): void {
  const m = messagesFor(langOfActive(platform)).check;
  const result = turnOnDailyCheck(platform);
  const words = {
    on: m.turnedOn,
    alreadyOn: m.alreadyOn,
    otherOwner: m.runByOther(result.kind === 'otherOwner' ? result.owner || m.someone : ''),
  };
  platform.ui().alert(words[result.kind]);
}

/** Menu "Turn off daily check": off, already off, or whom to ask when another user runs it. */
export function turnOffDailyCheckFromMenu(platform: Platform): void {
  const m = messagesFor(langOfActive(platform)).check;
  const result = turnOffDailyCheck(platform);
  const words = {
    off: m.turnedOff,
    alreadyOff: m.alreadyOff,
    otherOwner: m.runByOther(result.kind === 'otherOwner' ? result.owner || m.someone : ''),
  };
  platform.ui().alert(words[result.kind]);
}

/** Menu "Daily check: on, run by …": who runs it and what that means for the user who asks. */
export function showDailyCheck(platform: Platform): void {
  const m = messagesFor(langOfActive(platform)).check;
  const record = triggerRecord(platform.properties());
  const me = platform.user.active().trim().toLowerCase();
  if (!record) platform.ui().alert(m.alreadyOff);
  else if (me !== '' && record.owner.trim().toLowerCase() === me)
    platform.ui().alert(m.runByYou(record.owner));
  else platform.ui().alert(m.runByOther(record.owner || m.someone));
}

/** Menu item with the last run's result: shows its message (a skipped run says what to grant). */
export function showLastRun(platform: Platform): void {
  const record = lastRun(platform.properties());
  const lang = langOfActive(platform);
  const m = messagesFor(lang);
  if (!record) platform.ui().alert(m.check.never);
  else if (record.missingScopes)
    platform.ui().alert(m.check.consentMissing(scopeWords(lang, record.missingScopes)));
  else platform.ui().alert(`${record.trigger}: ${record.message}`);
}

/** What scopes let KAM do, in words: "see and edit your spreadsheets and see your e-mail address". */
export function scopeWords(lang: Lang, scopes: readonly string[]): string {
  const words = messagesFor(lang).scopes;
  return scopes.map((s) => words[s] ?? s).join(lang === 'lt' ? ' ir ' : ' and ');
}
