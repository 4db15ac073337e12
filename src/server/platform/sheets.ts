// The sheet adapter: the parts of Apps Script's Spreadsheet service KAM uses, as our own
// interfaces. Apps Script's objects satisfy them as they are (apps-script.ts checks that), so
// the server below the entry points names no Apps Script type and reads no Apps Script global.

export type FontWeight = 'bold' | 'normal';

/** An enum value of Apps Script (ProtectionType.SHEET, ChartType.PIE…): opaque to KAM. */
export type EnumValue = unknown;

export interface User {
  getEmail(): string;
}

export interface Spreadsheet {
  getId(): string;
  getUrl(): string;
  getName(): string;
  getOwner(): User | null;
  getEditors(): User[];
  getViewers(): User[];
  addEditors(emailAddresses: string[]): Spreadsheet;
  getSpreadsheetLocale(): string;
  setSpreadsheetLocale(locale: string): void;
  getSpreadsheetTimeZone(): string;
  setSpreadsheetTimeZone(timezone: string): void;
  getSheets(): Sheet[];
  getActiveSheet(): Sheet;
  getNumSheets(): number;
  getSheetByName(name: string): Sheet | null;
  insertSheet(sheetName: string, sheetIndex?: number): Sheet;
  deleteSheet(sheet: Sheet): void;
  getRangeByName(name: string): Range | null;
  setNamedRange(name: string, range: Range): void;
  getActiveRange(): Range | null;
  toast(msg: string, title: string, timeoutSeconds: number): void;
}

export interface Sheet {
  getName(): string;
  setName(name: string): Sheet;
  getSheetId(): number;
  getRange(row: number, column: number, numRows?: number, numColumns?: number): Range;
  getRange(a1Notation: string): Range;
  getDataRange(): Range;
  /** A rectangle's values in one call (rows and columns 1-based). */
  getSheetValues(
    startRow: number,
    startColumn: number,
    numRows: number,
    numColumns: number,
  ): unknown[][];
  getLastRow(): number;
  getLastColumn(): number;
  getMaxRows(): number;
  getMaxColumns(): number;
  insertRowsAfter(afterPosition: number, howMany: number): Sheet;
  insertColumnsAfter(afterPosition: number, howMany: number): Sheet;
  deleteRow(rowPosition: number): Sheet;
  appendRow(rowContents: unknown[]): Sheet;
  getFrozenRows(): number;
  setFrozenRows(rows: number): void;
  setColumnWidth(columnPosition: number, width: number): Sheet;
  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet;
  clear(): Sheet;
  hideSheet(): Sheet;
  activate(): Sheet;
  protect(): Protection;
  getProtections(type: EnumValue): Protection[];
  newChart(): ChartBuilder;
  insertChart(chart: Chart): void;
  getCharts(): Chart[];
  removeChart(chart: Chart): void;
}

export interface Range {
  getSheet(): Sheet;
  /** The id of the range's sheet, as Sheet.getSheetId gives it, in one call. */
  getGridId(): number;
  getRow(): number;
  getNumColumns(): number;
  getA1Notation(): string;
  /** Selects the range in the user's editor. */
  activate(): Range;
  offset(rowOffset: number, columnOffset: number, numRows: number): Range;
  offset(rowOffset: number, columnOffset: number, numRows: number, numColumns: number): Range;
  getValue(): unknown;
  getValues(): unknown[][];
  getFormula(): string;
  getNotes(): string[][];
  setValues(values: unknown[][]): Range;
  setNotes(notes: string[][]): Range;
  setFormula(formula: string): Range;
  setBackgrounds(color: string[][]): Range;
  setFontWeight(fontWeight: FontWeight | null): Range;
  setFontWeights(fontWeights: (FontWeight | null)[][]): Range;
  setNumberFormat(numberFormat: string): Range;
  setNumberFormats(numberFormats: string[][]): Range;
  setDataValidation(rule: DataValidation | null): Range;
  /** Clears values and formulas, keeping formats (rows an unfinished split left behind). */
  clearContent(): Range;
  protect(): Protection;
}

export interface Protection {
  getDescription(): string;
  setDescription(description: string): Protection;
  isWarningOnly(): boolean;
  setWarningOnly(warningOnly: boolean): Protection;
  getRange(): Range;
  setRange(range: Range): Protection;
  addEditor(emailAddress: string): Protection;
  addEditors(emailAddresses: string[]): Protection;
  removeEditors(emailAddresses: string[]): Protection;
  getEditors(): User[];
  canDomainEdit(): boolean;
  setDomainEdit(editable: boolean): Protection;
}

/** A built data validation rule (opaque: only passed back to `setDataValidation`). */
export type DataValidation = object;

export interface DataValidationBuilder {
  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilder;
  setHelpText(helpText: string): DataValidationBuilder;
  requireValueInList(values: string[], showDropdown: boolean): DataValidationBuilder;
  requireValueInRange(range: Range, showDropdown: boolean): DataValidationBuilder;
  requireDate(): DataValidationBuilder;
  requireNumberGreaterThanOrEqualTo(number: number): DataValidationBuilder;
  requireTextIsEmail(): DataValidationBuilder;
  build(): DataValidation;
}

/** A chart on a sheet: its data ranges are compared before it is rebuilt. */
export interface Chart {
  getRanges(): Range[];
  /** Its options, such as "title" (EmbeddedChart.getOptions → ChartOptions.get). */
  getOptions(): { get(option: string): unknown };
}

export interface ChartBuilder {
  setChartType(type: EnumValue): ChartBuilder;
  addRange(range: Range): ChartBuilder;
  setOption(option: string, value: unknown): ChartBuilder;
  setPosition(
    anchorRowPos: number,
    anchorColPos: number,
    offsetX: number,
    offsetY: number,
  ): ChartBuilder;
  build(): Chart;
}
