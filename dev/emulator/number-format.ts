// getDisplayValues: renders a stored cell value with its number format in the spreadsheet's
// locale (https://developers.google.com/sheets/api/guides/formats#number_format_patterns).
// Formats it cannot render are refused, never guessed.
import { isDateTimeFormat, renderDateTime } from './date-format';
import { type LocaleData, localeData } from './locale-data';
import { isCellError, type Stored } from './state';

interface NumberSection {
  prefix: string;
  suffix: string;
  minInt: number;
  minDec: number;
  maxDec: number;
  group: boolean;
  percent: boolean;
}

const sectionCache = new Map<string, NumberSection[]>();
const dateCache = new Map<string, boolean>();

/** True when a cell with this format holds a date/time (getValues then returns a Date). */
export function isDateFormat(format: string | null): boolean {
  if (!format || format === 'General' || format === '@') return false;
  let hit = dateCache.get(format);
  if (hit === undefined) {
    hit = isDateTimeFormat(format);
    dateCache.set(format, hit);
  }
  return hit;
}

function parseSection(src: string, whole: string): NumberSection {
  let prefix = '';
  let suffix = '';
  let pattern = '';
  let seenNumber = false;
  let percent = false;
  const lit = (t: string): void => {
    if (seenNumber) suffix += t;
    else prefix += t;
  };
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (ch === '"') {
      const end = src.indexOf('"', i + 1);
      if (end < 0) throw new Error(`Emulator: unterminated quote in number format ${whole}`);
      lit(src.slice(i + 1, end));
      i = end + 1;
    } else if (ch === '\\') {
      lit(src[i + 1] ?? '');
      i += 2;
    } else if (ch === '[') {
      const end = src.indexOf(']', i);
      const inner = src.slice(i + 1, end);
      if (!inner.startsWith('$')) {
        throw new Error(`Emulator: number format part [${inner}] in ${whole} is not emulated`);
      }
      lit(inner.slice(1).split('-')[0]);
      i = end + 1;
    } else if (ch === '_') {
      lit(' ');
      i += 2;
    } else if ('0#,.'.includes(ch)) {
      if (seenNumber && suffix) {
        throw new Error(`Emulator: number format ${whole} is not emulated`);
      }
      seenNumber = true;
      pattern += ch;
      i++;
    } else if (ch === '%') {
      percent = true;
      lit('%');
      i++;
    } else if (/[A-Za-z?*@/]/.test(ch)) {
      throw new Error(`Emulator: number format ${whole} is not emulated`);
    } else {
      lit(ch);
      i++;
    }
  }
  if (!seenNumber) throw new Error(`Emulator: number format ${whole} is not emulated`);
  if (pattern.endsWith(',')) throw new Error(`Emulator: scaling in ${whole} is not emulated`);
  const [intPart, decPart = ''] = pattern.split('.');
  return {
    prefix,
    suffix,
    minInt: (intPart.match(/0/g) ?? []).length,
    minDec: (decPart.match(/0/g) ?? []).length,
    maxDec: decPart.replace(/,/g, '').length,
    group: intPart.includes(','),
    percent,
  };
}

function sections(format: string): NumberSection[] {
  let hit = sectionCache.get(format);
  if (!hit) {
    const parts = format.split(';');
    if (parts.length > 3) throw new Error(`Emulator: number format ${format} is not emulated`);
    hit = parts.map((p) => parseSection(p, format));
    sectionCache.set(format, hit);
  }
  return hit;
}

function renderNumber(value: number, s: NumberSection, loc: LocaleData, sign: string): string {
  const v = s.percent ? value * 100 : value;
  const fixed = Math.abs(v).toFixed(s.maxDec);
  let [int, dec = ''] = fixed.split('.');
  while (dec.length > s.minDec && dec.endsWith('0')) dec = dec.slice(0, -1);
  int = int.replace(/^0+/, '');
  int = int.padStart(s.minInt, '0');
  if (s.group) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, loc.group);
  const body = dec ? `${int}${loc.decimal}${dec}` : int;
  return `${sign}${s.prefix}${body}${s.suffix}`;
}

/** Sheets' General rendering of a number: up to 10 significant digits, scientific when tiny or huge. */
export function generalNumber(v: number, loc: LocaleData): string {
  if (v === 0) return '0';
  const abs = Math.abs(v);
  let text: string;
  if (abs >= 1e15 || abs < 1e-4) {
    const [m, e] = v.toExponential(2).split('e');
    const exp = Number(e);
    text = `${m}E${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  } else {
    text = String(Number(v.toPrecision(10)));
  }
  return text.replace('.', loc.decimal);
}

export function formatValue(value: Stored, format: string | null, locale: string): string {
  if (value === null || value === '') return '';
  if (isCellError(value)) return value.e;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const loc = localeData(locale);
  if (!format || format === 'General' || format === '@') return generalNumber(value, loc);
  if (isDateFormat(format)) return renderDateTime(value, format, loc);
  const secs = sections(format);
  if (value < 0 && secs.length >= 2) return renderNumber(-value, secs[1], loc, '');
  if (value === 0 && secs.length === 3) return renderNumber(0, secs[2], loc, '');
  const rounded = Number(Math.abs(secs[0].percent ? value * 100 : value).toFixed(secs[0].maxDec));
  return renderNumber(value, secs[0], loc, value < 0 && rounded !== 0 ? '-' : '');
}
