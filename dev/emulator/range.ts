// The Range service class: data validation, clearing, protection and merged ranges on top of
// geometry (range-base.ts), values (range-values.ts) and formatting (range-formats.ts).
import { EmuDataValidation } from './data-validation';
import type { Emulates } from './emulates';
import { EmuProtection } from './protection';
import { RangeFormats } from './range-formats';
import { cellLayers, type Layer, layerGet, type ValidationState } from './state';

type GasRange = GoogleAppsScript.Spreadsheet.Range;

export class EmuRange
  extends RangeFormats
  implements
    Emulates<
      GasRange,
      | 'getDataValidations'
      | 'getDataValidation'
      | 'setDataValidations'
      | 'setDataValidation'
      | 'clearDataValidations'
      | 'clear'
      | 'clearContent'
      | 'clearFormat'
      | 'clearNote'
      | 'protect'
      | 'getMergedRanges'
    >
{
  getDataValidations(): (EmuDataValidation | null)[][] {
    const out: (EmuDataValidation | null)[][] = [];
    const b = this._block;
    for (let i = 0; i < b.nr; i++) {
      const row: (EmuDataValidation | null)[] = [];
      for (let j = 0; j < b.nc; j++) {
        const v = layerGet(this._st.validations, b.r1 + i, b.c1 + j);
        row.push(v ? new EmuDataValidation(this._env, this._sheet._ss, v) : null);
      }
      out.push(row);
    }
    return out;
  }
  getDataValidation(): EmuDataValidation | null {
    return this.getDataValidations()[0][0];
  }
  setDataValidations(rules: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][]): this {
    return this._setGrid(this._st.validations, rules, (v) => this._rule(v), 'DataValidations');
  }
  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): this {
    const r = this._rule(rule);
    return this._set(this._st.validations, () => r);
  }
  clearDataValidations(): this {
    return this._set(this._st.validations, () => null);
  }

  /**
   * clear() removes contents and formats; options pick contentsOnly / formatOnly /
   * validationsOnly / commentsOnly (https://developers.google.com/apps-script/reference/spreadsheet/range#clear(Object)).
   */
  clear(options?: {
    commentsOnly?: boolean;
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
    skipFilteredRows?: boolean;
  }): this {
    const o = options ?? {};
    const any = o.commentsOnly || o.contentsOnly || o.formatOnly || o.validationsOnly;
    if (!any || o.contentsOnly) this.clearContent();
    if (!any || o.formatOnly) this.clearFormat();
    if (o.validationsOnly) this.clearDataValidations();
    if (o.commentsOnly) this.clearNote();
    return this;
  }
  clearContent(): this {
    this._write(() => ({ kind: 'value', value: null }));
    return this;
  }
  clearFormat(): this {
    const st = this._st;
    for (const layer of [st.formats, st.backgrounds, st.fontWeights, st.fontColors, st.wraps]) {
      this._set(layer as Layer<string>, () => null);
    }
    return this;
  }
  clearNote(): this {
    return this._set(this._st.notes, () => null);
  }

  /** A new protection mirrors the spreadsheet's editors until the script changes them. */
  protect(): EmuProtection {
    const ss = this._sheet._ss;
    const b = this._block;
    const st = {
      id: this._env.nextSeq(),
      sheetId: this._st.id,
      kind: 'RANGE' as const,
      r1: b.r1,
      c1: b.c1,
      r2: b.r1 + b.nr - 1,
      c2: b.c1 + b.nc - 1,
      description: '',
      warningOnly: false,
      editors: [ss._st.owner, ...ss._st.editors],
      domainEdit: this._env.options.domain !== null,
      unprotected: [],
    };
    ss._st.protections.push(st);
    return new EmuProtection(this._env, ss, st);
  }

  /** Merging is not emulated, so no range is ever merged. */
  getMergedRanges(): EmuRange[] {
    return [];
  }

  _rule(v: unknown): ValidationState | null {
    if (v === null || v === undefined) return null;
    const rule = this._env.unwrap(v);
    if (!(rule instanceof EmuDataValidation)) return this._env.fail('Invalid argument: rule');
    return structuredClone(rule._st);
  }

  /** Clears every layer of the block (used by Sheet.clear and row deletion). */
  _wipe(): void {
    for (const layer of cellLayers(this._st)) this._set(layer, () => null, false);
  }
}
