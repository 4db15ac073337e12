// The KAM workbook in a spreadsheet: its template sheets found by name in either language,
// its language and its settings (read once per execution, in blocks).
import type { Zone } from '../../core/days';
import { type Lang, langOfLocale } from '../../i18n';
import { findColumn, normalizeHeader } from '../../template/lookup';
import { DEFAULT_SETTINGS, SETTINGS, type Settings } from '../../template/settings';
import type { SettingDef, SheetDef, SheetKey } from '../../template/types';
import type { SheetDefs } from '../../template/workbook';
import type { Platform } from '../platform/platform';
import type { Sheet, Spreadsheet } from '../platform/sheets';
import {
  type RowFilter,
  rangeSource,
  sheetSource,
  type Table,
  type TableSource,
  tableOf,
} from './table-read';
import { appsScriptZone } from './zone';

export interface SettingProblem {
  setting: SettingDef;
  /** What the cell held, as text. */
  got: string;
}

/** A sheet's values as read, before typing. */
export interface RawTable {
  source: TableSource;
  values: unknown[][];
}

export interface Workbook {
  /** The services of this execution (the entry point's). */
  platform: Platform;
  spreadsheet: Spreadsheet;
  zone: Zone;
  lang: Lang;
  settings: Settings;
  /** Our offerings, as the Settings list names them (R4.1), in order, each once. */
  offerings: readonly string[];
  /** Settings whose cell holds a value out of bounds: the default is used instead. */
  settingProblems: readonly SettingProblem[];
  /** The sheet of a template sheet, found by its name in either language. */
  sheet(key: SheetKey): Sheet | undefined;
  /** A template sheet's raw values and where they are (one getValues), or undefined when it does not exist. */
  read(def: SheetDef): RawTable | undefined;
  /** Reads a template sheet as a typed table (one getValues), or undefined when it does not exist. */
  table<K extends SheetKey>(def: SheetDefs[K], keep?: RowFilter): Table<K> | undefined;
}

/** Whether a sheet name is a template sheet's name, in English or Lithuanian, any case or spacing. */
export function nameMatches(def: SheetDef, name: string): boolean {
  const wanted = normalizeHeader(name);
  return normalizeHeader(def.name.en) === wanted || normalizeHeader(def.name.lt) === wanted;
}

/** Finds each template sheet among the spreadsheet's sheets (one getSheets, one getName each). */
export function sheetsByKey(
  spreadsheet: Spreadsheet,
  defs: readonly SheetDef[],
): Map<SheetKey, Sheet> {
  const found = new Map<SheetKey, Sheet>();
  for (const sheet of spreadsheet.getSheets()) {
    const name = sheet.getName();
    const def = defs.find((d) => !found.has(d.key) && nameMatches(d, name));
    if (def) found.set(def.key, sheet);
  }
  return found;
}

/** A setting a blank cell leaves unset (the company revenue total): not a problem. */
const UNSET = Symbol('unset');

function settingValue(def: SettingDef, raw: unknown): number | string | typeof UNSET | undefined {
  if (def.type === 'money' && (raw === '' || raw === null || raw === undefined)) return UNSET;
  if (def.type === 'choice') {
    if (typeof raw !== 'string') return undefined;
    const wanted = normalizeHeader(raw);
    return def.choices?.find(
      (c) =>
        normalizeHeader(c.key) === wanted ||
        normalizeHeader(c.label.en) === wanted ||
        normalizeHeader(c.label.lt) === wanted,
    )?.key;
  }
  if (typeof raw !== 'number' || !Number.isFinite(raw)) return undefined;
  if (def.type === 'number' && !Number.isInteger(raw)) return undefined;
  if ((def.min !== undefined && raw < def.min) || (def.max !== undefined && raw > def.max))
    return undefined;
  return raw;
}

/**
 * Reads the Settings rows (label in the first column, value in the second) over the defaults.
 * A value out of bounds keeps the default and is reported, so a typo cannot silently change
 * a rule; thresholds out of order (key ≤ critical ≤ mono) fall back to the defaults as a set.
 */
