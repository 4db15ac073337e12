// What goes in the downloadable .xlsx (R3.7), as plain data: sheets, headers, notes, widths,
// formats, formulas, dropdowns and rows. write-workbook.ts turns it into a file.
import {
  columnLetter,
  FIRST_DATA_ROW,
  type Lang,
  numberFormatOf,
  SETTINGS,
  type SettingKey,
  SHEETS,
  type SheetDef,
  type SheetKey,
  settingNumberFormat,
  settingsRows,
  sheetDef,
} from '../../src/template';
import { HOW_TO_SHEET_NAME, howToRows } from './how-to';
import { LISTS_SHEET_NAME, type ListColumn, listColumns, listsRows } from './lists';
import { quoteSheet } from './refs';
import { columnValidation, settingValidation, type ValidationPlan } from './validations';

/** The last row the template's formats, dropdowns and formulas reach (Sheets' default grid is 1,000 rows). */
export const TEMPLATE_LAST_ROW = 1000;

/** A cell to write: a value, or a formula (with its leading "="). */
export type CellPlan = string | number | Date | { formula: string };

/** A record to fill in, by column key; dates as `Date` at UTC midnight of the day. */
export type DataRow = Readonly<Record<string, string | number | Date>>;

export interface SheetPlan {
  name: string;
  /** The definition it comes from; absent for the guide and the lists sheet. */
  key?: SheetKey;
  /** The "How to fill it" guide, written with its own style (how-to-sheet.ts). */
  guide?: true;
  hidden: boolean;
  /** Header cells of row 1 (none for the guide). */
  headers: string[];
  /** The header notes, one per header (the column's help). */
  notes: string[];
  /** Headers the add-on fills, shown grey. */
  computed: boolean[];
  widthsPx: number[];
  frozenRows: number;
  /** Rows below the header, from row 2. */
  rows: CellPlan[][];
  /** Number formats: whole data columns (`D2:D1000`) or single cells (`B3`). */
  formats: Array<{ sqref: string; format: string }>;
  validations: ValidationPlan[];
}

function tablePlan(
  sheet: SheetDef,
  lang: Lang,
  lists: readonly ListColumn[],
  data: readonly DataRow[] = [],
): SheetPlan {
  const letterOf = (key: string) =>
    columnLetter(sheet.columns.findIndex((column) => column.key === key));
  const rows: CellPlan[][] = data.map((record) =>
    sheet.columns.map((column) => record[column.key] ?? ''),
  );
  sheet.columns.forEach((column, index) => {
    if (!column.formula) return;
    rows[0] ??= sheet.columns.map(() => '');
    rows[0][index] = {
      formula: column.formula(FIRST_DATA_ROW, letterOf, TEMPLATE_LAST_ROW, (key) =>
        settingCellOf(key, lang),
      ),
    };
  });
  const range = (index: number) =>
    `${columnLetter(index)}${FIRST_DATA_ROW}:${columnLetter(index)}${TEMPLATE_LAST_ROW}`;
  return {
    name: sheet.name[lang],
    key: sheet.key,
    hidden: false,
    headers: sheet.columns.map((column) => column.header[lang]),
    notes: sheet.columns.map((column) => column.help[lang]),
    computed: sheet.columns.map((column) => column.computed === true),
    widthsPx: sheet.columns.map((column) => column.width),
    frozenRows: 1,
    rows,
    formats: sheet.columns.flatMap((column, index) => {
      const format = numberFormatOf(column);
      return format === undefined ? [] : [{ sqref: range(index), format }];
    }),
    validations: sheet.columns.flatMap(
      (column) => columnValidation(sheet, column, lists, lang, TEMPLATE_LAST_ROW) ?? [],
    ),
  };
}

/** A setting's value cell in the file: Settings rows follow SETTINGS from row 2, values in B. */
function settingCellOf(key: SettingKey, lang: Lang): string | undefined {
  const index = SETTINGS.findIndex((setting) => setting.key === key);
  return index < 0
    ? undefined
    : `${quoteSheet(sheetDef('settings').name[lang])}!$B$${FIRST_DATA_ROW + index}`;
}

function settingsPlan(sheet: SheetDef, lang: Lang, lists: readonly ListColumn[]): SheetPlan {
  const rowOf = (index: number) => FIRST_DATA_ROW + index;
  return {
    ...tablePlan(sheet, lang, lists),
    rows: settingsRows(lang),
    formats: SETTINGS.map((setting, index) => ({
      sqref: `B${rowOf(index)}`,
      format: settingNumberFormat(setting),
    })),
    validations: SETTINGS.map((setting, index) =>
      settingValidation(setting, rowOf(index), lists, lang),
    ),
  };
}

/**
 * The whole file: the guide first, then every sheet of the definition, then the hidden lists.
 * `data` fills records (a filled template, e.g. from the demo); the Revenue formulas stay in row 2.
 */
export function templatePlan(
  lang: Lang,
  data: Partial<Record<SheetKey, readonly DataRow[]>> = {},
): SheetPlan[] {
  const lists = listColumns();
  const guide: SheetPlan = {
    name: HOW_TO_SHEET_NAME[lang],
    guide: true,
    hidden: false,
    headers: [],
    notes: [],
    computed: [],
    widthsPx: [900],
    frozenRows: 0,
    rows: howToRows(lang),
    formats: [],
    validations: [],
  };
  const sheets = SHEETS.map((sheet) =>
    sheet.layout === 'settings'
      ? settingsPlan(sheet, lang, lists)
      : tablePlan(sheet, lang, lists, data[sheet.key]),
  );
  const listsRowsOfLang = listsRows(lists, lang);
  const listsSheet: SheetPlan = {
    name: LISTS_SHEET_NAME[lang],
    hidden: true,
    headers: listsRowsOfLang[0],
    notes: [],
    computed: [],
    widthsPx: lists.map(() => 200),
    frozenRows: 1,
    rows: listsRowsOfLang.slice(1),
    formats: [],
    validations: [],
  };
  return [guide, ...sheets, listsSheet];
}
