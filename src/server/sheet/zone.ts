// The spreadsheet's time zone as the core's `Zone`: the runtime's Intl when it knows the
// zone, else Apps Script's documented Utilities.formatDate.
import type { Zone } from '../../core/days';
import type { Platform } from '../platform/platform';

/** "+0200" or "-0530" (SimpleDateFormat's `Z`) as minutes east of UTC. */
export function minutesOfOffset(text: string): number {
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(text);
  if (!match) throw new Error(`Unexpected time zone offset "${text}"`);
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** Offset from the wall-clock parts that Intl shows for the zone, or undefined when Intl cannot. */
export function intlOffset(timeZone: string): ((epochMs: number) => number) | undefined {
  try {
    const format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    if (format.resolvedOptions().timeZone === undefined) return undefined;
    return (epochMs) => {
      const parts: Record<string, number> = {};
      for (const part of format.formatToParts(new Date(epochMs)))
        parts[part.type] = Number(part.value);
      const wall = Date.UTC(
        parts.year,
        parts.month - 1,
        parts.day,
        parts.hour,
        parts.minute,
        parts.second,
      );
      return Math.round((wall - Math.floor(epochMs / 1000) * 1000) / 60_000);
    };
  } catch {
    return undefined;
  }
}

/**
 * A zone for the spreadsheet's time zone. Apps Script's V8 runtime carries the ICU time-zone
 * data behind `Intl`, which answers without a service call; when `Intl` does not know the
 * zone, the documented `Utilities.formatDate(date, tz, 'Z')` answers. Either is asked once
 * per distinct quarter hour (zones change offset only on quarter hours): 100,000 contact
 * dates on 180 distinct days cost 180 answers.
 */
export function appsScriptZone(timeZone: string, formatDate: Platform['formatDate']): Zone {
  const QUARTER_HOUR = 900_000;
  const answer =
    intlOffset(timeZone) ??
    ((epochMs: number) => minutesOfOffset(formatDate(new Date(epochMs), timeZone, 'Z')));
  const known = new Map<number, number>();
  return {
    offsetMinutes(epochMs: number): number {
      const quarter = Math.floor(epochMs / QUARTER_HOUR);
      let minutes = known.get(quarter);
      if (minutes === undefined) {
        minutes = answer(quarter * QUARTER_HOUR);
        known.set(quarter, minutes);
      }
      return minutes;
    },
  };
}
