// The spreadsheet's time zone as the core's `Zone`: Apps Script's documented
// Utilities.formatDate is the reference; the built-in Intl answers the rest once it agrees.
import type { Zone } from '../core/days';

/** "+0200" or "-0530" (SimpleDateFormat's `Z`) as minutes east of UTC. */
export function minutesOfOffset(text: string): number {
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(text);
  if (!match) throw new Error(`Unexpected time zone offset "${text}"`);
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** Offset from the wall-clock parts that Intl shows for the zone, or undefined when Intl cannot. */
function intlOffset(timeZone: string): ((epochMs: number) => number) | undefined {
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
 * A zone for the spreadsheet's time zone. The first offset comes from Apps Script's
 * `Utilities.formatDate(date, tz, 'Z')`; when the runtime's Intl gives the same answer, Intl
 * answers every later conversion (no service call per date: 100,000 contact dates cost one
 * call), else each distinct quarter hour is asked of Utilities (zones move on quarter hours).
 */
export function appsScriptZone(timeZone: string): Zone {
  const QUARTER_HOUR = 900_000;
  const asked = new Map<number, number>();
  const ask = (epochMs: number) => {
    const quarter = Math.floor(epochMs / QUARTER_HOUR);
    let minutes = asked.get(quarter);
    if (minutes === undefined) {
      minutes = minutesOfOffset(
        Utilities.formatDate(new Date(quarter * QUARTER_HOUR), timeZone, 'Z'),
      );
      asked.set(quarter, minutes);
    }
    return minutes;
  };
  let fast: ((epochMs: number) => number) | null | undefined;
  return {
    offsetMinutes(epochMs: number): number {
      if (fast === undefined) {
        const candidate = intlOffset(timeZone);
        fast = candidate && candidate(epochMs) === ask(epochMs) ? candidate : null;
      }
      return fast ? fast(epochMs) : ask(epochMs);
    },
  };
}
