// Cells ⇄ typed values, by the template's column type: the edge where untyped sheet values
// become typed rows (and back), in the workbook's language and time zone.
import { dateOfDay, dayOfDate, dayOfIso, isoOf, type Zone } from '../../core/days';
import { choiceKeyOf, choiceKeysOf } from '../../template/lookup';
import type { ColumnDef, Lang } from '../../template/types';
import type { Cell } from './writer';

/**
 * True for a `Date`, also one made in another realm (the emulator's vm, Apps Script's own
 * Sheets bridge), where `instanceof Date` would say no.
 */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** Blank cells read as "" (and reach custom functions as ""; an omitted argument as undefined). */
export function isBlank(value: unknown): boolean {
  return value === '' || value === null || value === undefined;
}

/** A typed cell: text, number, day, choice key(s) or yes/no; undefined when blank. */
export type CellValue = string | number | boolean | readonly string[] | undefined;

export type CellProblemCode =
  | 'NOT_A_NUMBER'
  | 'NOT_A_DATE'
  | 'NOT_A_CHOICE'
  | 'NOT_AN_EMAIL'
  | 'NOT_YES_NO';

export interface Decoded {
  value: CellValue;
  /** Set when the cell holds something the column does not allow; the raw value is kept untouched. */
  problem?: CellProblemCode;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function textOf(raw: unknown, zone: Zone): string {
  return isDate(raw) ? isoOf(dayOfDate(raw, zone)) : String(raw);
}

/** Reads one cell as its column's type. Blank cells are undefined; nothing is guessed. */
export function decodeCell(column: ColumnDef, raw: unknown, zone: Zone): Decoded {
  if (isBlank(raw) || (typeof raw === 'string' && raw.trim() === '')) return { value: undefined };
  switch (column.type) {
    case 'number':
    case 'money':
    case 'percent':
      return typeof raw === 'number' && Number.isFinite(raw)
        ? { value: raw }
        : { value: undefined, problem: 'NOT_A_NUMBER' };
    case 'date': {
      if (isDate(raw) && !Number.isNaN(raw.getTime())) return { value: dayOfDate(raw, zone) };
      const day = typeof raw === 'string' ? dayOfIso(raw.trim()) : undefined;
      return day === undefined ? { value: undefined, problem: 'NOT_A_DATE' } : { value: day };
    }
    case 'choice': {
      const key = choiceKeyOf(column, String(raw));
      return key === undefined ? { value: undefined, problem: 'NOT_A_CHOICE' } : { value: key };
    }
    case 'multiChoice': {
      const { keys, unknown } = choiceKeysOf(column, String(raw));
      return unknown.length === 0 ? { value: keys } : { value: undefined, problem: 'NOT_A_CHOICE' };
    }
    case 'yesNo': {
      if (typeof raw === 'boolean') return { value: raw };
      const key = choiceKeyOf(column, String(raw));
      if (key === 'yes' || key === 'no') return { value: key === 'yes' };
      return { value: undefined, problem: 'NOT_YES_NO' };
    }
    case 'email': {
      const text = String(raw).trim();
      return EMAIL.test(text) ? { value: text } : { value: text, problem: 'NOT_AN_EMAIL' };
    }
    default:
      return { value: textOf(raw, zone) };
  }
}

/** One typed value as the one writer writes it, in the workbook's language and zone. */
export function encodeCell(column: ColumnDef, value: CellValue, lang: Lang, zone: Zone): Cell {
  if (value === undefined || value === '') return '';
  switch (column.type) {
    case 'number':
    case 'money':
    case 'percent':
      return typeof value === 'number' ? value : String(value);
    case 'date':
      return typeof value === 'number' ? dateOfDay(value, zone) : String(value);
    case 'choice':
      return column.choices?.find((c) => c.key === value)?.label[lang] ?? String(value);
    case 'multiChoice':
      return (Array.isArray(value) ? value : [String(value)])
        .map((key) => column.choices?.find((c) => c.key === key)?.label[lang] ?? key)
        .join(', ');
    case 'yesNo': {
      const key = value === true ? 'yes' : 'no';
      return column.choices?.find((c) => c.key === key)?.label[lang] ?? key;
    }
    default:
      return String(value);
  }
}
