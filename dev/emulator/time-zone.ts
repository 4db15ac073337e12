// Time-zone arithmetic through Node's Intl: the offset of an IANA zone at an instant, cached per
// hour, and conversions between instants and wall-clock fields in that zone.

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsetCache = new Map<string, Map<number, number>>();
const HOUR = 3_600_000;

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Throws Google's style of error for a zone name Intl does not know. */
export function assertTimeZone(timeZone: string): void {
  try {
    formatterFor(timeZone);
  } catch {
    throw new Error(`Invalid argument: timeZone (${timeZone})`);
  }
}

function computeOffset(timeZone: string, t: number): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(t));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  let year = get('year');
  if (parts.find((p) => p.type === 'era')?.value === 'BC') year = 1 - year;
  const local = Date.UTC(
    year,
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  const wholeSecond = t - (((t % 1000) + 1000) % 1000);
  return local - wholeSecond;
}

/** Milliseconds to add to a UTC instant to get the wall clock in `timeZone`. */
export function offsetAt(timeZone: string, t: number): number {
  if (!Number.isFinite(t)) return 0;
  let zone = offsetCache.get(timeZone);
  if (!zone) {
    zone = new Map();
    offsetCache.set(timeZone, zone);
  }
  const key = Math.floor(t / HOUR);
  let off = zone.get(key);
  if (off === undefined) {
    off = computeOffset(timeZone, key * HOUR);
    if (zone.size > 200_000) zone.clear();
    zone.set(key, off);
  }
  return off;
}

/** The instant whose wall clock in `timeZone` reads `localMs` (wall clock written as if UTC). */
export function wallToInstant(timeZone: string, localMs: number): number {
  const guess = localMs - offsetAt(timeZone, localMs);
  return localMs - offsetAt(timeZone, guess);
}

/** Wall-clock fields of an instant in a zone. */
/** The calendar and clock fields of a UTC-based millisecond count. */
export interface ClockFields {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number; // 0 = Sunday
}

export interface WallClock extends ClockFields {
  offsetMs: number;
}

/** Reads the fields of `ms` as if UTC were the wall clock (callers shift by an offset first). */
export function clockFields(ms: number): ClockFields {
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
    weekday: d.getUTCDay(),
  };
}

export function wallClock(timeZone: string, t: number): WallClock {
  const offsetMs = offsetAt(timeZone, t);
  return { ...clockFields(t + offsetMs), offsetMs };
}

/** Long or short zone name ("Eastern European Summer Time", "EEST" or "GMT+3"). */
export function zoneName(timeZone: string, t: number, style: 'long' | 'short'): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: style }).formatToParts(
    new Date(t),
  );
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}
