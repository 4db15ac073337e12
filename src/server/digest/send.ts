// Sends the day's digests after the daily check (R3.5, R4.3, R5): from what the check read,
// to the managers and supervisors named in Accounts who can open the file and did not stop
// them; at most once a recipient a day, each recorded right after their e-mail goes; the
// day's quota checked first and whoever it cannot cover named in the KAM log.
import { normalEmail } from '../../core/access';
import { type Day, dayOfDate, isoOf, weekdayOf } from '../../core/days';
import type { DigestItem } from '../../core/digest';
import { recipientsOf } from '../../core/digest-recipients';
import { causeOf } from '../../core/errors';
import { type Lang, messagesFor } from '../../i18n';
import { WEEKDAY_CHOICES } from '../../template/choices';
import type { DashboardModel } from '../dashboard/model';
import type { Platform } from '../platform/platform';
import type { User } from '../platform/sheets';
import { LOCK_WAIT_MS, withDocumentLock } from '../sheet/lock';
import type { Portfolio } from '../sheet/portfolio-read';
import { logRun } from '../sheet/run-log';
import { letterOf } from './mail';
import { type ManagerDigest, managerDigests } from './manager';
import {
  emailKey,
  lastWeek,
  leftOutLastTime,
  movedManagers,
  recordLeftOut,
  recordMoved,
  recordSent,
  recordWeek,
  type Stored,
  sentToday,
  stoppedEmails,
  toldTo,
} from './state';
import { type TeamDigest, type TeamSource, teamDigests, weekFigures } from './team';
import { accountsSheetId, readMovedSources, rowUrlOf, workbookUrlOf } from './team-read';

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
  const owner = spreadsheet.getOwner();
  return new Set([
    ...(owner ? [email(owner)] : []),
    ...spreadsheet.getEditors().map(email),
    ...spreadsheet.getViewers().map(email),
  ]);
}

/** Writes what is only remembered (never needed to send): a value too large is let go. */
function quietly(write: () => void): void {
  try {
    write();
  } catch {
    // Next week's digest then shows no change, or this workbook reads Portfolio again.
  }
}

/**
 * The weekly digests: Portfolio's workbooks read (their managers remembered as moved, and
 * returned), last week's scorecards compared and this week's remembered for the next.
 */
function weeklyDigests(
  platform: Platform,
  portfolio: Portfolio,
  own: TeamSource,
  stored: Stored,
  day: string,
  now: Date,
): { teams: TeamDigest[]; moved: string[] } {
  const properties = platform.properties();
  const sources = readMovedSources(platform, platform.spreadsheet(), now);
  const known = movedManagers(stored);
  const moved = [...sources.keys()];
  if (moved.some((m) => !known.has(emailKey(m)))) quietly(() => recordMoved(properties, moved));
  const before = lastWeek(stored, day);
  const teams = teamDigests(portfolio, own, sources, (m) => before[emailKey(m)]);
  const figures = Object.entries(weekFigures(teams)).map(([m, f]) => [emailKey(m), f] as const);
  quietly(() => recordWeek(properties, day, before, { ...before, ...Object.fromEntries(figures) }));
  return { teams, moved };
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
  const weekly = weeklyToday(settings.weeklyDigestDay, today)
    ? weeklyDigests(platform, portfolio, { model, rowUrl }, stored, day, now)
    : { teams: [], moved: [] };
  const teams = weekly.teams;
  const moved = new Set([...movedManagers(stored), ...weekly.moved.map(emailKey)]);
  const managers = managerDigests(
    portfolio,
    today,
    settings,
    (m) => toldTo(stored, m),
    (m) => moved.has(emailKey(m)),
  );
  const letters = lettersOf(managers, teams);
  if (letters.size === 0) return report;
  const who = recipientsOf([...letters.keys()], canOpen(platform), stoppedEmails(stored));
  report.cannotOpen = who.cannotOpen;
  try {
    withDocumentLock(platform, LOCK_WAIT_MS.menu, () => {
      const fresh = properties.getProperties();
      let sent = sentToday(fresh, day);
      const first = leftOutLastTime(fresh);
      const waiting = [
        ...who.mail.filter((email) => first.has(emailKey(email))),
        ...who.mail.filter((email) => !first.has(emailKey(email))),
      ].filter((email) => !sent.has(emailKey(email)));
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
      logDigests(platform, report, lang, now);
    });
  } catch (error) {
    if (causeOf(error)?.code !== 'BUSY') throw error;
    // Another run is sending from this workbook: the next hourly run sends what is left.
    return { ...report, finished: false };
  }
  return report;
}

/** At most this many recipients named in the log's "sent" line; the ones left out are counted. */
const NAMED_SENT = 30;

/** Addresses for the log: every one, or the first NAMED_SENT and how many more. */
function namesOf(emails: readonly string[], more: (n: number) => string): string {
  const named = emails.slice(0, NAMED_SENT).join(', ');
  return emails.length > NAMED_SENT ? `${named} ${more(emails.length - NAMED_SENT)}` : named;
}

/** The KAM log's line of a run that sent or left someone out (a quiet day writes nothing). */
function logDigests(platform: Platform, report: DigestReport, lang: Lang, now: Date): void {
  const m = messagesFor(lang).digest;
  const lines = [
    ...(report.sent.length > 0 ? [m.log.sent(namesOf(report.sent, m.log.andMore))] : []),
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
