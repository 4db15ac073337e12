// Range formatting: backgrounds, notes, number formats, font weights and colours, wrapping;
// the Range class adds validation, clearing and protection on top (range.ts).
import { readLayer } from './cells';
import { normalizeColor } from './colors';
import type { Emulates } from './emulates';
import { enumName } from './enums';
import { RangeValues } from './range-values';
import { type Layer, layerGet, layerSet } from './state';

type GasRange = GoogleAppsScript.Spreadsheet.Range;

export class RangeFormats
  extends RangeValues
  implements
    Emulates<
      GasRange,
      | 'getBackgrounds'
      | 'getBackground'
      | 'setBackgrounds'
      | 'setBackground'
      | 'getNotes'
      | 'getNote'
      | 'setNotes'
      | 'setNote'
      | 'getNumberFormats'
      | 'getNumberFormat'
      | 'setNumberFormats'
      | 'setNumberFormat'
      | 'getFontWeights'
      | 'getFontWeight'
      | 'setFontWeights'
      | 'setFontWeight'
      | 'getFontColors'
      | 'setFontColors'
      | 'setFontColor'
      | 'getWrap'
      | 'setWrap'
      | 'setWrapStrategy'
    >
{
  protected _grid(layer: Layer<string>, dflt: string): string[][] {
    return readLayer(this._env, layer, this._block, dflt);
  }

  protected _set<T>(
    layer: Layer<T>,
    value: (i: number, j: number) => T | null,
    isFormat = true,
  ): this {
    if (isFormat) this._assertEditable();
    this._each((r, c, i, j) => layerSet(layer, r, c, value(i, j)));
    return this;
  }

  protected _setGrid<T>(
    layer: Layer<T>,
    grid: unknown,
    map: (v: unknown) => T | null,
    what: string,
  ): this {
    this._assertShape(grid, what);
    return this._set(layer, (i, j) => map(grid[i][j]));
  }

  getBackgrounds(): string[][] {
    return this._grid(this._st.backgrounds, '#ffffff');
  }
  getBackground(): string {
    return this.getBackgrounds()[0][0];
  }
  setBackgrounds(color: (string | null)[][]): this {
    return this._setGrid(this._st.backgrounds, color, (v) => this._color(v), 'Backgrounds');
  }
  setBackground(color: string | null): this {
    const c = this._color(color);
    return this._set(this._st.backgrounds, () => c);
  }

  getNotes(): string[][] {
    return this._grid(this._st.notes, '');
  }
  getNote(): string {
    return this.getNotes()[0][0];
  }
  setNotes(notes: (string | null)[][]): this {
    return this._setGrid(this._st.notes, notes, (v) => (v ? String(v) : null), 'Notes');
  }
  setNote(note: string | null): this {
    return this._set(this._st.notes, () => (note ? String(note) : null));
  }

  /** Unformatted cells report "General". */
  getNumberFormats(): string[][] {
    return this._grid(this._st.formats, 'General');
  }
  getNumberFormat(): string {
    return this.getNumberFormats()[0][0];
  }
  setNumberFormats(numberFormats: unknown[][]): this {
    return this._setGrid(this._st.formats, numberFormats, (v) => this._format(v), 'NumberFormats');
  }
  setNumberFormat(numberFormat: string): this {
    const f = this._format(numberFormat);
    return this._set(this._st.formats, () => f);
  }

  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return this._grid(
      this._st.fontWeights,
      'normal',
    ) as GoogleAppsScript.Spreadsheet.FontWeight[][];
  }
  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return this.getFontWeights()[0][0];
  }
  setFontWeights(fontWeights: unknown[][]): this {
    return this._setGrid(this._st.fontWeights, fontWeights, (v) => this._weight(v), 'FontWeights');
  }
  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): this {
    const w = this._weight(fontWeight);
    return this._set(this._st.fontWeights, () => w);
  }

  getFontColors(): string[][] {
    return this._grid(this._st.fontColors, '#000000');
  }
  setFontColors(colors: unknown[][]): this {
    return this._setGrid(this._st.fontColors, colors, (v) => this._color(v), 'FontColors');
  }
  setFontColor(color: string | null): this {
    const c = this._color(color);
    return this._set(this._st.fontColors, () => c);
  }

  getWrap(): boolean {
    return (layerGet(this._st.wraps, this._block.r1, this._block.c1) ?? 'OVERFLOW') === 'WRAP';
  }
  setWrap(isWrapEnabled: boolean): this {
    return this._set(this._st.wraps, () => (isWrapEnabled ? 'WRAP' : 'OVERFLOW'));
  }
  setWrapStrategy(strategy: GoogleAppsScript.Spreadsheet.WrapStrategy): this {
    const name = enumName(strategy);
    return this._set(this._st.wraps, () => name);
  }

  _color(v: unknown): string | null {
    if (v === null || v === undefined || v === '') return null;
    const c = normalizeColor(String(v));
    return c ?? this._env.fail(`Emulator: color ${String(v)} is not emulated`);
  }

  _format(v: unknown): string | null {
    const f = v === null || v === undefined ? '' : String(v);
    return f === '' || f === 'General' ? null : f;
  }

  _weight(v: unknown): string | null {
    if (v === null || v === undefined || v === 'normal') return null;
    if (v !== 'bold') this._env.fail(`Invalid argument: fontWeight (${String(v)})`);
    return 'bold';
  }
}
