// How a value written by setValues (or typed by a user) becomes cell content: Sheets' parsing
// of typed input (numbers, percentages, currency, dates, times, booleans, formulas, apostrophe).
import { localeData } from './locale-data';
import { fieldsToSerial, instantToSerial } from './serial-date';
import type { Stored } from './state';

export type CellInput =
  | { kind: 'value'; value: Stored; format?: string }
  | { kind: 'formula'; formula: string };

export class UnsupportedValue extends Error {}

/**
 * Sheets' limit on one cell's content: 50,000 characters ("Files you can store in Google
 * Drive", https://support.google.com/drive/answer/37603). A longer write fails with the
 * message Sheets gives (as the Sheets API reports it).
 */
export const CELL_CHARACTER_LIMIT = 50_000;

export class CellTooLong extends Error {
  constructor() {
    super(
      `Your input contains more than the maximum of ${CELL_CHARACTER_LIMIT} characters in a single cell.`,
    );
  }
}

/** Throws CellTooLong for text or a formula over Sheets' limit. */
export function assertCellLimit(raw: unknown): void {
  if (typeof raw === 'string' && raw.length > CELL_CHARACTER_LIMIT) throw new CellTooLong();
}

/**
 * How a plain-text ("@") cell takes a string a script writes: whether "=…" stays text or
 * becomes a formula, and whether a leading apostrophe stays in the value or is stripped as
 * Sheets' text marker. Google documents neither; the emulator plays the answer it is given
 * (default: text, kept: the value stays exactly as written).
 */
export interface PlainTextAnswer {
  formula: 'text' | 'formula';
  apostrophe: 'kept' | 'stripped';
}

export const DEFAULT_PLAIN_TEXT: PlainTextAnswer = { formula: 'text', apostrophe: 'kept' };

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function numberPattern(decimal: string, group: string): RegExp {
  const d = esc(decimal);
  const g = group === '\u00a0' || group === ' ' ? '[\\u00a0 ]' : esc(group);
  return new RegExp(
    `^([+-]?)((?:\\d{1,3}(?:${g}\\d{3})+|\\d+)(?:${d}\\d*)?|${d}\\d+)(?:[eE]([+-]?\\d+))?$`,
  );
}

function parseNumber(text: string, locale: string): { n: number; decimals: number } | null {
  const loc = localeData(locale);
  const m = numberPattern(loc.decimal, loc.group).exec(text);
  if (!m) return null;
  const body = m[2]
    .split(loc.group)
    .join('')
    .replace(/[\u00a0 ]/g, '')
    .replace(loc.decimal, '.');
  const n = Number(`${m[1]}${body}${m[3] ? `e${m[3]}` : ''}`);
  if (!Number.isFinite(n)) return null;
  const decimals = body.includes('.') ? body.split('.')[1].length : 0;
  return { n, decimals };
}

const fullYear = (y: string): number => {
  const n = Number(y);
  if (y.length > 2) return n;
  return n < 30 ? 2000 + n : 1900 + n;
};

