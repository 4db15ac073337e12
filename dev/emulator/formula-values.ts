// Engine values to and from the bundle: a custom function's arguments (blank as "", dates as
// Date, errors as their code) and its result (a scalar or a 2-D array; Dates kept as dates),
// and how a result is stored and where its array would spill.
import { cellA1 } from './a1';
import { isEmptyCell } from './cells';
import type { EResult, EValue } from './formula-eval';
import { instantToSerial } from './serial-date';
import { type CellError, isCellError, type SheetState, type Stored } from './state';

export function storeResult(v: EValue): Stored {
  if (v && typeof v === 'object' && 'date' in v) return v.serial;
  if (typeof v === 'number' && !Number.isFinite(v))
    return { e: '#NUM!', m: 'The result is not a finite number.' };
  return v === '' ? null : (v as Stored);
}

export function spillBlocker(
  sh: SheetState,
  r: number,
  c: number,
  rows: number,
  cols: number,
): CellError | null {
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      if ((i || j) && r + i < sh.maxRows && c + j < sh.maxCols && !isEmptyCell(sh, r + i, c + j)) {
        return {
          e: '#REF!',
          m: `Array result was not expanded because it would overwrite data in ${cellA1(r + i, c + j)}.`,
        };
      }
    }
  }
  return null;
}

/** A value returned by a custom function (any realm) as an engine value. */
export function fromScript(v: unknown, timeZone: string): EResult {
  const one = (x: unknown): EValue => {
    if (x === null || x === undefined) return null;
    if (typeof x === 'number' || typeof x === 'string' || typeof x === 'boolean') return x;
    if (Object.prototype.toString.call(x) === '[object Date]') {
      const ms = Date.prototype.getTime.call(x);
      return { date: ms, serial: instantToSerial(ms, timeZone) };
    }
    return {
      e: '#ERROR!',
      m: `Emulator: a custom function returning ${Array.isArray(x) ? 'nested arrays' : 'an object'} is not emulated`,
    };
  };
  if (!Array.isArray(v)) return one(v);
  if (v.length === 0) return { e: '#ERROR!', m: 'Emulator: an empty array result is not emulated' };
  if (!v.every((row) => Array.isArray(row))) {
    return { e: '#ERROR!', m: 'Emulator: a 1-D array result is not emulated; return a 2-D array' };
  }
  return (v as unknown[][]).map((row) => row.map(one));
}

/** An engine value as a custom-function argument: "" for blanks, Dates, error codes as text. */
export function toScript(
  v: EResult,
  makeDate: (ms: number) => Date,
  grid: <T>(rows: T[][]) => T[][],
): unknown {
  const one = (x: EValue): unknown => {
    if (x === null) return '';
    if (isCellError(x)) return x.e;
    if (typeof x === 'object') return makeDate(x.date);
    return x;
  };
  return Array.isArray(v) ? grid(v.map((row) => row.map(one))) : one(v);
}
