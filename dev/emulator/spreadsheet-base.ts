// The Spreadsheet service class without sharing (spreadsheet.ts adds it): sheets, the user's
// selection, locale and time zone, toasts and A1 ranges.
import { parseA1 } from './a1';
import type { Block } from './cells';
import type { Emulates } from './emulates';
import { EmuObject, type Env } from './env';
import { localeData } from './locale-data';
import type { EmuRange } from './range';
import { EmuSheet } from './sheet';
import type { EmuSpreadsheet } from './spreadsheet';
import { newSheetState, type SheetState, type SpreadsheetState } from './state';
import { assertTimeZone } from './time-zone';

type GasSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export class SpreadsheetBase
  extends EmuObject
  implements
    Emulates<
      GasSpreadsheet,
      | 'getId'
      | 'getName'
      | 'rename'
      | 'getUrl'
      | 'getSheets'
      | 'getNumSheets'
      | 'getSheetByName'
      | 'getSheetById'
      | 'insertSheet'
      | 'deleteSheet'
      | 'getActiveSheet'
      | 'setActiveSheet'
      | 'getActiveRange'
      | 'getActiveCell'
      | 'getCurrentCell'
      | 'getSpreadsheetLocale'
      | 'setSpreadsheetLocale'
      | 'getSpreadsheetTimeZone'
      | 'setSpreadsheetTimeZone'
      | 'toast'
      | 'getRange'
    >
{
  readonly _class = 'Spreadsheet';
  private readonly _sheets = new WeakMap<SheetState, EmuSheet>();

  constructor(
    env: Env,
    readonly _st: SpreadsheetState,
  ) {
    super(env);
  }

  _sheet(st: SheetState): EmuSheet {
    let s = this._sheets.get(st);
    if (!s) {
      s = new EmuSheet(this._env, this as unknown as EmuSpreadsheet, st);
      this._sheets.set(st, s);
    }
    return s;
  }

  _sheetById(id: number): EmuSheet {
    const st = this._st.sheets.find((s) => s.id === id);
    return st ? this._sheet(st) : this._env.fail(`Emulator: sheet ${id} no longer exists`);
  }

  _select(sheetId: number, b: Block): void {
    this._st.activeSheetId = sheetId;
    this._st.selection = { sheetId, r1: b.r1, c1: b.c1, r2: b.r1 + b.nr - 1, c2: b.c1 + b.nc - 1 };
  }

  getId(): string {
    return this._st.id;
  }
  getName(): string {
    return this._st.name;
  }
  rename(newName: string): void {
    this._st.name = String(newName);
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this._st.id}/edit`;
  }
  getSheets(): EmuSheet[] {
    return this._st.sheets.map((s) => this._sheet(s));
  }
  getNumSheets(): number {
    return this._st.sheets.length;
  }
  getSheetByName(name: string): EmuSheet | null {
    const st = this._st.sheets.find((s) => s.name === name);
    return st ? this._sheet(st) : null;
  }
  getSheetById(id: number): EmuSheet | null {
    const st = this._st.sheets.find((s) => s.id === id);
    return st ? this._sheet(st) : null;
  }

  /**
   * Inserts a sheet (default name "SheetN") and makes it active. Without an index it goes right
   * after the active sheet (what the Sheets UI does; Google's reference does not say).
   */
  insertSheet(sheetName?: string | number, sheetIndex?: number | { template?: unknown }): EmuSheet {
    if (typeof sheetIndex === 'object')
      this._env.fail('Emulator: insertSheet with options is not emulated');
    let name = typeof sheetName === 'string' ? sheetName : '';
    const index = typeof sheetName === 'number' ? sheetName : sheetIndex;
    const taken = (n: string): boolean =>
      this._st.sheets.some((s) => s.name.toLowerCase() === n.toLowerCase());
    if (name && taken(name)) {
      this._env.fail(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    for (let i = this._st.sheets.length + 1; !name; i++)
      if (!taken(`Sheet${i}`)) name = `Sheet${i}`;
    const st = newSheetState((this._env.nextSeq() * 7_919_333) % 2_000_000_000, name);
    const active = this._st.sheets.findIndex((s) => s.id === this._st.activeSheetId);
    const at = index ?? active + 1;
    this._st.sheets.splice(Math.max(0, Math.min(at, this._st.sheets.length)), 0, st);
    this._st.activeSheetId = st.id;
    return this._sheet(st);
  }

  deleteSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
    const target = (this._env.unwrap(sheet) as unknown as EmuSheet)._st;
    if (this._st.sheets.length === 1)
      this._env.fail("You can't remove all the sheets in a document.");
    this._st.sheets = this._st.sheets.filter((s) => s !== target);
    this._st.protections = this._st.protections.filter((p) => p.sheetId !== target.id);
    // Names on the sheet become #REF! in Sheets; getRangeByName no longer finds them.
    this._st.namedRanges = this._st.namedRanges.filter((n) => n.sheetId !== target.id);
    this._st.charts = this._st.charts.filter((c) => c.sheetId !== target.id);
    if (this._st.activeSheetId === target.id) this._st.activeSheetId = this._st.sheets[0].id;
    if (this._st.selection?.sheetId === target.id) this._st.selection = null;
    this._env.hooks?.changed(this._st.id, target.id, 0, 0, target.maxRows, target.maxCols);
  }

  getActiveSheet(): EmuSheet {
    const cell = this._env.exec?.activeCell;
    if (cell && cell.spreadsheetId === this._st.id) return this._sheetById(cell.sheetId);
    return this._sheetById(this._st.activeSheetId);
  }
  setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): EmuSheet {
    const s = this._env.unwrap(sheet) as unknown as EmuSheet;
    this._st.activeSheetId = s._st.id;
    return s;
  }

  /** The user's selection (A1 of the active sheet by default); a custom function's own cell. */
  getActiveRange(): EmuRange {
    const cell = this._env.exec?.activeCell;
    if (cell && cell.spreadsheetId === this._st.id)
      return this._sheetById(cell.sheetId)._range(cell.r, cell.c, 1, 1);
    const sel = this._st.selection;
    if (!sel || sel.sheetId !== this._st.activeSheetId)
      return this.getActiveSheet()._range(0, 0, 1, 1);
    return this._sheetById(sel.sheetId)._range(
      sel.r1,
      sel.c1,
      sel.r2 - sel.r1 + 1,
      sel.c2 - sel.c1 + 1,
    );
  }
  getActiveCell(): EmuRange {
    const r = this.getActiveRange();
    return r._sheet._range(r._block.r1, r._block.c1, 1, 1);
  }
  getCurrentCell(): EmuRange {
    return this.getActiveCell();
  }

  getSpreadsheetLocale(): string {
    return this._st.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    localeData(locale);
    this._st.locale = locale;
  }
  getSpreadsheetTimeZone(): string {
    return this._st.timeZone;
  }
  /** Serial numbers stay; the Dates getValues returns move with the new zone, as in Sheets. */
  setSpreadsheetTimeZone(timezone: string): void {
    assertTimeZone(timezone);
    this._st.timeZone = timezone;
  }

  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this._env.ui.toasts.push({
      message: String(msg),
      title: title ?? '',
      timeoutSeconds: timeoutSeconds ?? 5,
    });
  }

  /** "Sheet1!A1:B2", or A1 notation on the active sheet. */
  getRange(a1Notation: string): EmuRange {
    const ref = parseA1(a1Notation);
    if (!ref) return this._env.fail('Range not found');
    const sheet = ref.sheet === null ? this.getActiveSheet() : this.getSheetByName(ref.sheet);
    if (!sheet) return this._env.fail('Range not found');
    return sheet.getRange(a1Notation.slice(a1Notation.lastIndexOf('!') + 1));
  }
}
