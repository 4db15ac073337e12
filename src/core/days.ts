// Calendar days in the spreadsheet's time zone: the unit of every rule's interval (R3.6, R5).

/**
 * A calendar day as a whole number of days since 1970-01-01 (a civil date, no time, no
 * zone). Rules count in days, so a day must not shift with daylight-saving time or with
 * the server's zone. Example: 2026-11-30 is 20787.
 */
export type Day = number;

/** The offset of a time zone from UTC at an instant, in minutes east (Vilnius in summer: 180). */
export interface Zone {
  offsetMinutes(epochMs: number): number;
}

const MS_PER_DAY = 86_400_000;

/**
 * Day of a year, month (1–12; 13 is January of the next year) and day of month; Howard
 * Hinnant's days_from_civil.
 */
export function dayOf(year: number, month: number, dayOfMonth: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + dayOfMonth - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Year, month (1–12) and day of month of a day; the inverse of `dayOf`. */
export function civilOf(day: Day): { year: number; month: number; day: number } {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return {
    year: yoe + era * 400 + (month <= 2 ? 1 : 0),
    month,
    day: doy - Math.floor((153 * mp + 2) / 5) + 1,
  };
}

/** ISO text of a day, for notes and for dates crossing to the sidebar. Example: 20787 → "2026-11-30". */
export function isoOf(day: Day): string {
  const { year, month, day: d } = civilOf(day);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Day of an ISO "YYYY-MM-DD" text, or undefined when it is not a real calendar day. */
export function dayOfIso(text: string): Day | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const day = dayOf(year, month, d);
  // Day 00 or one past the month's end (at most 99) rolls into another month, never a year on.
  return civilOf(day).month === month ? day : undefined;
}

/** The day `n` days later (earlier when negative). */
export function addDays(day: Day, n: number): Day {
  return day + n;
}

/** Days from the month's first to the next month's (`dayOf` reads month 13 as next January). */
function daysInMonth(year: number, month: number): number {
  return dayOf(year, month + 1, 1) - dayOf(year, month, 1);
}

/**
 * The same day of the month `n` calendar months later, or the month's last day when it has
 * no such day (R3.6 counts reviews in months). Example: 2026-11-30 + 3 → 2027-02-28.
 */
export function addMonths(day: Day, n: number): Day {
  const { year, month, day: d } = civilOf(day);
  const index = year * 12 + (month - 1) + n;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return dayOf(y, m, Math.min(d, daysInMonth(y, m)));
}

/**
 * The calendar day, in the zone, of an instant. A date cell reaches a script as a `Date`
 * at midnight in the spreadsheet's zone; reading it in UTC or the server's zone would put
 * it on the previous day east of Greenwich. Example: 2026-11-29T22:00Z in Vilnius → 2026-11-30.
 */
export function dayOfDate(date: Date, zone: Zone): Day {
  const ms = date.getTime();
  return Math.floor((ms + zone.offsetMinutes(ms) * 60_000) / MS_PER_DAY);
}

/**
 * The instant a day starts in the zone (local midnight), so that Sheets shows the same
 * calendar day. Two passes settle the offset across a daylight-saving change; where the clocks
 * jump from 00:00 to 01:00 (the Azores and Havana in March, Santiago in September) the second pass lands on
 * 23:00 the day before, and the day starts at the first pass, 01:00.
 * Example: 2026-03-29 in Vilnius → 2026-03-28T22:00Z (winter offset until 03:00).
 */
export function dateOfDay(day: Day, zone: Zone): Date {
  const localMidnight = day * MS_PER_DAY;
  const first = localMidnight - zone.offsetMinutes(localMidnight) * 60_000;
  const second = localMidnight - zone.offsetMinutes(first) * 60_000;
  const start = [second, first].find((ms) => dayOfDate(new Date(ms), zone) === day);
  return new Date(start ?? second);
}

/** Day of the week, Monday first (0 = Monday … 6 = Sunday). Example: 2026-11-26 → 3 (Thursday). */
export function weekdayOf(day: Day): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** The hour (0–23) an instant shows on the zone's clocks. Example: 2026-11-26T05:30Z in Vilnius → 7. */
export function hourOf(date: Date, zone: Zone): number {
  const ms = date.getTime();
  const local = ms + zone.offsetMinutes(ms) * 60_000;
  return Math.floor((((local % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY) / 3_600_000);
}
