// The spreadsheet's time zone as the core's `Zone`, read through Utilities.formatDate.
import type { Zone } from '../core/days';

/** "+0200" or "-0530" (SimpleDateFormat's `Z`) as minutes east of UTC. */
export function minutesOfOffset(text: string): number {
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(text);
  if (!match) throw new Error(`Unexpected time zone offset "${text}"`);
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/**
 * A zone answered by Apps Script's documented `Utilities.formatDate(date, tz, 'Z')`.
 * Time zones change offset only on quarter hours of UTC, so answers are kept per quarter
 * hour: a column of dates costs one call per distinct date, not one per conversion.
 */
export function appsScriptZone(timeZone: string): Zone {
  const QUARTER_HOUR = 900_000;
  const byQuarter = new Map<number, number>();
  return {
    offsetMinutes(epochMs: number): number {
      const quarter = Math.floor(epochMs / QUARTER_HOUR);
      let minutes = byQuarter.get(quarter);
      if (minutes === undefined) {
        const start = new Date(quarter * QUARTER_HOUR);
        minutes = minutesOfOffset(Utilities.formatDate(start, timeZone, 'Z'));
        byQuarter.set(quarter, minutes);
      }
      return minutes;
    },
  };
}
