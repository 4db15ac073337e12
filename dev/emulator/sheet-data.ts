// Fast bulk loading of a sheet from a plain 2-D array (tests, benchmark, demo data): values are
// stored as given — no input parsing — except Dates (serial number plus the locale's date
// format) and strings starting with "=" (formulas).
import type { Env } from './env';
import { localeData } from './locale-data';
import { instantToSerial } from './serial-date';
import { type Layer, newSheetState, type SpreadsheetState, type Stored } from './state';

export type SheetData = readonly (readonly unknown[])[];

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

export function loadSheet(ss: SpreadsheetState, name: string, rows: SheetData, env: Env): void {
  let sheet = ss.sheets.find((s) => s.name === name);
  if (!sheet) {
    sheet = newSheetState((env.nextSeq() * 7_919_333) % 2_000_000_000, name);
    ss.sheets.push(sheet);
  }
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  sheet.maxRows = Math.max(sheet.maxRows, rows.length);
  sheet.maxCols = Math.max(sheet.maxCols, width);
  const loc = localeData(ss.locale);
  const values: Layer<Stored> = new Array(rows.length);
  const formulas: Layer<string> = [];
  const formats: Layer<string> = sheet.formats;
  for (let r = 0; r < rows.length; r++) {
    const src = rows[r];
    const row: (Stored | null)[] = new Array(src.length);
    for (let c = 0; c < src.length; c++) {
      const v = src[c];
      if (v === undefined || v === null || v === '') row[c] = null;
      else if (typeof v === 'string' && v.startsWith('=') && v.length > 1) {
        if (!formulas[r]) formulas[r] = [];
        formulas[r][c] = v;
        row[c] = null;
      } else if (isDate(v)) {
        const serial = instantToSerial(v.getTime(), ss.timeZone);
        row[c] = serial;
        if (!formats[r]) formats[r] = [];
        formats[r][c] ??= Number.isInteger(serial) ? loc.dateFormat : loc.dateTimeFormat;
      } else if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean')
        row[c] = v;
      else throw new Error(`Emulator: cannot load a ${typeof v} into ${name}`);
    }
    values[r] = row;
  }
  sheet.values = values;
  sheet.formulas = formulas;
  sheet.spills = {};
}
