// The hidden lists sheet of the .xlsx: every dropdown's values in a column of their own, so
// that no validation carries an inline list (Excel repairs files whose lists pass 255 characters).
import {
  type Choice,
  columnLetter,
  type Lang,
  type Localized,
  SETTINGS,
  SHEETS,
} from '../../src/template';
import { quoteSheet } from './refs';

export const LISTS_SHEET_NAME: Localized = { en: 'Lists', lt: 'Sąrašai' };

export interface ListColumn {
  /** Where the list is first used, e.g. "decisionGroup.role" (the header of its column). */
  id: string;
  choices: readonly Choice[];
}

/** Every distinct choice list that needs a dropdown (user-filled columns and settings), in sheet order. */
export function listColumns(): ListColumn[] {
  const lists: ListColumn[] = [];
  const add = (id: string, choices: readonly Choice[] | undefined) => {
    if (choices && !lists.some((list) => list.choices === choices)) lists.push({ id, choices });
  };
  for (const sheet of SHEETS) {
    for (const column of sheet.columns)
      if (!column.computed) add(`${sheet.key}.${column.key}`, column.choices);
  }
  for (const setting of SETTINGS) add(`settings.${setting.key}`, setting.choices);
  return lists;
}

/** The lists sheet as rows: ids in row 1, the labels of the language below. */
export function listsRows(lists: readonly ListColumn[], lang: Lang): string[][] {
  const height = Math.max(...lists.map((list) => list.choices.length));
  const rows: string[][] = [lists.map((list) => list.id)];
  for (let i = 0; i < height; i += 1)
    rows.push(lists.map((list) => list.choices[i]?.label[lang] ?? ''));
  return rows;
}

/** The absolute range of a list's labels, e.g. `'Sąrašai'!$C$2:$C$10`. */
export function listRef(
  lists: readonly ListColumn[],
  choices: readonly Choice[],
  lang: Lang,
): string {
  const index = lists.findIndex((list) => list.choices === choices);
  if (index < 0) throw new Error('Choice list missing from the lists sheet');
  const letter = columnLetter(index);
  return `${quoteSheet(LISTS_SHEET_NAME[lang])}!$${letter}$2:$${letter}$${choices.length + 1}`;
}
