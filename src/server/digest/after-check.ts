// The digests' place in the hourly trigger: with digests on, the day's check waits for the
// Settings hour, so that the morning e-mail carries that morning's statuses and reuses what
// the check read; a run stopped while sending leaves the rest to the next hour.
import { dayOfDate, hourOf, isoOf, type Zone } from '../../core/days';
import { messagesFor } from '../../i18n';
import { readTeamWorkbook } from '../access/overview';
import type { CheckSummary } from '../check/run';
import type { DashboardModel } from '../dashboard/model';
import type { Platform } from '../platform/platform';
import { NEEDS } from '../platform/scopes';
import type { Portfolio } from '../sheet/portfolio-read';
import { logRun } from '../sheet/run-log';
import { sendDigests } from './send';
import { DIGEST_PENDING_KEY, type Stored } from './state';

/**
 * Document property: the digest hour, set while digests are on (as the last scheduled check
 * read Settings), so that the hourly trigger knows before reading any sheet whether to wait.
 */
export const DIGEST_HOUR_KEY = 'kam.digest.hour';

/** Whether this hour's run should leave the day's check for later: digests on, hour not yet come. */
export function waitForDigestHour(stored: Stored, now: Date, zone: Zone): boolean {
  const hour = Number(stored[DIGEST_HOUR_KEY]);
  return (
    stored[DIGEST_HOUR_KEY] !== undefined && Number.isInteger(hour) && hourOf(now, zone) < hour
  );
}

/**
 * After a complete scheduled check: remembers the digest hour the check read in Settings, and
 * answers true when digests are on and their hour has not come (the day's first run after
 * digests were turned on, or moved later): the check is then not counted as done, and the run
 * at the hour checks again and sends.
 */
export function holdForDigestHour(platform: Platform, summary: CheckSummary, now: Date): boolean {
  const { settings, zone } = summary.portfolio.workbook;
  const properties = platform.properties();
  const stored = properties.getProperty(DIGEST_HOUR_KEY);
  if (settings.digests !== 'on') {
    if (stored !== null) properties.deleteProperty(DIGEST_HOUR_KEY);
    return false;
  }
  if (stored !== String(settings.digestHour))
    properties.setProperty(DIGEST_HOUR_KEY, String(settings.digestHour));
  return hourOf(now, zone) < settings.digestHour;
}

/**
 * Sends the day's digests from what the check and the dashboard read (`source`), or, when
 * resuming a stopped run or after a failed dashboard, from the sheets read again. A failure is
 * logged, never thrown (the check itself went well).
 */
export function digestsAfterCheck(
  platform: Platform,
  source: { portfolio: Portfolio; model: DashboardModel } | undefined,
  now: Date,
): void {
  const properties = platform.properties();
  let lang: 'en' | 'lt' = 'en';
  try {
    const { portfolio, model } = source ?? readTeamWorkbook(platform, platform.spreadsheet(), now);
    lang = portfolio.workbook.lang;
    if (portfolio.workbook.settings.digests !== 'on') return;
    // A trigger cannot show Google's consent screen: without the permission to send, say so.
    if (platform.consent.missing(NEEDS.mail).length > 0) {
      const m = messagesFor(lang).digest;
      const line = { trigger: m.trigger, outcome: 'failed' as const, message: m.log.notGranted };
      logRun(() => properties, platform.spreadsheet(), lang, line, now, false);
      return;
    }
    properties.setProperty(DIGEST_PENDING_KEY, isoOf(dayOfDate(now, portfolio.workbook.zone)));
    const report = sendDigests(platform, portfolio, model, now);
    if (report.finished) properties.deleteProperty(DIGEST_PENDING_KEY);
  } catch (error) {
    // Only a run stopped mid-way (out of time) is resumed; a failure would fail again.
    properties.deleteProperty(DIGEST_PENDING_KEY);
    const m = messagesFor(lang);
    logRun(
      () => properties,
      platform.spreadsheet(),
      lang,
      {
        trigger: m.digest.trigger,
        outcome: 'failed',
        message: error instanceof Error ? error.message : String(error),
      },
      now,
      false,
    );
  }
}
