// What the digests remember between runs, in document properties (shared by everyone using the
// workbook, so any user's trigger and every recipient's own click see the same): today's
// recipients, what each was last told, who stopped their digest, the managers whose accounts
// moved to their own workbook, and last week's scorecards (R4.3).
import { normalEmail } from '../../core/access';
import type { Figures } from '../../core/digest-team';
import { joinFingerprints, splitFingerprints } from '../../core/fingerprint';
import type { Properties } from '../platform/platform';

const SENT = 'kam.digest.sent';
const TOLD = 'kam.digest.told.';
const STOP = 'kam.digest.stop.';
const MOVED = 'kam.digest.moved';
const WEEK = 'kam.digest.week';
const SHORT = 'kam.digest.short';
/** Set to the day while that day's digests are unfinished: the next hourly run sends the rest. */
export const DIGEST_PENDING_KEY = 'kam.digest.pending';

/** A snapshot of the document properties (one getProperties). */
export type Stored = Readonly<Record<string, string>>;

function parsed<T>(text: string | undefined | null, fallback: T): T {
  if (!text) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

/**
 * The recipients already sent today's digest: the property holds today's list only, so it
 * stays small and a new day starts empty. Example: {"day":"2026-11-26","to":["ieva@x.lt"]}.
 */
export function sentToday(stored: Stored, day: string): Set<string> {
  const sent = parsed<{ day?: string; to?: string[] }>(stored[SENT], {});
  return new Set(sent.day === day ? (sent.to ?? []) : []);
}

/** What a recipient was last told (fingerprints of red flags and broken pauses). */
export function toldTo(stored: Stored, email: string): Set<string> {
  return splitFingerprints(stored[TOLD + normalEmail(email)]);
}

/**
 * Records one recipient as sent, in one call, right after their e-mail went: today's list
 * with them added, and what they were told. A run stopped before the next send leaves a
 * record that lets the next run go on with the rest, never twice to the same person.
 */
export function recordSent(
  properties: Properties,
  day: string,
  sent: ReadonlySet<string>,
  email: string,
  told: Iterable<string>,
): Set<string> {
  const now = new Set(sent).add(normalEmail(email));
  properties.setProperties({
    [SENT]: JSON.stringify({ day, to: [...now] }),
    [TOLD + normalEmail(email)]: joinFingerprints(told),
  });
  return now;
}

/** Who the last run's quota could not cover: they go first next time, so nobody is left out twice running. */
export function leftOutLastTime(stored: Stored): string[] {
  return parsed<string[]>(stored[SHORT], []);
}

export function recordLeftOut(
  properties: Properties,
  stored: Stored,
  emails: readonly string[],
): void {
  if (emails.length > 0) properties.setProperty(SHORT, JSON.stringify(emails));
  else if (stored[SHORT] !== undefined) properties.deleteProperty(SHORT);
}

/** Everyone who stopped their digests from this workbook. */
export function stoppedEmails(stored: Stored): Set<string> {
  return new Set(
    Object.keys(stored)
      .filter((key) => key.startsWith(STOP))
      .map((key) => key.slice(STOP.length)),
  );
}

/** The day a recipient stopped their digests, if they did. */
export function stoppedOn(stored: Stored, email: string): string | undefined {
  return stored[STOP + normalEmail(email)];
}

/** "Stop these e-mails", set by the recipient's own click (keyed by their e-mail). */
export function stopDigests(properties: Properties, email: string, day: string): void {
  properties.setProperty(STOP + normalEmail(email), day);
}

export function resumeDigests(properties: Properties, email: string): void {
  properties.deleteProperty(STOP + normalEmail(email));
}

/** Managers whose accounts Split by manager moved to their own workbook (R3.5). */
export function movedManagers(stored: Stored): Set<string> {
  return new Set(parsed<string[]>(stored[MOVED], []).map(normalEmail));
}

/** Adds managers to the moved ones (Split by manager, after their workbook is made). */
export function recordMoved(properties: Properties, managers: readonly string[]): void {
  if (managers.length === 0) return;
  const all = movedManagers(properties.getProperties());
  for (const manager of managers) all.add(normalEmail(manager));
  properties.setProperty(MOVED, JSON.stringify([...all].sort()));
}

interface Week {
  day?: string;
  before?: Record<string, Figures>;
  now?: Record<string, Figures>;
}

/**
 * Last week's scorecards, by manager, for today's weekly digest. A rerun on the same day
 * (after a stopped run) compares with the same week as the first run did.
 */
export function lastWeek(stored: Stored, day: string): Record<string, Figures> {
  const week = parsed<Week>(stored[WEEK], {});
  return (week.day === day ? week.before : week.now) ?? {};
}

/** Remembers this week's scorecards before the weekly digests go, for next week. */
export function recordWeek(
  properties: Properties,
  day: string,
  before: Record<string, Figures>,
  now: Record<string, Figures>,
): void {
  properties.setProperty(WEEK, JSON.stringify({ day, before, now }));
}
