// A sheet as the page draws it: one page of rows (the frozen header always on top) with each
// cell's displayed value, background, note, number format, formula, error and dropdown.
import {
  type Emulator,
  type EmuSheet,
  isCellError,
  layerGet,
  type ValidationState,
} from '../emulator';

/** One cell; keys are short because a page carries a few thousand of them. */
export interface CellView {
  /** The value as displayed. */
  d: string;
  /** Right-aligned (a number or a date). */
  num?: true;
  bg?: string;
  note?: string;
  /** The number format, when set. */
  fmt?: string;
  /** The formula, for a formula cell. */
  f?: string;
  /** An error value's message (#ERROR! and others). */
  err?: string;
  /** Dropdown choices from a list or range validation. */
  list?: string[];
  /** A checkbox (its value is TRUE or FALSE). */
  box?: true;
  bold?: true;
  color?: string;
  /** The validation's help text. */
  help?: string;
}

export interface RowView {
  /** 1-based row number. */
  row: number;
  cells: CellView[];
}

export interface ChartView {
  type: string;
  title: string;
  ranges: string[];
  /** Where it is anchored, 1-based. */
  row: number;
  column: number;
  /** Category labels and series values of its first range, for a small picture. */
  labels: string[];
  series: number[];
}

export interface SheetView {
  name: string;
  /** Rows and columns the page shows, counting frozen ones. */
  rowCount: number;
  colCount: number;
  lastRow: number;
  frozenRows: number;
  widths: number[];
  frozen: RowView[];
  /** The body page: rows offset+1.. after the frozen ones. */
  rows: RowView[];
  offset: number;
  limit: number;
  charts: ChartView[];
}

/** Empty rows and columns shown past the data, to type in. */
const SPARE_ROWS = 20;
const SPARE_COLS = 2;
const DEFAULT_WIDTH = 100;

function dropdownOf(
  emu: Emulator,
  rule: ValidationState,
  cache: Map<string, string[]>,
): string[] | undefined {
  if (rule.criteria === 'VALUE_IN_LIST') return (rule.values[0] as unknown[]).map(String);
  if (rule.criteria !== 'VALUE_IN_RANGE') return undefined;
  const ref = (rule.values[0] as { range: { sheetId: number; a1: string } }).range;
  const key = `${ref.sheetId}!${ref.a1}`;
  let list = cache.get(key);
  if (!list) {
    const sheet = emu.spreadsheet.getSheets().find((s) => s.getSheetId() === ref.sheetId);
    const values = sheet ? sheet.getRange(ref.a1).getDisplayValues().flat() : [];
    list = [...new Set(values.filter((v) => v !== ''))];
    cache.set(key, list);
  }
  return list;
}

function rowViews(emu: Emulator, sheet: EmuSheet, first: number, count: number, cols: number) {
  if (count <= 0) return [];
  const range = sheet.getRange(first, 1, count, cols);
  const display = range.getDisplayValues();
  const values = range.getValues();
  const backgrounds = range.getBackgrounds();
  const notes = range.getNotes();
  const formats = range.getNumberFormats();
  const formulas = range.getFormulas();
  const weights = range.getFontWeights();
  const colors = range.getFontColors();
  const st = sheet._st;
  const cache = new Map<string, string[]>();
  return display.map((line, i): RowView => {
    const r = first - 1 + i;
    const cells = line.map((d, c): CellView => {
      const cell: CellView = { d };
      const v = values[i][c];
      if (typeof v === 'number' || v instanceof Date) cell.num = true;
      if (backgrounds[i][c] && backgrounds[i][c] !== '#ffffff') cell.bg = backgrounds[i][c];
      if (notes[i][c]) cell.note = notes[i][c];
      if (formats[i][c] && formats[i][c] !== 'General') cell.fmt = formats[i][c];
      if (formulas[i][c]) cell.f = formulas[i][c];
      const stored = layerGet(st.values, r, c);
      if (isCellError(stored)) cell.err = stored.m;
      if (String(weights[i][c]) === 'bold') cell.bold = true;
      if (colors[i][c] && colors[i][c] !== '#000000') cell.color = colors[i][c];
      const rule = layerGet(st.validations, r, c);
      if (rule) {
        if (rule.criteria === 'CHECKBOX') cell.box = true;
        const list = rule.values[1] === false ? undefined : dropdownOf(emu, rule, cache);
        if (list) cell.list = list;
        if (rule.helpText) cell.help = rule.helpText;
      }
      return cell;
    });
    return { row: first + i, cells };
  });
}

function chartViews(sheet: EmuSheet): ChartView[] {
  return sheet.getCharts().map((chart) => {
    const ranges = chart.getRanges();
    const grid = ranges[0]?.getValues() ?? [];
    const body = grid.slice(chart._d.numHeaders ?? 1);
    const info = chart.getContainerInfo();
    return {
      type: String(chart._d.type),
      title: String(chart.getOptions().get('title') ?? ''),
      ranges: ranges.map((r) => r.getA1Notation()),
      row: info.getAnchorRow(),
      column: info.getAnchorColumn(),
      labels: body.map((line) => String(line[0] ?? '')),
      series: body.map((line) => Number(line[1]) || 0),
    };
  });
}

/** The page of `sheet` after `offset` body rows, at most `limit` of them. */
export function sheetView(emu: Emulator, name: string, offset: number, limit: number): SheetView {
  const sheet = emu.spreadsheet.getSheetByName(name);
  if (!sheet) throw new Error(`No sheet named ${name}`);
  const st = sheet._st;
  const lastRow = sheet.getLastRow();
  const rowCount = Math.min(st.maxRows, Math.max(lastRow + SPARE_ROWS, st.frozenRows + 1));
  const colCount = Math.min(st.maxCols, Math.max(sheet.getLastColumn() + SPARE_COLS, 6));
  const frozenRows = Math.min(st.frozenRows, rowCount);
  const bodyRows = rowCount - frozenRows;
  const start = Math.max(0, Math.min(offset, Math.max(0, bodyRows - 1)));
  const count = Math.max(0, Math.min(limit, bodyRows - start));
  return {
    name,
    rowCount,
    colCount,
    lastRow,
    frozenRows,
    widths: Array.from({ length: colCount }, (_, c) => st.colWidths[c] ?? DEFAULT_WIDTH),
    frozen: rowViews(emu, sheet, 1, frozenRows, colCount),
    rows: rowViews(emu, sheet, frozenRows + start + 1, count, colCount),
    offset: start,
    limit,
    charts: chartViews(sheet),
  };
}
