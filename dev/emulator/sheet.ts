// The Sheet service class: SheetBase plus sheet protection and row/column insertion and deletion
// (shifting cell layers, range protections, named ranges and widths; a shift that would move
// formula cells or cells formulas read is refused, since references are not rewritten).
import type { Emulates } from './emulates';
import { enumName } from './enums';
import { formulaRefs, parseFormula } from './formula-parser';
import { shiftNamed } from './named-range';
import { EmuProtection } from './protection';
import { SheetCharts } from './sheet-charts';
import { cellLayers, layerShiftCols, layerShiftRows } from './state';

type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;

interface Bounds {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/** Moves or shrinks bounds for `n` rows/columns inserted (n > 0) or deleted (n < 0) at `at`. */
function shift(b: Bounds, axis: 'r' | 'c', at: number, n: number): Bounds | null {
  const [k1, k2] = axis === 'r' ? (['r1', 'r2'] as const) : (['c1', 'c2'] as const);
  const out = { ...b };
  if (n > 0) {
    if (out[k1] >= at) out[k1] += n;
    if (out[k2] >= at) out[k2] += n;
    return out;
  }
  const end = at - n - 1;
  const cut = (x: number): number => (x < at ? x : x > end ? x + n : at);
  if (out[k1] >= at && out[k2] <= end) return null;
  out[k1] = cut(out[k1]);
  out[k2] = out[k2] > end ? out[k2] + n : Math.min(out[k2], at - 1);
  return out;
}

export class EmuSheet
  extends SheetCharts
  implements
    Emulates<
      GasSheet,
      | 'insertRows'
      | 'insertRowsBefore'
      | 'insertRowsAfter'
      | 'insertRowBefore'
      | 'insertRowAfter'
      | 'deleteRow'
      | 'deleteRows'
      | 'insertColumns'
      | 'insertColumnsBefore'
      | 'insertColumnsAfter'
      | 'insertColumnBefore'
      | 'insertColumnAfter'
      | 'deleteColumn'
      | 'deleteColumns'
      | 'protect'
      | 'getProtections'
      | 'getSheetValues'
    >
{
  /**
   * The values of a rectangle given by its first cell and size, in one call (Google's
   * reference: "Returns the rectangular grid of values for this range starting at the given
   * coordinates", https://developers.google.com/apps-script/reference/spreadsheet/sheet#getSheetValues(Integer,Integer,Integer,Integer)).
   * Google's -1 ("the very last row or column that has data") is not emulated.
   */
  getSheetValues(
    startRow: number,
    startColumn: number,
    numRows: number,
    numColumns: number,
  ): unknown[][] {
    if ([startRow, startColumn, numRows, numColumns].some((n) => n === -1))
      this._env.fail('Emulator: getSheetValues with -1 is not emulated');
    return this.getRange(startRow, startColumn, numRows, numColumns).getValues();
  }

  insertRows(rowIndex: number, numRows?: number): void {
    this._shift('r', rowIndex - 1, numRows ?? 1);
  }
  insertRowsBefore(beforePosition: number, howMany: number): this {
    this._shift('r', beforePosition - 1, howMany);
    return this;
  }
  insertRowsAfter(afterPosition: number, howMany: number): this {
    this._shift('r', afterPosition, howMany);
    return this;
  }
  insertRowBefore(beforePosition: number): this {
    return this.insertRowsBefore(beforePosition, 1);
  }
  insertRowAfter(afterPosition: number): this {
    return this.insertRowsAfter(afterPosition, 1);
  }
  deleteRow(rowPosition: number): this {
    this.deleteRows(rowPosition, 1);
    return this;
  }
  deleteRows(rowPosition: number, howMany: number): void {
    if (howMany >= this._st.maxRows)
      this._env.fail('Sorry, it is not possible to delete all non-frozen rows.');
    this._shift('r', rowPosition - 1, -howMany);
  }
  insertColumns(columnIndex: number, numColumns?: number): void {
    this._shift('c', columnIndex - 1, numColumns ?? 1);
  }
  insertColumnsBefore(beforePosition: number, howMany: number): this {
    this._shift('c', beforePosition - 1, howMany);
    return this;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    this._shift('c', afterPosition, howMany);
    return this;
  }
  insertColumnBefore(beforePosition: number): this {
    return this.insertColumnsBefore(beforePosition, 1);
  }
  insertColumnAfter(afterPosition: number): this {
    return this.insertColumnsAfter(afterPosition, 1);
  }
  deleteColumn(columnPosition: number): this {
    this.deleteColumns(columnPosition, 1);
    return this;
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    if (howMany >= this._st.maxCols)
      this._env.fail('Sorry, it is not possible to delete all non-frozen columns.');
    this._shift('c', columnPosition - 1, -howMany);
  }

  /** Protects the whole sheet; a sheet has at most one sheet protection. */
  protect(): EmuProtection {
    const ss = this._ss._st;
    let st = ss.protections.find((p) => p.kind === 'SHEET' && p.sheetId === this._st.id);
    if (!st) {
      st = {
        id: this._env.nextSeq(),
        sheetId: this._st.id,
        kind: 'SHEET',
        r1: 0,
        c1: 0,
        r2: 0,
        c2: 0,
        description: '',
        warningOnly: false,
        editors: [ss.owner, ...ss.editors],
        domainEdit: this._env.options.domain !== null,
        unprotected: [],
      };
      ss.protections.push(st);
    }
    return new EmuProtection(this._env, this._ss, st);
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): EmuProtection[] {
    const kind = enumName(type);
    return this._ss._st.protections
      .filter((p) => p.sheetId === this._st.id && p.kind === kind)
      .map((p) => new EmuProtection(this._env, this._ss, p));
  }

  private _shift(axis: 'r' | 'c', at: number, n: number): void {
    const st = this._st;
    const max = axis === 'r' ? st.maxRows : st.maxCols;
    if (at < 0 || at > max || (n < 0 && at - n > max)) {
      this._env.fail('The coordinates of the range are outside the dimensions of the sheet.');
    }
    this._assertNoFormulasMove(axis, at);
    const whole = axis === 'r' ? this._range(0, 0, st.maxRows, st.maxCols) : null;
    whole?._assertEditable();
    for (const layer of cellLayers(st)) {
      if (axis === 'r') layerShiftRows(layer, at, n);
      else layerShiftCols(layer, at, n);
    }
    if (axis === 'r') st.maxRows += n;
    else {
      st.maxCols += n;
      const widths: Record<string, number> = {};
      for (const [k, w] of Object.entries(st.colWidths)) {
        const c = Number(k);
        if (n < 0 && c >= at && c < at - n) continue;
        widths[String(c >= at ? c + n : c)] = w;
      }
      st.colWidths = widths;
    }
    const ss = this._ss._st;
    ss.protections = ss.protections.flatMap((p) => {
      if (p.sheetId !== st.id || p.kind === 'SHEET') return [p];
      const moved = shift(p, axis, at, n);
      return moved ? [{ ...p, ...moved }] : [];
    });
    shiftNamed(ss, st.id, axis, at, n);
    this._env.hooks?.changed(ss.id, st.id, 0, 0, st.maxRows, st.maxCols);
  }

  /** Refuses a shift that would move a formula cell, an array result or a referenced cell. */
  private _assertNoFormulasMove(axis: 'r' | 'c', at: number): void {
    const ss = this._ss._st;
    const refuse = (): never =>
      this._env.fail(
        'Emulator: inserting or deleting rows/columns that move formulas or cells they reference is not emulated',
      );
    for (const sheet of ss.sheets) {
      sheet.formulas.forEach((row, r) => {
        row?.forEach((f, c) => {
          if (!f) return;
          if (sheet.id === this._st.id && (axis === 'r' ? r : c) >= at) refuse();
          let refs: ReturnType<typeof formulaRefs> = [];
          try {
            refs = formulaRefs(parseFormula(f));
          } catch {
            return;
          }
          for (const ref of refs) {
            const target = ref.sheet ?? sheet.name;
            if (target !== this._st.name) continue;
            const end =
              axis === 'r'
                ? (ref.r2 ?? Number.POSITIVE_INFINITY)
                : (ref.c2 ?? Number.POSITIVE_INFINITY);
            if (end >= at) refuse();
          }
        });
      });
    }
  }
}
