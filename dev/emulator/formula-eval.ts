// Evaluates a parsed formula: literals, references, arithmetic, SUM, HYPERLINK, and calls to the bundle's
// custom functions (through a runner); anything else yields a loud "not emulated" #N/A.
import { cellA1 } from './a1';
import type { FNode } from './formula-parser';
import { isDateFormat } from './number-format';
import { serialToInstant } from './serial-date';
import {
  type CellError,
  isCellError,
  layerGet,
  type SheetState,
  type SpreadsheetState,
} from './state';

/** A value inside the engine: dates carry their instant for custom-function arguments. */
export type EValue =
  | number
  | string
  | boolean
  | { date: number; serial: number }
  | CellError
  | null;
export type EResult = EValue | EValue[][];

export class NotEmulated extends Error {}

export interface EvalContext {
  ss: SpreadsheetState;
  sheet: SheetState;
  /** The bundle's function of that name (case-insensitive), or null. */
  customFunction(name: string): string | null;
  /** Runs a custom function in CUSTOM_FUNCTION mode; returns its converted result or an error. */
  runCustom(name: string, args: EResult[]): EResult;
}

const isError = (v: unknown): v is CellError => isCellError(v);
const err = (e: string, m: string): CellError => ({ e, m });

function cellValue(ss: SpreadsheetState, sh: SheetState, r: number, c: number): EValue {
  const v = layerGet(sh.values, r, c);
  if (typeof v === 'number' && isDateFormat(layerGet(sh.formats, r, c))) {
    return { date: serialToInstant(v, ss.timeZone), serial: v };
  }
  return v;
}

function resolveSheet(ctx: EvalContext, name: string | null): SheetState | null {
  return name === null ? ctx.sheet : (ctx.ss.sheets.find((s) => s.name === name) ?? null);
}

function readRef(ctx: EvalContext, node: Extract<FNode, { t: 'ref' }>): EResult {
  const sh = resolveSheet(ctx, node.ref.sheet);
  if (!sh) return err('#REF!', `Unresolved sheet name '${node.ref.sheet}'.`);
  const r2 = Math.min(node.ref.r2 ?? sh.maxRows - 1, sh.maxRows - 1);
  const c2 = Math.min(node.ref.c2 ?? sh.maxCols - 1, sh.maxCols - 1);
  if (node.ref.r1 === r2 && node.ref.c1 === c2) return cellValue(ctx.ss, sh, r2, c2);
  const out: EValue[][] = [];
  for (let r = node.ref.r1; r <= r2; r++) {
    const row: EValue[] = [];
    for (let c = node.ref.c1; c <= c2; c++) row.push(cellValue(ctx.ss, sh, r, c));
    out.push(row);
  }
  return out;
}

const toNumber = (v: EValue): number | CellError => {
  if (v === null || v === '') return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (isError(v)) return v;
  if (typeof v === 'object') return v.serial;
  const n = Number(v);
  return Number.isFinite(n) && v.trim() !== ''
    ? n
    : err(
        '#VALUE!',
        `Function expects number values. But '${v}' is a text and cannot be coerced to a number.`,
      );
};

function scalar(v: EResult): EValue {
  if (!Array.isArray(v)) return v;
  if (v.length === 1 && v[0].length === 1) return v[0][0];
  return err('#VALUE!', 'An array value could not be found.');
}

function sum(args: EResult[]): EValue {
  let total = 0;
  for (const a of args) {
    if (Array.isArray(a)) {
      for (const v of a.flat()) {
        if (isError(v)) return v;
        if (typeof v === 'number') total += v;
        else if (v && typeof v === 'object') total += v.serial;
      }
    } else {
      const n = toNumber(a);
      if (isError(n)) return n;
      total += n;
    }
  }
  return total;
}

function binary(op: string, a: EValue, b: EValue): EValue {
  if (isError(a)) return a;
  if (isError(b)) return b;
  if (op === '&') {
    const s = (v: EValue): string =>
      v === null ? '' : typeof v === 'object' && 'serial' in v ? String(v.serial) : String(v);
    return s(a) + s(b);
  }
  if (['=', '<>', '<', '>', '<=', '>='].includes(op)) {
    const x = a !== null && typeof a === 'object' && 'serial' in a ? a.serial : (a ?? '');
    const y = b !== null && typeof b === 'object' && 'serial' in b ? b.serial : (b ?? '');
    const cmp = x < y ? -1 : x > y ? 1 : 0;
    return (
      {
        '=': cmp === 0,
        '<>': cmp !== 0,
        '<': cmp < 0,
        '>': cmp > 0,
        '<=': cmp <= 0,
        '>=': cmp >= 0,
      }[op] ?? false
    );
  }
  const x = toNumber(a);
  const y = toNumber(b);
  if (isError(x)) return x;
  if (isError(y)) return y;
  if (op === '/' && y === 0) return err('#DIV/0!', 'Function DIVIDE parameter 2 cannot be zero.');
  return op === '+' ? x + y : op === '-' ? x - y : op === '*' ? x * y : x / y;
}

/** Evaluates a node; throws NotEmulated for functions the emulator does not evaluate. */
export function evaluate(ctx: EvalContext, node: FNode): EResult {
  switch (node.t) {
    case 'num':
    case 'str':
    case 'bool':
      return node.v;
    case 'ref':
      return readRef(ctx, node);
    case 'neg': {
      const n = toNumber(scalar(evaluate(ctx, node.arg)));
      return isError(n) ? n : -n;
    }
    case 'bin':
      return binary(node.op, scalar(evaluate(ctx, node.l)), scalar(evaluate(ctx, node.r)));
    case 'call': {
      const custom = ctx.customFunction(node.name);
      if (node.name === 'SUM' && !custom) return sum(node.args.map((a) => evaluate(ctx, a)));
      if (node.name === 'HYPERLINK' && !custom)
        return hyperlink(node.args.map((a) => scalar(evaluate(ctx, a))));
      if (!custom) throw new NotEmulated(`Emulator: function ${node.name} is not emulated`);
      const args = node.args.map((a) => evaluate(ctx, a));
      const bad = args.find((a) => isError(a));
      if (bad !== undefined) return bad;
      return ctx.runCustom(custom, args);
    }
  }
}

/**
 * HYPERLINK(url, [label]): the cell shows the label, or the URL without one
 * (https://support.google.com/docs/answer/3093313); the link itself is not followed.
 */
function hyperlink(args: EValue[]): EValue {
  const [url, label] = args;
  if (isError(url)) return url;
  if (label !== undefined && isError(label)) return label;
  return label === undefined || label === '' ? url : label;
}

export function describeCell(sheet: SheetState, r: number, c: number): string {
  return `${sheet.name}!${cellA1(r, c)}`;
}