export function settingsOf(values: readonly (readonly unknown[])[]): {
  settings: Settings;
  problems: SettingProblem[];
  found: Set<string>;
} {
  const settings: Record<string, number | string | undefined> = { ...DEFAULT_SETTINGS };
  const problems: SettingProblem[] = [];
  const found = new Set<string>();
  for (const row of values) {
    const label = typeof row[0] === 'string' ? normalizeHeader(row[0]) : '';
    const def = SETTINGS.find(
      (d) => normalizeHeader(d.label.en) === label || normalizeHeader(d.label.lt) === label,
    );
    if (!def) continue;
    found.add(def.key);
    const value = settingValue(def, row[1]);
    if (value === undefined) problems.push({ setting: def, got: String(row[1]) });
    else settings[def.key] = value === UNSET ? undefined : value;
  }
  const typed = settings as unknown as Settings;
  if (
    !(
      typed.keyThreshold <= typed.criticalThreshold &&
      typed.criticalThreshold <= typed.monoThreshold
    )
  ) {
    const order = SETTINGS.filter((d) => d.key.endsWith('Threshold'));
    for (const def of order) {
      problems.push({ setting: def, got: String(settings[def.key]) });
      settings[def.key] = DEFAULT_SETTINGS[def.key as keyof Settings] as number;
    }
  }
  return { settings: typed, problems, found };
}

/**
 * The offerings listed in the Settings sheet's own column (R4.1), found by its header in
 * either language: blank cells skipped, each offering once. Example: ["Support", "", "Support",
 * "Training"] under "Our offerings" → ["Support", "Training"].
 */
export function offeringsOf(values: readonly (readonly unknown[])[], def: SheetDef): string[] {
  if (values.length === 0) return [];
  const index = values[0].findIndex(
    (text) => typeof text === 'string' && findColumn(def, text)?.key === 'offering',
  );
  if (index < 0) return [];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const row of values.slice(1)) {
    const text = typeof row[index] === 'string' ? row[index].trim() : '';
    if (text === '' || seen.has(normalizeHeader(text))) continue;
    seen.add(normalizeHeader(text));
    out.push(text);
  }
  return out;
}

/**
 * The named range set-up gives each template sheet: `KAM_` and the key in capitals, over
 * the sheet's whole columns from A (KAM_DECISION_GROUP = 'Decision group'!A:J). Found in
 * one call whatever language or name the tab has.
 */
export function namedRangeOf(key: SheetKey): string {
  return `KAM_${key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`;
}

/**
 * Opens the workbook of a spreadsheet: its zone, language and settings, and a reader of
 * its tables. Each table is reached through its named range (one call, then one getValues);
 * only when one is missing are the sheets looked up by name (one getSheets, one getName each).
 */
export function openWorkbook(
  platform: Platform,
  spreadsheet: Spreadsheet,
  defs: readonly SheetDef[],
): Workbook {
  let byKey: Map<SheetKey, Sheet> | undefined;
  const sheets = () => {
    byKey ??= sheetsByKey(spreadsheet, defs);
    return byKey;
  };
  const located = (def: SheetDef): RawTable | undefined => {
    const named = spreadsheet.getRangeByName(namedRangeOf(def.key));
    if (named) return { source: rangeSource(named), values: named.getValues() };
    const sheet = sheets().get(def.key);
    return sheet
      ? { source: sheetSource(sheet), values: sheet.getDataRange().getValues() }
      : undefined;
  };
  const zone = appsScriptZone(spreadsheet.getSpreadsheetTimeZone(), platform.formatDate);
  const settingsDef = defs.find((d) => d.key === 'settings');
  const settingsAt = settingsDef ? located(settingsDef) : undefined;
  const read = settingsAt ? settingsOf(settingsAt.values) : undefined;
  const settings = read?.settings ?? { ...DEFAULT_SETTINGS };
  if (!read?.found.has('language'))
    settings.language = langOfLocale(spreadsheet.getSpreadsheetLocale());
  return {
    platform,
    spreadsheet,
    zone,
    lang: settings.language,
    settings,
    offerings: settingsAt && settingsDef ? offeringsOf(settingsAt.values, settingsDef) : [],
    settingProblems: read?.problems ?? [],
    sheet: (key) => sheets().get(key),
    read: located,
    table: <K extends SheetKey>(def: SheetDefs[K], keep?: RowFilter) => {
      const at = located(def);
      return at ? tableOf(def, at.source, at.values, zone, keep) : undefined;
    },
  };
}
