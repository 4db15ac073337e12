// Data validation rules and their builder (SpreadsheetApp.newDataValidation()), stored as JSON,
// plus the check a user's edit must pass when a rule rejects invalid input.
import { parseA1 } from './a1';
import type { Emulates } from './emulates';
import { type CriteriaName, DataValidationCriteria, type EnumValue, enumName } from './enums';
import { EmuObject, type Env } from './env';
import type { EmuRange } from './range';
import { instantToSerial } from './serial-date';
import type { EmuSpreadsheet } from './spreadsheet';
import { isCellError, type Stored, type ValidationState } from './state';

type GasRule = GoogleAppsScript.Spreadsheet.DataValidation;
type GasBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

export class EmuDataValidation
  extends EmuObject
  implements
    Emulates<
      GasRule,
      'getCriteriaType' | 'getCriteriaValues' | 'getAllowInvalid' | 'getHelpText' | 'copy'
    >
{
  readonly _class: string = 'DataValidation';

  constructor(
    env: Env,
    public _ss: EmuSpreadsheet | null,
    readonly _st: ValidationState,
  ) {
    super(env);
  }

  getCriteriaType(): EnumValue {
    return DataValidationCriteria[this._st.criteria as CriteriaName];
  }

  /** Values as Google returns them: Dates of the running realm, a Range for VALUE_IN_RANGE. */
  getCriteriaValues(): unknown[] {
    const realm = this._env.realm;
    return realm.list(
      this._st.values.map((v) => {
        if (Array.isArray(v)) return realm.list(v);
        if (v && typeof v === 'object' && 'd' in v) return realm.date((v as { d: number }).d);
        if (v && typeof v === 'object' && 'range' in v) {
          const ref = (v as { range: { sheetId: number; a1: string } }).range;
          const ss = this._ss ?? this._env.fail('Emulator: the rule has no spreadsheet');
          return this._env.out(ss._sheetById(ref.sheetId).getRange(ref.a1));
        }
        return v;
      }),
    );
  }

  getAllowInvalid(): boolean {
    return this._st.allowInvalid;
  }

  getHelpText(): string {
    return this._st.helpText;
  }

  copy(): EmuDataValidationBuilder {
    return new EmuDataValidationBuilder(this._env, this._ss, structuredClone(this._st));
  }
}

