// What the digests remember between runs, in document properties (shared by everyone using the
// workbook, so any user's trigger and every recipient's own click see the same): today's
// recipients, what each was last told, who stopped their digest, the managers whose accounts
// moved to their own workbook, and last week's scorecards (R4.3). A property value holds 9 KB,
// so lists of people are kept as six-character fingerprints of their e-mails.
import { normalEmail } from '../../core/access';
import { type Figures, SCORE_KEYS } from '../../core/digest-team';
import { fingerprintOf, joinFingerprints, splitFingerprints } from '../../core/fingerprint';
import type { Properties } from '../platform/platform';

const SENT = 'kam.digest.sent';
const TOLD = 'kam.digest.told.';
const STOP = 'kam.digest.stop.';
const MOVED = 'kam.digest.moved';
const SHORT = 'kam.digest.short';
const WEEK = 'kam.digest.week';
/** Set to the day while that day's digests are unfinished: the next hourly run sends the rest. */
export const DIGEST_PENDING_KEY = 'kam.digest.pending';
/** What a recipient was told, at most: 1,400 fingerprints fill 8,400 of a value's 9 KB. */
const MOST_TOLD = 1400;

/** A snapshot of the document properties (one getProperties). */
export type Stored = Readonly<Record<string, string>>;

/** An e-mail as the stored lists hold it: the fingerprint of its compared form. */
export function emailKey(email: string): string {
  return fingerprintOf(normalEmail(email));
}

function parsed<T>(text: string | undefined | null, fallback: T): T {
  if (!text) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

/**
 * The recipients already sent today's digest (as e-mail keys). The property holds today's list
 * only, "2026-11-26|" and six characters a recipient: a Workspace sender's whole daily quota of
 * 1,500 recipients fits in 9,011 characters, so the list stays one small value.
 */
export function sentToday(stored: Stored, day: string): Set<string> {
  const [on, prints] = (stored[SENT] ?? '').split('|');
  return on === day ? splitFingerprints(prints) : new Set();
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
  const now = new Set(sent).add(emailKey(email));
  properties.setProperties({
    [SENT]: `${day}|${joinFingerprints(now)}`,
    [TOLD + normalEmail(email)]: joinFingerprints(told).slice(0, MOST_TOLD * 6),
  });
  return now;
}

/** Everyone who stopped their digests from this workbook, by e-mail as compared. */
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

/** Managers whose accounts Split by manager moved to their own workbook (R3.5), as e-mail keys. */
export function movedManagers(stored: Stored): Set<string> {
  return splitFingerprints(stored[MOVED]);
}

/** Adds managers to the moved ones (Split by manager, after their workbook is made). */
export function recordMoved(properties: Properties, managers: readonly string[]): void {
  const all = movedManagers(properties.getProperties());
  const added = managers.map(emailKey).filter((key) => !all.has(key));
  if (added.length === 0) return;
  properties.setProperty(MOVED, joinFingerprints([...all, ...added]));
}

/** Who the last run's quota could not cover (e-mail keys): they go first next time. */
export function leftOutLastTime(stored: Stored): Set<string> {
  return splitFingerprints(stored[SHORT]);
}

export function recordLeftOut(
  properties: Properties,
  stored: Stored,
  emails: readonly string[],
): void {
  if (emails.length > 0) properties.setProperty(SHORT, joinFingerprints(emails.map(emailKey)));
  else if (stored[SHORT] !== undefined) properties.deleteProperty(SHORT);
}

/** Figures by e-mail key, each as its five measures (null where unmeasured), to keep them small. */
type Packed = Record<string, (number | null)[]>;

const pack = (figures: Readonly<Record<string, Figures>>): Packed =>
  Object.fromEntries(
    Object.entries(figures).map(([key, f]) => [key, SCORE_KEYS.map((k) => f[k] ?? null)]),
  );

function unpack(packed: Packed): Record<string, Figures> {
  return Object.fromEntries(
    Object.entries(packed).map(([key, values]) => [
      key,
      Object.fromEntries(
        SCORE_KEYS.flatMap((k, i) => (typeof values[i] === 'number' ? [[k, values[i]]] : [])),
      ),
    ]),
  );
}

/**
 * Last week's scorecards by e-mail key, for today's weekly digest. A rerun on the same day
 * (after a stopped run) compares with the same week as the first run did.
 */
export function lastWeek(stored: Stored, day: string): Record<string, Figures> {
  const which = stored[WEEK] === day ? 'before' : 'now';
  return unpack(parsed<Packed>(stored[`${WEEK}.${which}`], {}));
}

/** Remembers this week's scorecards (by e-mail key) before the weekly digests go, for next week. */
export function recordWeek(
  properties: Properties,
  day: string,
  before: Readonly<Record<string, Figures>>,
  now: Readonly<Record<string, Figures>>,
): void {
  properties.setProperties({
    [WEEK]: day,
    [`${WEEK}.before`]: JSON.stringify(pack(before)),
    [`${WEEK}.now`]: JSON.stringify(pack(now)),
  });
}
