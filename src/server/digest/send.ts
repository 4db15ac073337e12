// Sends the day's digests after the daily check (R3.5, R4.3, R5): from what the check read,
// to the managers and supervisors named in Accounts who can open the file and did not stop
// them; at most once a recipient a day, each recorded right after their e-mail goes; the
// day's quota checked first and whoever it cannot cover named in the KAM log.
import { normalEmail } from '../../core/access';
import { type Day, dayOfDate, isoOf, weekdayOf } from '../../core/days';
import type { DigestItem } from '../../core/digest';
import { recipientsOf } from '../../core/digest-recipients';
import { type Lang, messagesFor } from '../../i18n';
import { WEEKDAY_CHOICES } from '../../template/choices';
import type { DashboardModel } from '../dashboard/model';
import type { Platform } from '../platform/platform';
import type { User } from '../platform/sheets';
import type { Portfolio } from '../sheet/portfolio-read';
import { logRun } from '../sheet/run-log';
import { letterOf } from './mail';
import { type ManagerDigest, managerDigests } from './manager';
import {
  lastWeek,
  leftOutLastTime,
  movedManagers,
  recordLeftOut,
  recordMoved,
  recordSent,
  recordWeek,
  sentToday,
  stoppedEmails,
  toldTo,
} from './state';
import { type TeamDigest, teamDigests, weekFigures } from './team';
import { accountsSheetId, readMovedSources, rowUrlOf, workbookUrlOf } from './team-read';

/** How long a run waits for another one sending from the same workbook. */
const LOCK_MS = 30_000;

export interface DigestReport {
  sent: string[];
  /** Left for want of quota, by address (named in the KAM log). */
  overQuota: string[];
  failed: { email: string; reason: string }[];
  cannotOpen: string[];
  /** False when another run held the lock: the next run sends what is left. */
  finished: boolean;
}

/** Whether the weekly digest goes today (the Settings day, in the spreadsheet's zone). */
export function weeklyToday(day: string, today: Day): boolean {
  return day !== 'off' && WEEKDAY_CHOICES[weekdayOf(today)]?.key === day;
}

/** Who can open the file: its owner, editors and viewers (3 calls), as compared. */
function canOpen(platform: Platform): Set<string> {
  const spreadsheet = platform.spreadsheet();
  const email = (u: User) => normalEmail(u.getEmail());
  return new Set([
    ...(spreadsheet.getOwner() ? [email(spreadsheet.getOwner() as User)] : []),
    ...spreadsheet.getEditors().map(email),
    ...spreadsheet.getViewers().map(email),
  ]);
}

/** What each recipient gets today: their manager's digest (when something is due), the weekly one. */
function lettersOf(
  managers: readonly ManagerDigest[],
  teams: readonly TeamDigest[],
): Map<string, { manager?: ManagerDigest; team?: TeamDigest }> {
  const letters = new Map<string, { manager?: ManagerDigest; team?: TeamDigest }>();
  for (const digest of managers)
    if (digest.items.length > 0) letters.set(digest.manager, { manager: digest });
  for (const team of teams)
    if (team.managers.length > 0)
      letters.set(team.supervisor, { ...letters.get(team.supervisor), team });
  return letters;
}

/**
 * Sends today's digests from `portfolio` (the tables the check read, Plan included when the
 * dashboard read it) and `model` (the dashboard's, for the weekly digest). Reads no sheet for
 * the managers' digests; the weekly one reads Portfolio and the managers' workbooks.
 */
