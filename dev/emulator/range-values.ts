// Range values and formulas: getValues/setValues and friends, with Google's shape checks and
// Sheets' input parsing (see value-parse.ts for what a written string becomes).
import { readDisplay, readValues, writeCell } from './cells';
import type { Emulates } from './emulates';
import { isDateFormat } from './number-format';
import { RangeBase } from './range-base';
import { layerGet } from './state';
import { wallClock } from './time-zone';
import {
  assertCellLimit,
  type CellInput,
  CellTooLong,
  inputFromJs,
  UnsupportedValue,
} from './value-parse';

type GasRange = GoogleAppsScript.Spreadsheet.Range;

export class RangeValues
  extends RangeBase
  implements
    Emulates<
      GasRange,
      | 'getValues'
      | 'getValue'
      | 'setValues'
      | 'setValue'
      | 'getDisplayValues'
      | 'getDisplayValue'
      | 'getFormulas'
      | 'getFormula'
      | 'setFormulas'
      | 'setFormula'
      | 'isBlank'
    >
{
  private _year: number | undefined;

  getValues(): unknown[][] {
    this._env.hooks?.flush();
    return readValues(this._env, this._ss, this._st, this._block);
  }

  getValue(): unknown {
    this._env.hooks?.flush();
    const b = this._block;
    return readValues(this._env, this._ss, this._st, { r1: b.r1, c1: b.c1, nr: 1, nc: 1 })[0][0];
  }

  getDisplayValues(): string[][] {
    this._env.hooks?.flush();
    return readDisplay(this._env, this._ss, this._st, this._block);
  }

  getDisplayValue(): string {
    const b = this._block;
    this._env.hooks?.flush();
    return readDisplay(this._env, this._ss, this._st, { r1: b.r1, c1: b.c1, nr: 1, nc: 1 })[0][0];
  }

  isBlank(): boolean {
    let blank = true;
    this._each((r, c) => {
      if (layerGet(this._st.values, r, c) !== null || layerGet(this._st.formulas, r, c) !== null) {
        blank = false;
      }
    });
    return blank;
  }

  setValues(values: unknown[][]): this {
    this._assertShape(values, 'Values');
    this._write((i, j, format) => this._input(values[i][j], format));
    return this;
  }

  /** Sets every cell of the range to one value. */
  setValue(value: unknown): this {
    this._write((_i, _j, format) => this._input(value, format));
    return this;
  }

  getFormulas(): string[][] {
    const out: string[][] = [];
    const b = this._block;
    for (let i = 0; i < b.nr; i++) {
      const row: string[] = [];
      for (let j = 0; j < b.nc; j++)
        row.push(layerGet(this._st.formulas, b.r1 + i, b.c1 + j) ?? '');
      out.push(row);
    }
    return this._env.realm.grid(out);
  }

  getFormula(): string {
    return layerGet(this._st.formulas, this._block.r1, this._block.c1) ?? '';
  }

  setFormulas(formulas: string[][]): this {
    this._assertShape(formulas, 'Formulas');
    this._write((i, j, format) => this._formula(formulas[i][j], format));
    return this;
  }

  setFormula(formula: string): this {
    this._write((_i, _j, format) => this._formula(formula, format));
    return this;
  }

  _formula(text: unknown, format: string | null): CellInput {
    const s = String(text ?? '');
    if (s.startsWith('=')) {
      try {
        assertCellLimit(s);
      } catch (e) {
        return this._env.fail((e as Error).message);
      }
      return { kind: 'formula', formula: s };
    }
    return this._input(s, format);
  }

  _input(v: unknown, format: string | null): CellInput {
    const ss = this._ss;
    try {
      this._year ??= wallClock(ss.timeZone, this._env.now()).year;
      return inputFromJs(v, {
        locale: ss.locale,
        timeZone: ss.timeZone,
        year: this._year,
        format,
        isDateFormat,
        plainText: this._env.options.plainText,
        scriptApostrophe: this._env.options.quirks.scriptApostrophe,
      });
    } catch (e) {
      if (e instanceof UnsupportedValue || e instanceof CellTooLong)
        return this._env.fail(e.message);
      throw e;
    }
  }

  /** Writes every cell through Sheets' input rules, then tells the formula engine. */
  _write(make: (i: number, j: number, format: string | null) => CellInput): void {
    this._assertEditable();
    const st = this._st;
    const anchors: [number, number][] = [];
    this._each((r, c, i, j) => {
      const owner = writeCell(st, r, c, make(i, j, layerGet(st.formats, r, c)));
      if (owner) anchors.push(owner);
    });
    for (const [r, c] of anchors) this._env.hooks?.markDirty(this._ss.id, st.id, r, c);
    this._changed();
  }
}
