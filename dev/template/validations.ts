// The dropdowns and number checks of the .xlsx, derived from the template definition.
import {
  type ColumnDef,
  columnLetter,
  FIRST_DATA_ROW,
  type Lang,
  type SettingDef,
  type SheetDef,
  sheetDef,
} from '../../src/template';
import { type ListColumn, listRef } from './lists';
import { absoluteColumnRange } from './refs';

/** One data validation as the file states it: where, what kind, and how strict. */
export interface ValidationPlan {
  /** The cells it covers, e.g. `E2:E1000`. */
  sqref: string;
  type: 'list' | 'whole' | 'decimal';
  /** For a list, a range (never inline values); for numbers, the minimum. */
  formula1: string;
  /** For numbers, the maximum. */
  formula2?: string;
  /** `stop` refuses other values; `warning` lets them in after a question; `none` only offers the list. */
  strictness: 'stop' | 'warning' | 'none';
}

/**
 * The validation of a table column's data cells, or undefined when it has none. Choice and
 * yes/no columns get a strict dropdown; multi-choice a dropdown that allows "A, B" (R1.7);
 * an account id a dropdown of the Accounts ids that warns; computed columns nothing.
 */
export function columnValidation(
  sheet: SheetDef,
  column: ColumnDef,
  lists: readonly ListColumn[],
  lang: Lang,
  lastRow: number,
): ValidationPlan | undefined {
  if (column.computed) return undefined;
  const index = sheet.columns.indexOf(column);
  const letter = columnLetter(index);
  const sqref = `${letter}${FIRST_DATA_ROW}:${letter}${lastRow}`;
  if (column.choices) {
    const strictness = column.type === 'multiChoice' ? 'none' : 'stop';
    return { sqref, type: 'list', formula1: listRef(lists, column.choices, lang), strictness };
  }
  if (column.listFrom) {
    // "Reports to" a person, an offering of Settings (R3.3, R4.1): a list that only warns.
    const target = sheetDef(column.listFrom.sheet);
    const index = target.columns.findIndex(
      (candidate) => candidate.key === column.listFrom?.column,
    );
    const formula1 = absoluteColumnRange(target.name[lang], index, FIRST_DATA_ROW, lastRow);
    return { sqref, type: 'list', formula1, strictness: 'warning' };
  }
  if (column.references) {
    const target = sheetDef(column.references);
    const idIndex = target.columns.findIndex((candidate) => candidate.type === 'id');
    const formula1 = absoluteColumnRange(target.name[lang], idIndex, FIRST_DATA_ROW, lastRow);
    return { sqref, type: 'list', formula1, strictness: 'warning' };
  }
  if (column.type === 'number' || column.type === 'money') {
    return { sqref, type: 'decimal', formula1: '0', formula2: '1000000000000', strictness: 'stop' };
  }
  return undefined;
}

/** The validation of one Settings value cell (column B of its row): a range for numbers, a list for choices. */
export function settingValidation(
  setting: SettingDef,
  row: number,
  lists: readonly ListColumn[],
  lang: Lang,
): ValidationPlan {
  const sqref = `B${row}`;
  if (setting.choices) {
    return {
      sqref,
      type: 'list',
      formula1: listRef(lists, setting.choices, lang),
      strictness: 'stop',
    };
  }
  return {
    sqref,
    type: setting.type === 'number' ? 'whole' : 'decimal',
    formula1: String(setting.min ?? 0),
    formula2: String(setting.max ?? 1),
    strictness: 'stop',
  };
}
