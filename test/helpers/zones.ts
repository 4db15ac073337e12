// Time zones for tests, from Node's ICU data (Apps Script answers the same through Utilities.formatDate).
import type { Zone } from '../../src/core/days';

/** The IANA zone's offset at an instant, in minutes east of UTC. */
export function intlZone(timeZone: string): Zone {
  const format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
  return {
    offsetMinutes(epochMs: number): number {
      const name = format.formatToParts(new Date(epochMs)).find((p) => p.type === 'timeZoneName');
      const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name?.value ?? '');
      if (!match) return 0;
      const minutes = Number(match[2]) * 60 + Number(match[3]);
      return match[1] === '-' ? -minutes : minutes;
    },
  };
}
