// The shapes of the workbook definition: sheets, columns, choices and settings, in two languages.
import type { Lang } from '../i18n';

export type { Lang };

/** A text in every language of the interface. */
export type Localized = Readonly<Record<Lang, string>>;

export type ColumnType =
  | 'id'
  | 'text'
  | 'longText'
  | 'number'
  | 'money'
  | 'percent'
  | 'date'
  | 'choice'
  | 'multiChoice'
  | 'email'
  | 'yesNo';

/**
 * One allowed value. A cell holds the label in the workbook's language; the reader accepts
 * either language's label, ignoring case and spaces (`choiceKeyOf`).
 */
export interface Choice<K extends string = string> {
  key: K;
  label: Localized;
}

export type SheetKey =
  | 'settings'
  | 'revenue'
  | 'accounts'
  | 'dossier'
  | 'decisionGroup'
  | 'competitors'
  | 'contacts'
  | 'reviews'
  | 'plan'
  | 'whitespace'
  | 'history';

/**
 * Builds the one formula that fills a computed column: written once in the first data row,
 * it spills down (each custom-function cell costs Sheets a server call). Without `lastRow`
 * the range is open-ended (`C2:C`, Sheets); with it the range ends there (`C2:C1000`), as
 * Excel files need. `settingCell` gives a setting's value cell (`'Settings'!$B$2`), so a
 * formula follows the workbook's overridden thresholds; without it the article's apply.
 */
export type FormulaOf = (
  firstDataRow: number,
  columnLetterOf: (key: string) => string,
  lastRow?: number,
  settingCell?: (key: SettingKey) => string | undefined,
) => string;

/**
 * One column. Its key, type and choice keys are kept as literal types, so that a row read
 * from the sheet is typed per sheet (`RowOf<'contacts'>` in ./rows.ts).
 */
export interface ColumnDef<
  K extends string = string,
  T extends ColumnType = ColumnType,
  C extends string = string,
> {
  /** Stable camelCase key, e.g. `lastPositiveContact`. */
  key: K;
  header: Localized;
  type: T;
  required: boolean;
  /** For choice, multiChoice and yesNo; multiChoice cells hold labels joined by ", ". */
  choices?: readonly Choice<C>[];
  /** Column width in pixels. */
  width: number;
  /** One line for the header note, citing its rule. */
  help: Localized;
  /** Filled by the add-on (checks, formulas), not by the user: no dropdown, no typing. */
  computed?: boolean;
  formula?: FormulaOf;
  /** The cell holds an id of a row of that sheet (an account id links to Accounts). */
  references?: SheetKey;
  /**
   * The cell names a value of another column (a dropdown of that column, warning only):
   * "Reports to" a Person of the decision group (R3.3), an offering of the Settings list (R4.1).
   */
  listFrom?: { sheet: SheetKey; column: string };
  /** A number format other than the type's own (`numberFormatOf`). */
  numberFormat?: string;
}

export interface SheetDef<
  S extends SheetKey = SheetKey,
  Cs extends readonly ColumnDef[] = readonly ColumnDef[],
> {
  key: S;
  name: Localized;
  columns: Cs;
  /** What the sheet is for, citing its rules; the "How to fill it" guide uses it. */
  help: Localized;
  /** `table`: a header row, then one record per row; `settings`: one setting per row (`SETTINGS`). */
  layout: 'table' | 'settings';
}

export type SettingKey =
  | 'keyThreshold'
  | 'criticalThreshold'
  | 'monoThreshold'
  | 'companyRevenueTotal'
  | 'reviewMonths'
  | 'reviewDueSoonDays'
  | 'positiveContactDays'
  | 'contactDueSoonDays'
  | 'pauseDays'
  | 'language'
  | 'digests'
  | 'digestHour'
  | 'weeklyDigestDay';

/** One row of the Settings sheet: its label in the first column, its value in the second. */
export interface SettingDef {
  key: SettingKey;
  label: Localized;
  /**
   * `percent` values are fractions (0.1 is 10 %); `number` values are whole days or months;
   * `money` an amount that may be left blank (then the setting is not set).
   */
  type: 'percent' | 'number' | 'money' | 'choice';
  /** Allowed range of a number or percent (percent as a fraction). */
  min?: number;
  max?: number;
  choices?: readonly Choice[];
  help: Localized;
}