function validDay(y: number, mo: number, d: number): boolean {
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

function timeFraction(
  h: string,
  mi: string,
  s: string | undefined,
  ampm: string | undefined,
): number | null {
  let hour = Number(h);
  const minute = Number(mi);
  const second = Number(s ?? 0);
  if (ampm) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (ampm.toLowerCase() === 'pm' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  return (hour * 3600 + minute * 60 + second) / 86400;
}

const TIME = String.raw`(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?`;

function parseDate(text: string, locale: string, year: number): CellInput | null {
  const loc = localeData(locale);
  let y: number;
  let mo: number;
  let d: number;
  let format: string;
  let time: RegExpExecArray;
  const iso = new RegExp(`^(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})${TIME}$`).exec(text);
  const local = new RegExp(`^(\\d{1,2})[/.](\\d{1,2})(?:[/.](\\d{2}|\\d{4}))?${TIME}$`).exec(text);
  if (iso) {
    [y, mo, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    format = text.includes('-') ? 'yyyy-mm-dd' : loc.dateFormat;
    time = iso;
  } else if (local) {
    const [a, b] = [Number(local[1]), Number(local[2])];
    [d, mo] = loc.dayFirst ? [a, b] : [b, a];
    y = local[3] ? fullYear(local[3]) : year;
    format = loc.dateFormat;
    time = local;
  } else return null;
  if (!validDay(y, mo, d)) return null;
  let serial = fieldsToSerial(y, mo, d);
  if (time[4] !== undefined) {
    const f = timeFraction(time[4], time[5], time[6], time[7]);
    if (f === null) return null;
    serial += f;
    format = `${format} ${time[7] ? 'h:mm:ss am/pm' : 'H:mm:ss'}`;
  }
  return { kind: 'value', value: serial, format };
}

/** A leading + or - that is not a number: Sheets starts a formula ("+1+2" is "=+1+2"). */
const SIGNED_FORMULA = /^[+-]./;

/**
 * Parses text the way Sheets parses what a user types, in the spreadsheet's locale. Apps Script's
 * setValues behaves like the Sheets API's USER_ENTERED input: "The values will be parsed as if
 * the user typed them into the UI" (https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption).
 * "=…" becomes a formula. A leading apostrophe forces text and is not part of the value:
 * getValues and getDisplayValues return the text without it, Sheets shows it only in the edit
 * bar (ODK's Sheets docs: "the apostrophes only are visible when editing a value",
 * https://github.com/getodk/docs/pull/1095; Google does not document it for setValues).
 * Text with a leading + or - that is no number, percentage, currency or date starts a formula
 * too, the stricter of what Sheets may do with it ("+370 600" typed into a General cell is
 * "=+370 600", an error). Cells formatted as plain text ("@") skip this parsing (inputFromJs).
 */
export function parseUserInput(raw: string, locale: string, year: number): CellInput {
  assertCellLimit(raw);
  if (raw === '') return { kind: 'value', value: null };
  if (raw.startsWith("'")) return { kind: 'value', value: raw.slice(1) };
  if (raw.startsWith('=') && raw.length > 1) return { kind: 'formula', formula: raw };
  const text = raw.trim();
  if (/^(true|false)$/i.test(text)) return { kind: 'value', value: text.toLowerCase() === 'true' };
  const num = parseNumber(text, locale);
  if (num) return { kind: 'value', value: num.n };
  if (text.endsWith('%')) {
    const p = parseNumber(text.slice(0, -1).trim(), locale);
    if (p) return { kind: 'value', value: p.n / 100, format: p.decimals ? '0.00%' : '0%' };
  }
  const money = /^([+-]?)([$€])\s?(.+)$|^([+-]?)(.+?)\s?€$/.exec(text);
  if (money) {
    const sign = money[1] ?? money[4] ?? '';
    const amount = parseNumber(`${sign}${money[3] ?? money[5]}`, locale);
    if (amount) {
      const format =
        money[2] === '$' ? '"$"#,##0.00' : money[2] === '€' ? '"€"#,##0.00' : '#,##0.00 "€"';
      return { kind: 'value', value: amount.n, format };
    }
  }
  const date = parseDate(text, locale, year);
  if (date) return date;
  const t = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?$/.exec(text);
  if (t) {
    const f = timeFraction(t[1], t[2], t[3], t[4]);
    if (f !== null) return { kind: 'value', value: f, format: t[4] ? 'h:mm:ss am/pm' : 'H:mm:ss' };
  }
  if (SIGNED_FORMULA.test(text)) return { kind: 'formula', formula: `=${text}` };
  return { kind: 'value', value: raw };
}

/** A string a script writes into a plain-text ("@") cell, as the given answer has it. */
export function plainTextInput(raw: string, answer: PlainTextAnswer): CellInput {
  assertCellLimit(raw);
  if (raw.startsWith("'") && answer.apostrophe === 'stripped')
    return { kind: 'value', value: raw.slice(1) };
  if (raw.startsWith('=') && raw.length > 1 && answer.formula === 'formula')
    return { kind: 'formula', formula: raw };
  return { kind: 'value', value: raw };
}

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

export interface WriteContext {
  locale: string;
  timeZone: string;
  year: number;
  /** The cell's current number format. */
  format: string | null;
  isDateFormat: (f: string | null) => boolean;
  /** How a plain-text cell takes a script's string (default DEFAULT_PLAIN_TEXT). */
  plainText?: PlainTextAnswer;
  /** Whether a leading apostrophe of a script's string marks text (the default) or is kept (quirks.ts). */
  scriptApostrophe?: 'marker' | 'kept';
}

/**
 * A JavaScript value written by setValue(s). A string into a plain-text cell follows the
 * emulator's `plainText` answer (undocumented by Google); elsewhere it is parsed as typed. Dates are stored as serial numbers in the
 * spreadsheet's time zone and get the locale's date (midnight) or date-time format unless the
 * cell already has a date format. Objects, NaN and Infinity are refused.
 */
export function inputFromJs(v: unknown, ctx: WriteContext): CellInput {
  if (v === null || v === undefined) return { kind: 'value', value: null };
  if (typeof v === 'number') {
    if (!Number.isFinite(v))
      throw new UnsupportedValue(`Emulator: writing ${v} into a cell is not emulated`);
    return { kind: 'value', value: v };
  }
  if (typeof v === 'boolean') return { kind: 'value', value: v };
  if (typeof v === 'string') {
    if (ctx.format === '@') return plainTextInput(v, ctx.plainText ?? DEFAULT_PLAIN_TEXT);
    if (v.startsWith("'") && ctx.scriptApostrophe === 'kept') return { kind: 'value', value: v };
    return parseUserInput(v, ctx.locale, ctx.year);
  }
  if (isDate(v)) {
    const ms = Date.prototype.getTime.call(v);
    if (Number.isNaN(ms))
      throw new UnsupportedValue('Emulator: writing an Invalid Date is not emulated');
    const serial = instantToSerial(ms, ctx.timeZone);
    if (ctx.isDateFormat(ctx.format)) return { kind: 'value', value: serial };
    const loc = localeData(ctx.locale);
    const midnight =
      Math.abs(serial - Math.round(serial)) < 1e-9 && Number.isInteger(Math.round(serial));
    return {
      kind: 'value',
      value: serial,
      format: midnight && serial % 1 === 0 ? loc.dateFormat : loc.dateTimeFormat,
    };
  }
  throw new UnsupportedValue(
    `Emulator: writing a ${typeof v} (${String(v)}) into a cell is not emulated`,
  );
}
