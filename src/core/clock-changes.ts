// When a time zone's clocks change in a year (daylight saving), found from an offset function:
// the moments Check this installation compares the script's clock with Google's formatting at.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * The first hour of each new offset in `year` (UTC instants), given minutes east of UTC at an
 * instant. Scans the year by day at noon UTC, then each changing day by hour. Example: for
 * Europe/Vilnius in 2026 → 2026-03-29T01:00Z and 2026-10-25T01:00Z; none for Asia/Tokyo.
 */
export function clockChanges(year: number, offsetAt: (epochMs: number) => number): number[] {
  const changes: number[] = [];
  const start = Date.UTC(year, 0, 1, 12);
  const end = Date.UTC(year + 1, 0, 1, 12);
  let before = offsetAt(start);
  for (let noon = start + DAY; noon <= end; noon += DAY) {
    const now = offsetAt(noon);
    if (now === before) continue;
    // `noon` itself has the new offset, so the scan stops there at the latest.
    let hour = noon - DAY + HOUR;
    while (offsetAt(hour) === before) hour += HOUR;
    changes.push(hour);
    before = now;
  }
  return changes;
}

/**
 * The moments worth comparing in a year: an hour before, at and after each clock change, and
 * mid-January and mid-July (both sides of the year for zones that do not change).
 */
export function momentsToCompare(year: number, offsetAt: (epochMs: number) => number): number[] {
  const around = clockChanges(year, offsetAt).flatMap((t) => [t - HOUR, t, t + HOUR]);
  return [Date.UTC(year, 0, 15, 12), ...around, Date.UTC(year, 6, 15, 12)].sort((a, b) => a - b);
}
