// Finding sheets, columns, settings and choices by key or by the text a user sees, in either language.
import { SETTINGS } from './settings';
import type { Choice, ColumnDef, Lang, SettingDef, SheetDef, SheetKey } from './types';
import { SHEETS, type SheetDefs } from './workbook';

const LANGS: readonly Lang[] = ['en', 'lt'];

/**
 * Header text as compared: Unicode-normalised, lower-case, every space removed, so that
 * "Last Positive Contact", "lastpositivecontact" and "LAST  POSITIVE CONTACT" match.
 */
export function normalizeHeader(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, '');
}

/** A sheet's definition by key, with its columns' literal types. */
export function sheetDef<K extends SheetKey>(key: K): SheetDefs[K] {
  const sheet = SHEETS.find((candidate): candidate is SheetDefs[K] => candidate.key === key);
  if (!sheet) throw new Error(`Unknown sheet "${key}"`);
  return sheet;
}

function defOf(sheet: SheetKey | SheetDef): SheetDef {
  return typeof sheet === 'string' ? sheetDef(sheet) : sheet;
}

/** A column by its key; an unknown key is a programming error and throws. */
export function columnDef(sheet: SheetKey | SheetDef, key: string): ColumnDef {
  const def = defOf(sheet);
  const found = def.columns.find((column) => column.key === key);
  if (!found) throw new Error(`Unknown column "${key}" in sheet "${def.key}"`);
  return found;
}

/** The sheet a tab name belongs to, in either language ("Kontaktai" → contacts), if any. */
export function findSheet(name: string): SheetDef | undefined {
  const wanted = normalizeHeader(name);
  return SHEETS.find((sheet) => LANGS.some((lang) => normalizeHeader(sheet.name[lang]) === wanted));
}

/** The column a header cell names, in either language, ignoring case and spaces; undefined if none. */
export function findColumn(sheet: SheetKey | SheetDef, headerText: string): ColumnDef | undefined {
  const wanted = normalizeHeader(headerText);
  if (wanted === '') return undefined;
  return defOf(sheet).columns.find((column) =>
    LANGS.some((lang) => normalizeHeader(column.header[lang]) === wanted),
  );
}

/** The setting a Settings row's label names, in either language, ignoring case and spaces. */
export function findSetting(labelText: string): SettingDef | undefined {
  const wanted = normalizeHeader(labelText);
  return SETTINGS.find((setting) =>
    LANGS.some((lang) => normalizeHeader(setting.label[lang]) === wanted),
  );
}

const choiceIndexes = new WeakMap<readonly Choice[], Map<string, string>>();

/** Normalised label (both languages) and key → key, built once per choice list. */
function indexOf(choices: readonly Choice[]): Map<string, string> {
  let index = choiceIndexes.get(choices);
  if (!index) {
    index = new Map();
    for (const choice of choices) {
      index.set(normalizeHeader(choice.key), choice.key);
      for (const lang of LANGS) index.set(normalizeHeader(choice.label[lang]), choice.key);
    }
    choiceIndexes.set(choices, index);
  }
  return index;
}

/**
 * The key of a choice cell's text, in either language, ignoring case and spaces.
 * Example: "sprendimų  PRIĖMĖJAS" in a role column → "decisionMaker". Undefined if none matches.
 */
export function choiceKeyOf(
  column: Pick<ColumnDef, 'choices'> | SettingDef,
  cellText: string,
): string | undefined {
  if (!column.choices) return undefined;
  return indexOf(column.choices).get(normalizeHeader(cellText));
}

/**
 * The keys of a multi-choice cell (labels separated by commas or semicolons, R1.7). Parts
 * that match no choice are returned in `unknown`, for the reader to report.
 */
export function choiceKeysOf(
  column: Pick<ColumnDef, 'choices'>,
  cellText: string,
): { keys: string[]; unknown: string[] } {
  const keys: string[] = [];
  const unknown: string[] = [];
  for (const part of cellText.split(/[,;]/)) {
    if (part.trim() === '') continue;
    const key = choiceKeyOf(column, part);
    if (key === undefined) unknown.push(part.trim());
    else if (!keys.includes(key)) keys.push(key);
  }
  return { keys, unknown };
}

/** The label of a choice in a language; an unknown key is a programming error and throws. */
export function choiceLabel(
  column: Pick<ColumnDef, 'choices' | 'key'> | SettingDef,
  key: string,
  lang: Lang,
): string {
  const found = column.choices?.find((choice) => choice.key === key);
  if (!found) throw new Error(`Unknown choice "${key}" in column "${column.key}"`);
  return found.label[lang];
}

/** A multi-choice cell's text: the labels joined by ", ". Example: [prospective, expert] → "Prospective, Expert". */
export function choiceLabels(
  column: Pick<ColumnDef, 'choices' | 'key'>,
  keys: readonly string[],
  lang: Lang,
): string {
  return keys.map((key) => choiceLabel(column, key, lang)).join(', ');
}