export function sendDigests(
  platform: Platform,
  portfolio: Portfolio,
  model: DashboardModel,
  now: Date,
): DigestReport {
  const report: DigestReport = {
    sent: [],
    overQuota: [],
    failed: [],
    cannotOpen: [],
    finished: true,
  };
  const { workbook } = portfolio;
  const { settings, lang } = workbook;
  if (settings.digests !== 'on') return report;
  const properties = platform.properties();
  const today = dayOfDate(now, workbook.zone);
  const day = isoOf(today);
  const stored = properties.getProperties();
  const spreadsheet = platform.spreadsheet();
  const id = spreadsheet.getId();
  const rowUrl = rowUrlOf(id, accountsSheetId(portfolio.tables.accounts));
  let teams: TeamDigest[] = [];
  let moved = movedManagers(stored);
  if (weeklyToday(settings.weeklyDigestDay, today)) {
    const sources = readMovedSources(platform, spreadsheet, now);
    recordMoved(
      properties,
      [...sources.keys()].filter((m) => !moved.has(m)),
    );
    moved = new Set([...moved, ...sources.keys()]);
    const before = lastWeek(stored, day);
    teams = teamDigests(portfolio, { model, rowUrl }, sources, before);
    recordWeek(properties, day, before, { ...before, ...weekFigures(teams) });
  }
  const managers = managerDigests(portfolio, today, settings, (m) => toldTo(stored, m), moved);
  const letters = lettersOf(managers, teams);
  if (letters.size === 0) return report;
  const who = recipientsOf([...letters.keys()], canOpen(platform), stoppedEmails(stored));
  report.cannotOpen = who.cannotOpen;
  const lock = platform.lock();
  if (lock && !lock.tryLock(LOCK_MS)) return { ...report, finished: false };
  try {
    const fresh = properties.getProperties();
    let sent = sentToday(fresh, day);
    const first = leftOutLastTime(fresh);
    const waiting = [
      ...who.mail.filter((email) => first.includes(email)),
      ...who.mail.filter((email) => !first.includes(email)),
    ].filter((email) => !sent.has(email));
    const quota = waiting.length > 0 ? platform.mail.remainingDailyQuota() : 0;
    report.overQuota = waiting.slice(Math.max(0, quota));
    const context = {
      lang,
      today,
      workbook: { name: spreadsheet.getName(), url: workbookUrlOf(id) },
      sender: platform.user.effective(),
      rowUrl,
    };
    const covered = waiting.slice(0, Math.max(0, quota));
    for (const [i, email] of covered.entries()) {
      const parts = letters.get(email)!;
      const items: readonly DigestItem[] | undefined = parts.manager?.items;
      const letter = letterOf(context, { manager: items, team: parts.team });
      try {
        platform.mail.send({
          to: email,
          subject: letter.subject,
          body: letter.text,
          htmlBody: letter.html,
          name: messagesFor(lang).digest.sender,
        });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        // Another run of the same user spent the quota meanwhile: the rest wait for tomorrow.
        if (/too many times/i.test(reason)) {
          report.overQuota = [...covered.slice(i), ...report.overQuota];
          break;
        }
        report.failed.push({ email, reason });
        continue;
      }
      const told = parts.manager ? parts.manager.told : toldTo(stored, email);
      sent = recordSent(properties, day, sent, email, told);
      report.sent.push(email);
    }
    recordLeftOut(properties, fresh, report.overQuota);
  } finally {
    lock?.releaseLock();
  }
  logDigests(platform, report, lang, now);
  return report;
}

/** The KAM log's line of a run that sent or left someone out (a quiet day writes nothing). */
function logDigests(platform: Platform, report: DigestReport, lang: Lang, now: Date): void {
  const m = messagesFor(lang).digest;
  const lines = [
    ...(report.sent.length > 0 ? [m.log.sent(report.sent.join(', '))] : []),
    ...(report.overQuota.length > 0 ? [m.log.quota(report.overQuota.join(', '))] : []),
    ...report.failed.map((f) => m.log.failed(f.email, f.reason)),
    ...(report.cannotOpen.length > 0 ? [m.log.cannotOpen(report.cannotOpen.join(', '))] : []),
  ];
  if (lines.length === 0) return;
  const outcome =
    report.failed.length > 0 ? 'failed' : report.overQuota.length > 0 ? 'partial' : 'ok';
  logRun(
    () => platform.properties(),
    platform.spreadsheet(),
    lang,
    { trigger: m.trigger, outcome, message: lines.join(' ') },
    now,
    false,
  );
}
