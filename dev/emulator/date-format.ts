// Renders a serial number with a Sheets date-time format pattern ("yyyy-mm-dd", "M/d/yyyy H:mm:ss")
// per https://developers.google.com/sheets/api/guides/formats#date_and_time_format_patterns.
import type { LocaleData } from './locale-data';
import { serialFields } from './serial-date';

type Token =
  | { kind: 'lit'; text: string }
  | { kind: 'field'; letter: string; len: number }
  | { kind: 'ampm'; am: string; pm: string }
  | { kind: 'frac'; len: number };

const tokenCache = new Map<string, Token[]>();

function tokenize(format: string): Token[] {
  const hit = tokenCache.get(format);
  if (hit) return hit;
  const out: Token[] = [];
  let i = 0;
  while (i < format.length) {
    const ch = format[i];
    const lower = ch.toLowerCase();
    const rest = format.slice(i).toLowerCase();
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      if (end < 0) throw new Error(`Emulator: unterminated quote in number format ${format}`);
      out.push({ kind: 'lit', text: format.slice(i + 1, end) });
      i = end + 1;
    } else if (ch === '\\') {
      out.push({ kind: 'lit', text: format[i + 1] ?? '' });
      i += 2;
    } else if (rest.startsWith('am/pm')) {
      const upper = format[i] === 'A';
      out.push({ kind: 'ampm', am: upper ? 'AM' : 'am', pm: upper ? 'PM' : 'pm' });
      i += 5;
    } else if (rest.startsWith('a/p')) {
      const upper = format[i] === 'A';
      out.push({ kind: 'ampm', am: upper ? 'A' : 'a', pm: upper ? 'P' : 'p' });
      i += 3;
    } else if ('ymdhs'.includes(lower)) {
      let j = i;
      while (j < format.length && format[j].toLowerCase() === lower) j++;
      out.push({ kind: 'field', letter: lower, len: j - i });
      i = j;
    } else if (ch === '.' && format[i + 1] === '0') {
      let j = i + 1;
      while (format[j] === '0') j++;
      out.push({ kind: 'frac', len: j - i - 1 });
      i = j;
    } else if (/[A-Za-z[\]*_@#?]/.test(ch)) {
      throw new Error(`Emulator: date format token "${ch}" in ${format} is not emulated`);
    } else {
      out.push({ kind: 'lit', text: ch });
      i++;
    }
  }
  // m / mm means minutes right after an hour or right before seconds.
  const fields = out.filter((t): t is Extract<Token, { kind: 'field' }> => t.kind === 'field');
  fields.forEach((t, k) => {
    if (t.letter !== 'm' || t.len > 2) return;
    if (fields[k - 1]?.letter === 'h' || fields[k + 1]?.letter === 's') t.letter = 'n';
  });
  tokenCache.set(format, out);
  return out;
}

/** True for formats that make a cell hold a date, time or date-time. */
export function isDateTimeFormat(format: string): boolean {
  const stripped = format.replace(/"[^"]*"/g, '').replace(/\\./g, '');
  if (/[0#%@]/.test(stripped.replace(/\.0+/g, ''))) return false;
  return /[ydhs]/i.test(stripped) || /m/i.test(stripped);
}

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

export function renderDateTime(serial: number, format: string, loc: LocaleData): string {
  const tokens = tokenize(format);
  const hasAmPm = tokens.some((t) => t.kind === 'ampm');
  const fracLen = tokens.find((t) => t.kind === 'frac')?.len ?? 0;
  const unit = 86_400 * 10 ** fracLen;
  const f = serialFields(Math.round(serial * unit) / unit);
  let out = '';
  for (const t of tokens) {
    if (t.kind === 'lit') out += t.text;
    else if (t.kind === 'ampm') out += f.hour < 12 ? t.am : t.pm;
    else if (t.kind === 'frac') out += pad(Math.floor(f.millisecond / 10 ** (3 - t.len)), t.len);
    else {
      const { letter, len } = t;
      if (letter === 'y') out += len <= 2 ? pad(f.year % 100, 2) : pad(f.year, 4);
      else if (letter === 'm') {
        if (len === 1) out += f.month;
        else if (len === 2) out += pad(f.month, 2);
        else if (len === 3) out += loc.monthsShort[f.month - 1];
        else if (len === 4) out += loc.monthsLong[f.month - 1];
        else out += loc.monthsLong[f.month - 1].charAt(0);
      } else if (letter === 'd') {
        if (len <= 2) out += len === 1 ? f.day : pad(f.day, 2);
        else out += len === 3 ? loc.daysShort[f.weekday] : loc.daysLong[f.weekday];
      } else if (letter === 'h') {
        const h = hasAmPm ? f.hour % 12 || 12 : f.hour;
        out += len === 1 ? h : pad(h, 2);
      } else if (letter === 'n') out += len === 1 ? f.minute : pad(f.minute, 2);
      else if (letter === 's') out += len === 1 ? f.second : pad(f.second, 2);
    }
  }
  return out;
}
