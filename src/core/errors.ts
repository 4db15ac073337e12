// One error idiom for the whole add-on: `fail(code, details)` throws an Error whose cause
// carries a code from one list and what the outermost layer needs to word it (a cell
// message, a sidebar problem, a menu alert). Nothing below that layer writes sentences.

/** Every code KAM fails with, grouped by where it usually starts. */
export type ErrorCode =
  // a value: a rule's input, a custom function's argument, a sidebar field
  | 'NOT_A_NUMBER'
  | 'NEGATIVE'
  | 'NOT_FINITE'
  | 'NOT_WHOLE'
  | 'OUT_OF_RANGE'
  | 'NOT_A_DATE'
  | 'NOT_TEXT'
  | 'TOO_LONG'
  | 'REQUIRED'
  | 'NOT_A_CHOICE'
  | 'NOT_A_LIST'
  | 'NOT_AN_EMAIL'
  | 'NOT_YES_NO'
  | 'NOT_BOOLEAN'
  | 'NOT_AN_OBJECT'
  | 'UNKNOWN_FIELD'
  // revenue and its thresholds (R1)
  | 'TOTAL_NOT_POSITIVE'
  | 'TOTAL_BELOW_REVENUE'
  | 'NOT_A_SHARE'
  | 'THRESHOLDS_OUT_OF_ORDER'
  // the shape of a custom function's range
  | 'SINGLE_CELL'
  | 'RAGGED'
  | 'SAME_SHAPE'
  | 'REQUIRED_FOR_CELL'
  // the workbook, its accounts and rows
  | 'ACCOUNT_NOT_FOUND'
  | 'ITEM_NOT_FOUND'
  | 'BAD_KEY'
  | 'STALE'
  | 'BUSY'
  | 'NO_ACCESS'
  | 'NOT_SET_UP'
  | 'PAUSE'
  // dates a user gives: a contact or a review that has not happened yet, a review before the last
  | 'IN_FUTURE'
  | 'BEFORE_LAST_REVIEW'
  // R3.3: "Reports to" must name a person of the same account, and never close a loop
  | 'NOT_A_PERSON'
  | 'REPORTS_TO_CYCLE'
  // the platform: Google's quotas
  | 'TRIGGER_LIMIT'
  /** A save failed after it had begun writing: part of it may be in the sheet. */
  | 'WRITE_FAILED'
  | 'INTERNAL';

/** What a bad value held, for the message ("got text "abc""). */
export type Got =
  | { kind: 'text'; text: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'date' }
  | { kind: 'number'; value: number }
  | { kind: 'nothing' }
  | { kind: 'range'; rows: number; columns: number }
  | { kind: 'ragged' }
  | { kind: 'other' };

export interface ErrorDetails {
  /** The argument or payload field at fault: `total`, `values.person`, `accountId`. */
  field?: string;
  /** Extra words for the message: a limit, the allowed choices, an expected shape. */
  detail?: string;
  /** What the value held. */
  got?: Got;
  /** The cell of a range, 1-based within the range, and the range's size when known. */
  at?: { row: number; column: number; rows?: number; columns?: number };
  /** With STALE: who changed the rows last, and when (local time). */
  changedBy?: { who: string; when: string } | null;
}

export type KamErrorCause = { code: ErrorCode } & ErrorDetails;

/** Throws an `Error` whose `cause` carries the code and details (as clasp does). */
export function fail(code: ErrorCode, details: ErrorDetails = {}): never {
  const error = new Error(details.field === undefined ? code : `${code} ${details.field}`);
  (error as Error & { cause: KamErrorCause }).cause = { ...details, code };
  throw error;
}

/** The cause of an error thrown by `fail`, or undefined for anything else. */
export function causeOf(error: unknown): KamErrorCause | undefined {
  if (!(error instanceof Error)) return undefined;
  const cause = (error as Error & { cause?: unknown }).cause;
  return typeof cause === 'object' && cause !== null && 'code' in cause
    ? (cause as KamErrorCause)
    : undefined;
}

/** Describes a value for a message: text (shortened), a number, a date, a range… */
export function describeValue(value: unknown): Got {
  if (value === '' || value === null || value === undefined) return { kind: 'nothing' };
  if (typeof value === 'string')
    return { kind: 'text', text: value.length > 40 ? `${value.slice(0, 40)}…` : value };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (typeof value === 'number') return { kind: 'number', value };
  if (Object.prototype.toString.call(value) === '[object Date]') return { kind: 'date' };
  if (Array.isArray(value))
    return {
      kind: 'range',
      rows: value.length,
      columns: Array.isArray(value[0]) ? value[0].length : 1,
    };
  return { kind: 'other' };
}
