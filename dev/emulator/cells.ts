// Reading and writing cell content on a sheet's state: values as getValues returns them (Dates
// in the spreadsheet's time zone), display strings, and writes that keep formulas and array
// results (spills) consistent.
import type { Env } from './env';
import { formatValue, isDateFormat } from './number-format';
import { serialToInstant } from './serial-date';
import {
  type CellError,
  isCellError,
  layerGet,
  layerSet,
  type SheetState,
  type SpreadsheetState,
  type Stored,
} from './state';
import type { CellInput } from './value-parse';

export interface Block {
  r1: number;
  c1: number;
  nr: number;
  nc: number;
}

/**
 * Values of a block as getValues returns them: numbers, strings, booleans, "" for blank cells,
 * error codes as strings ("#REF!"), and a Date (of the running realm) for a number in a cell
 * with a date/time format, at that wall-clock time in the spreadsheet's time zone
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#getValues()).
 */
export function readValues(env: Env, ss: SpreadsheetState, sh: SheetState, b: Block): unknown[][] {
  const tz = ss.timeZone;
  return env.realm.readCells(
    sh.values,
    sh.formats,
    b.r1,
    b.c1,
    b.nr,
    b.nc,
    isDateFormat,
    (serial) => serialToInstant(serial, tz),
  );
}

export function readDisplay(env: Env, ss: SpreadsheetState, sh: SheetState, b: Block): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < b.nr; i++) {
    const row: string[] = [];
    for (let j = 0; j < b.nc; j++) {
      const v = layerGet(sh.values, b.r1 + i, b.c1 + j);
      row.push(formatValue(v, layerGet(sh.formats, b.r1 + i, b.c1 + j), ss.locale));
    }
    out.push(row);
  }
  return env.realm.grid(out);
}

/** A string layer read as a grid with a default for unset cells. */
export function readLayer(
  env: Env,
  layer: (string | null)[][],
  b: Block,
  dflt: string,
): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < b.nr; i++) {
    const src = layer[b.r1 + i];
    const row: string[] = [];
    for (let j = 0; j < b.nc; j++) row.push((src ? src[b.c1 + j] : null) ?? dflt);
    out.push(row);
  }
  return env.realm.grid(out);
}

export const spillKey = (r: number, c: number): string => `${r},${c}`;

/** The anchor whose array result covers (r, c), other than (r, c) itself. */
export function spillOwner(sh: SheetState, r: number, c: number): [number, number] | null {
  for (const _ in sh.spills) return spillOwnerSlow(sh, r, c);
  return null;
}

function spillOwnerSlow(sh: SheetState, r: number, c: number): [number, number] | null {
  for (const [key, s] of Object.entries(sh.spills)) {
    const [ar, ac] = key.split(',').map(Number);
    if (r >= ar && r < ar + s.rows && c >= ac && c < ac + s.cols && !(r === ar && c === ac)) {
      return [ar, ac];
    }
  }
  return null;
}

/** Removes the values an anchor's array result spilled into its neighbours. */
export function clearSpill(sh: SheetState, r: number, c: number): void {
  const s = sh.spills[spillKey(r, c)];
  if (!s) return;
  for (let i = 0; i < s.rows; i++) {
    for (let j = 0; j < s.cols; j++) if (i || j) layerSet(sh.values, r + i, c + j, null);
  }
  delete sh.spills[spillKey(r, c)];
}

/** Stores parsed input in one cell; returns the anchor of a spill it overwrote, if any. */
export function writeCell(
  sh: SheetState,
  r: number,
  c: number,
  input: CellInput,
): [number, number] | null {
  // Writing into an array result removes the result; the anchor then recalculates to #REF!.
  const owner = spillOwner(sh, r, c);
  if (owner) clearSpill(sh, owner[0], owner[1]);
  if (layerGet(sh.formulas, r, c) !== null) clearSpill(sh, r, c);
  if (input.kind === 'formula') {
    layerSet(sh.formulas, r, c, input.formula);
    layerSet(sh.values, r, c, null);
  } else {
    layerSet(sh.formulas, r, c, null);
    layerSet(sh.values, r, c, input.value === '' ? null : input.value);
    if (input.format) layerSet(sh.formats, r, c, input.format);
  }
  return owner;
}

export function errorValue(code: string, message: string): CellError {
  return { e: code, m: message };
}

/** True when a cell holds nothing: no value and no formula. */
export function isEmptyCell(sh: SheetState, r: number, c: number): boolean {
  return layerGet(sh.values, r, c) === null && layerGet(sh.formulas, r, c) === null;
}

export function storedIsError(v: Stored): v is CellError {
  return isCellError(v);
}

/** Last row/column (1-based) holding a value or formula, 0 for an empty sheet. */
export function lastRowCol(sh: SheetState): { row: number; col: number } {
  let row = 0;
  let col = 0;
  for (const layer of [sh.values, sh.formulas] as (unknown[] | null | undefined)[][]) {
    for (let r = layer.length - 1; r >= 0; r--) {
      const cells = layer[r];
      if (!cells) continue;
      for (let c = cells.length - 1; c >= 0; c--) {
        if (cells[c] !== null && cells[c] !== undefined) {
          if (r + 1 > row) row = r + 1;
          if (c + 1 > col) col = c + 1;
          break;
        }
      }
    }
  }
  return { row, col };
}
