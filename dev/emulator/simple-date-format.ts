// Utilities.formatDate patterns: Java SimpleDateFormat letters
// (https://docs.oracle.com/javase/7/docs/api/java/text/SimpleDateFormat.html), with the time zone
// arithmetic done by Intl. Letters it does not implement are refused.
import { wallClock, zoneName } from './time-zone';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

function offsetText(ms: number, colon: boolean, zulu: boolean, hoursOnly = false): string {
  if (zulu && ms === 0) return 'Z';
  const m = Math.round(Math.abs(ms) / 60000);
  const sign = ms < 0 ? '-' : '+';
  const hh = pad(Math.floor(m / 60), 2);
  if (hoursOnly) return `${sign}${hh}`;
  return `${sign}${hh}${colon ? ':' : ''}${pad(m % 60, 2)}`;
}

/** Java's short zone name: Intl's when alphabetic (PST), else initials of the long name (EET, CEST). */
function shortZone(timeZone: string, t: number, offsetMs: number): string {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return 'UTC';
  const short = zoneName(timeZone, t, 'short');
  if (/^[A-Z]{2,5}$/.test(short)) return short;
  const long = zoneName(timeZone, t, 'long');
  if (long.startsWith('GMT')) return `GMT${offsetText(offsetMs, true, false)}`;
  return long
    .replace(/\bStandard\s+/, '')
    .split(/\s+/)
    .map((w) => w[0])
    .join('')
    .toUpperCase();
}

export function formatSimpleDate(ms: number, timeZone: string, pattern: string): string {
  const f = wallClock(timeZone, ms);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end === i + 1) out += "'";
      else out += pattern.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? pattern.length : end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let j = i;
    while (pattern[j] === ch) j++;
    const n = j - i;
    i = j;
    const h12 = f.hour % 12 || 12;
    switch (ch) {
      case 'y':
        out += n === 2 ? pad(f.year % 100, 2) : pad(f.year, n);
        break;
      case 'M':
      case 'L':
        out +=
          n >= 4
            ? MONTHS[f.month - 1]
            : n === 3
              ? MONTHS[f.month - 1].slice(0, 3)
              : pad(f.month, n);
        break;
      case 'd':
        out += pad(f.day, n);
        break;
      case 'D': {
        const start = Date.UTC(f.year, 0, 1);
        out += pad(Math.round((Date.UTC(f.year, f.month - 1, f.day) - start) / 86_400_000) + 1, n);
        break;
      }
      case 'E':
        out += n >= 4 ? DAYS[f.weekday] : DAYS[f.weekday].slice(0, 3);
        break;
      case 'u':
        out += pad(f.weekday === 0 ? 7 : f.weekday, n);
        break;
      case 'a':
        out += f.hour < 12 ? 'AM' : 'PM';
        break;
      case 'H':
        out += pad(f.hour, n);
        break;
      case 'k':
        out += pad(f.hour === 0 ? 24 : f.hour, n);
        break;
      case 'K':
        out += pad(f.hour % 12, n);
        break;
      case 'h':
        out += pad(h12, n);
        break;
      case 'm':
        out += pad(f.minute, n);
        break;
      case 's':
        out += pad(f.second, n);
        break;
      case 'S':
        out += pad(f.millisecond, n);
        break;
      case 'Z':
        out += offsetText(f.offsetMs, false, false);
        break;
      case 'X':
        out += offsetText(f.offsetMs, n >= 3, true, n === 1);
        break;
      case 'z':
        out += n >= 4 ? zoneName(timeZone, ms, 'long') : shortZone(timeZone, ms, f.offsetMs);
        break;
      case 'G':
        out += f.year > 0 ? 'AD' : 'BC';
        break;
      default:
        throw new Error(`Emulator: SimpleDateFormat letter "${ch}" is not emulated`);
    }
  }
  return out;
}
