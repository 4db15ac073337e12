// Checks what the sidebar sends, field by field, before anything is read or written: the form
// runs the same checks as the server, and the server trusts nothing (types, lengths, ids,
// choice keys, ISO dates). Pure: no Apps Script, no DOM.
import { dayOfIso } from '../core/days';
import { fail as failWith } from '../core/errors';
import {
  type FieldDef,
  type FieldValue,
  type ProblemCode,
  TEXT_LIMITS,
  type Values,
} from './types';

/** Fails a payload check: the code, the payload field at fault, extra words for the message. */
export function fail(code: ProblemCode, field: string, detail?: string): never {
  return failWith(code, detail === undefined ? { field } : { field, detail });
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Sheets' dates are sensible from 1900; anything past 2199 is a typo. */
const FIRST_DATE = dayOfIso('1900-01-01')!;
const LAST_DATE = dayOfIso('2199-12-31')!;
const MAX_NUMBER = 1e15;

/** A plain object (not an array, date or class instance), in any realm. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** Own keys only (a payload's `toString` is not a field); ES2020 has no Object.hasOwn. */
const has = (o: object, key: string) => Object.keys(o).includes(key);

/** Whether a wire value is blank: null, "" or only spaces, an empty list. */
export function isBlankValue(value: FieldValue | undefined): boolean {
  return (
    value === null ||
    value === undefined ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  );
}

/**
 * One field's value, checked against its definition and normalised (e-mail trimmed, blank as
 * null, choices deduplicated). Example: employees "12" → NOT_A_NUMBER; employees 12.5 → NOT_WHOLE.
 */
export function checkValue(
  field: FieldDef,
  raw: unknown,
  where = `values.${field.key}`,
): FieldValue {
  if (raw === null || raw === undefined) return null;
  switch (field.type) {
    case 'text':
    case 'longText':
    case 'email': {
      if (typeof raw !== 'string') return fail('NOT_TEXT', where);
      if (field.maxLength !== undefined && raw.length > field.maxLength)
        return fail('TOO_LONG', where, String(field.maxLength));
      if (raw.trim() === '') return null;
      if (field.type !== 'email') return raw;
      const email = raw.trim();
      return EMAIL.test(email) ? email : fail('NOT_AN_EMAIL', where);
    }
    case 'number':
    case 'money': {
      if (typeof raw !== 'number' || !Number.isFinite(raw) || Math.abs(raw) > MAX_NUMBER)
        return fail('NOT_A_NUMBER', where);
      if (raw < 0) return fail('NEGATIVE', where);
      if (field.type === 'number' && !Number.isInteger(raw)) return fail('NOT_WHOLE', where);
      return raw;
    }
    case 'date': {
      if (raw === '') return null;
      const day = typeof raw === 'string' ? dayOfIso(raw) : undefined;
      if (day === undefined || day < FIRST_DATE || day > LAST_DATE)
        return fail('NOT_A_DATE', where);
      return raw as string;
    }
    case 'choice': {
      if (raw === '') return null;
      if (typeof raw !== 'string' || !field.choices?.some((c) => c.key === raw))
        return fail('NOT_A_CHOICE', where, choiceList(field));
      return raw;
    }
    case 'multiChoice': {
      if (!Array.isArray(raw) || raw.length > (field.choices?.length ?? 0) * 2)
        return fail('NOT_A_LIST', where, choiceList(field));
      const keys: string[] = [];
      for (const key of raw) {
        if (typeof key !== 'string' || !field.choices?.some((c) => c.key === key))
          return fail('NOT_A_CHOICE', where, choiceList(field));
        if (!keys.includes(key)) keys.push(key);
      }
      return keys;
    }
    case 'yesNo':
      return typeof raw === 'boolean' ? raw : fail('NOT_YES_NO', where);
  }
}

function choiceList(field: FieldDef): string {
  return (field.choices ?? []).map((c) => c.label).join(', ');
}

/**
 * The `values` of a save, checked against the section's fields. `partial` (an edit) checks
 * only the fields sent; otherwise (a new row) every required field must be filled.
 */
export function checkValues(
  fields: readonly FieldDef[],
  raw: unknown,
  partial: boolean,
  where = 'values',
): Values {
  if (!isPlainObject(raw)) return fail('NOT_AN_OBJECT', where);
  const out: Values = {};
  for (const key of Object.keys(raw)) {
    if (!fields.some((f) => f.key === key)) fail('UNKNOWN_FIELD', `${where}.${key}`);
  }
  for (const field of fields) {
    const sent = has(raw, field.key);
    if (!sent) {
      if (!partial && field.required) fail('REQUIRED', `${where}.${field.key}`);
      continue;
    }
    const value = checkValue(field, raw[field.key], `${where}.${field.key}`);
    if (field.required && isBlankValue(value)) fail('REQUIRED', `${where}.${field.key}`);
    out[field.key] = value;
  }
  return out;
}

/** A payload: a plain object with these keys, and perhaps the optional ones, nothing else. */
export function checkPayload(
  raw: unknown,
  keys: readonly string[],
  optional: readonly string[] = [],
): Record<string, unknown> {
  if (!isPlainObject(raw)) return fail('NOT_AN_OBJECT', 'payload');
  for (const key of Object.keys(raw))
    if (!keys.includes(key) && !optional.includes(key)) fail('UNKNOWN_FIELD', key);
  for (const key of keys) if (!has(raw, key)) fail('REQUIRED', key);
  return raw;
}

/**
 * A day that must already have happened: a contact or a review is a fact, not a plan (R5
 * Decision: contacts dated after today are refused where typed into KAM). Both ISO; the same
 * day passes. Example: "2026-11-27" on 2026-11-26 → IN_FUTURE, with today as the detail.
 */
export function checkNotAfterToday(day: string, today: string, where: string): string {
  return day > today ? fail('IN_FUTURE', where, today) : day;
}

/**
 * The day of a review (R3.6): today or earlier, and not before the last review on record, so
 * that the history of reviews stays in order. Example: "2026-09-01" after a review of
 * 2026-10-15 → BEFORE_LAST_REVIEW, with that day as the detail.
 */
export function checkReviewDay(
  raw: unknown,
  today: string,
  lastReview: string | null,
  where = 'date',
): string {
  const field: FieldDef = { key: where, label: where, help: '', type: 'date', required: true };
  const day = checkValue(field, raw, where);
  if (typeof day !== 'string') return fail('REQUIRED', where);
  checkNotAfterToday(day, today, where);
  return lastReview !== null && day < lastReview
    ? fail('BEFORE_LAST_REVIEW', where, lastReview)
    : day;
}

/** Free text of a payload (a reason, a note): a string of at most `max` characters, trimmed. */
export function checkText(raw: unknown, where: string, max: number = TEXT_LIMITS.longText): string {
  if (typeof raw !== 'string') return fail('NOT_TEXT', where);
  if (raw.length > max) return fail('TOO_LONG', where, String(max));
  return raw.trim();
}

/**
 * A save's request id as the sidebar sends it (8–64 letters, digits, "-" or "_"), or
 * undefined when the payload has none. Example: "3f2c9a7e-1b2d-4c5e-8f90-a1b2c3d4e5f6".
 */
export function checkRequestId(raw: unknown, where = 'requestId'): string | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string' || !/^[A-Za-z0-9_-]{8,64}$/.test(raw)) return fail('BAD_KEY', where);
  return raw;
}