export class EmuDataValidationBuilder
  extends EmuDataValidation
  implements
    Emulates<
      GasBuilder,
      | 'requireValueInList'
      | 'requireValueInRange'
      | 'requireCheckbox'
      | 'requireNumberBetween'
      | 'requireNumberGreaterThan'
      | 'requireNumberGreaterThanOrEqualTo'
      | 'requireNumberLessThan'
      | 'requireNumberLessThanOrEqualTo'
      | 'requireNumberEqualTo'
      | 'requireDate'
      | 'requireDateAfter'
      | 'requireDateBefore'
      | 'requireDateOnOrAfter'
      | 'requireDateOnOrBefore'
      | 'requireDateBetween'
      | 'requireTextIsEmail'
      | 'requireTextIsUrl'
      | 'setAllowInvalid'
      | 'setHelpText'
      | 'build'
      | 'withCriteria'
    >
{
  override readonly _class = 'DataValidationBuilder';

  private _criteria(name: CriteriaName, values: unknown[]): this {
    this._st.criteria = name;
    this._st.values = values.map((v) => (isDate(v) ? { d: Date.prototype.getTime.call(v) } : v));
    return this;
  }

  requireValueInList(values: string[], showDropdown?: boolean): this {
    return this._criteria('VALUE_IN_LIST', [[...values].map(String), showDropdown ?? true]);
  }
  requireValueInRange(range: GoogleAppsScript.Spreadsheet.Range, showDropdown?: boolean): this {
    const r = this._env.unwrap(range) as unknown as EmuRange;
    const ref = { sheetId: r._sheet._st.id, a1: r.getA1Notation() };
    this._ss = r._sheet._ss;
    return this._criteria('VALUE_IN_RANGE', [{ range: ref }, showDropdown ?? true]);
  }
  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): this {
    const values = [checkedValue, uncheckedValue].filter((v) => v !== undefined);
    return this._criteria('CHECKBOX', values);
  }
  requireNumberBetween(start: number, end: number): this {
    return this._criteria('NUMBER_BETWEEN', [start, end]);
  }
  requireNumberGreaterThan(number: number): this {
    return this._criteria('NUMBER_GREATER_THAN', [number]);
  }
  requireNumberGreaterThanOrEqualTo(number: number): this {
    return this._criteria('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }
  requireNumberLessThan(number: number): this {
    return this._criteria('NUMBER_LESS_THAN', [number]);
  }
  requireNumberLessThanOrEqualTo(number: number): this {
    return this._criteria('NUMBER_LESS_THAN_OR_EQUAL_TO', [number]);
  }
  requireNumberEqualTo(number: number): this {
    return this._criteria('NUMBER_EQUAL_TO', [number]);
  }
  requireDate(): this {
    return this._criteria('DATE_IS_VALID_DATE', []);
  }
  requireDateAfter(date: GoogleAppsScript.Base.Date): this {
    return this._criteria('DATE_AFTER', [date]);
  }
  requireDateBefore(date: GoogleAppsScript.Base.Date): this {
    return this._criteria('DATE_BEFORE', [date]);
  }
  requireDateOnOrAfter(date: GoogleAppsScript.Base.Date): this {
    return this._criteria('DATE_ON_OR_AFTER', [date]);
  }
  requireDateOnOrBefore(date: GoogleAppsScript.Base.Date): this {
    return this._criteria('DATE_ON_OR_BEFORE', [date]);
  }
  requireDateBetween(start: GoogleAppsScript.Base.Date, end: GoogleAppsScript.Base.Date): this {
    return this._criteria('DATE_BETWEEN', [start, end]);
  }
  requireTextIsEmail(): this {
    return this._criteria('TEXT_IS_VALID_EMAIL', []);
  }
  requireTextIsUrl(): this {
    return this._criteria('TEXT_IS_VALID_URL', []);
  }
  withCriteria(
    criteria: GoogleAppsScript.Spreadsheet.DataValidationCriteria,
    args: unknown[],
  ): this {
    return this._criteria(enumName(criteria) as CriteriaName, [...args]);
  }
  setAllowInvalid(allowInvalidData: boolean): this {
    this._st.allowInvalid = Boolean(allowInvalidData);
    return this;
  }
  setHelpText(helpText: string): this {
    this._st.helpText = String(helpText);
    return this;
  }
  build(): EmuDataValidation {
    if (!this._st.criteria)
      this._env.fail('You must specify a criteria type for a data validation rule.');
    return new EmuDataValidation(this._env, this._ss, structuredClone(this._st));
  }
}

/** A new builder: allowInvalid defaults to true, as Google documents for new rules. */
export function newBuilder(env: Env, ss: EmuSpreadsheet | null): EmuDataValidationBuilder {
  return new EmuDataValidationBuilder(env, ss, {
    criteria: '',
    values: [],
    allowInvalid: true,
    helpText: '',
  });
}

const serialOf = (v: unknown, tz: string): number => instantToSerial((v as { d: number }).d, tz);

/** Whether a stored value satisfies a rule (for edits that a rejecting rule must refuse). */
export function satisfies(rule: ValidationState, v: Stored, ss: EmuSpreadsheet): boolean {
  if (v === null) return true;
  if (isCellError(v)) return false;
  const [a, b] = rule.values;
  const n = typeof v === 'number' ? v : Number.NaN;
  const day = Math.floor(n);
  const tz = ss._st.timeZone;
  switch (rule.criteria) {
    case 'VALUE_IN_LIST':
      return (a as string[]).includes(String(v));
    case 'VALUE_IN_RANGE': {
      const ref = (a as { range: { sheetId: number; a1: string } }).range;
      const p = parseA1(ref.a1);
      const sheet = ss._sheetById(ref.sheetId);
      if (!p) return false;
      const values = sheet.getRange(ref.a1).getDisplayValues().flat();
      return values.includes(String(v));
    }
    case 'CHECKBOX':
      return a === undefined ? typeof v === 'boolean' : v === a || v === b;
    case 'NUMBER_BETWEEN':
      return n >= (a as number) && n <= (b as number);
    case 'NUMBER_GREATER_THAN':
      return n > (a as number);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return n >= (a as number);
    case 'NUMBER_LESS_THAN':
      return n < (a as number);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return n <= (a as number);
    case 'NUMBER_EQUAL_TO':
      return n === a;
    case 'DATE_IS_VALID_DATE':
      return !Number.isNaN(n);
    case 'DATE_AFTER':
      return day > Math.floor(serialOf(a, tz));
    case 'DATE_BEFORE':
      return day < Math.floor(serialOf(a, tz));
    case 'DATE_ON_OR_AFTER':
      return day >= Math.floor(serialOf(a, tz));
    case 'DATE_ON_OR_BEFORE':
      return day <= Math.floor(serialOf(a, tz));
    case 'DATE_BETWEEN':
      return day >= Math.floor(serialOf(a, tz)) && day <= Math.floor(serialOf(b, tz));
    case 'TEXT_IS_VALID_EMAIL':
      return typeof v === 'string' && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v);
    case 'TEXT_IS_VALID_URL':
      return typeof v === 'string' && /^https?:\/\/\S+$/.test(v);
    default:
      throw new Error(`Emulator: checking ${rule.criteria} validation is not emulated`);
  }
}