/** An account id as the sidebar sends it: non-blank text of at most 100 characters. */
export function checkAccountId(raw: unknown, where = 'accountId'): string {
  if (typeof raw !== 'string') return fail('NOT_TEXT', where);
  if (raw.trim() === '') return fail('REQUIRED', where);
  if (raw.length > 100) return fail('TOO_LONG', where, '100');
  return raw.trim();
}

/** A row's key as loaded: 16 hexadecimal digits and the row's place among identical ones ("" for none yet). */
export function checkKey(raw: unknown, where = 'key', blankAllowed = false): string {
  if (typeof raw !== 'string') return fail('BAD_KEY', where);
  if (raw === '' && blankAllowed) return raw;
  if (!/^[0-9a-f]{16}\.\d{1,7}$/.test(raw)) return fail('BAD_KEY', where);
  return raw;
}

export function checkOneOf<T extends string>(
  raw: unknown,
  allowed: readonly T[],
  where: string,
): T {
  if (typeof raw !== 'string' || !(allowed as readonly string[]).includes(raw))
    return fail('NOT_A_CHOICE', where, allowed.join(', '));
  return raw as T;
}

export function checkBoolean(raw: unknown, where: string): boolean {
  return typeof raw === 'boolean' ? raw : fail('NOT_BOOLEAN', where);
}
