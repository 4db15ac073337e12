// The sidebar's form fields, built from the template's columns so that the sheet and the form
// share one definition (labels, help notes, types, required, choices) in the workbook's language.
import { type Lang, messagesFor } from '../i18n';
import { sheetDef } from '../template/lookup';
import type { ColumnDef, ColumnType, SheetKey } from '../template/types';
import {
  type FieldDef,
  type FieldType,
  type PickList,
  type SectionKey,
  TEXT_LIMITS,
} from './types';

/** R3.1: general information about the client, in the Dossier sheet's order. */
export const GENERAL_KEYS: readonly string[] = [
  'description',
  'history',
  'employees',
  'structure',
  'clientsOfClient',
  'clientCompetitors',
  'mainSuppliers',
  'bank',
  'auditor',
  'consultants',
  'missionPositioning',
  'industryTrends',
  'culture',
  'financials',
];

/** R3.2: the view from our side. */
export const OUR_VIEW_KEYS: readonly string[] = [
  'ourPeople',
  'relationshipNow',
  'relationshipExpected',
  'budgetEstimate',
  'previousSuppliers',
  'decisionProcess',
];

/** The sheet behind each section and the columns the form leaves out (set by the add-on). */
export const SECTION_SHEETS: Readonly<
  Record<SectionKey, { sheet: SheetKey; keys?: readonly string[]; omit?: readonly string[] }>
> = {
  general: { sheet: 'dossier', keys: GENERAL_KEYS },
  ourView: { sheet: 'dossier', keys: OUR_VIEW_KEYS },
  decisionGroup: { sheet: 'decisionGroup', omit: ['accountId'] },
  // R3.4: "last updated" is the day of the latest save, set by the server.
  competitors: { sheet: 'competitors', omit: ['accountId', 'lastUpdated'] },
  // R5.2: "personal" left blank is derived (the R5 Decision "who says personal"); the form
  // shows what it works out and lets the user say Yes or No instead.
  contacts: { sheet: 'contacts', omit: ['accountId'] },
  plan: { sheet: 'plan', omit: ['accountId'] },
  whitespace: { sheet: 'whitespace', omit: ['accountId'] },
  // R3.6: the day of the review (today unless set back) and what changed; the reviewer is the user.
  review: { sheet: 'reviews', keys: ['date', 'changes'] },
};

export const SECTIONS = Object.keys(SECTION_SHEETS) as SectionKey[];

const TYPES: Readonly<Record<ColumnType, FieldType>> = {
  id: 'text',
  text: 'text',
  longText: 'longText',
  number: 'number',
  money: 'money',
  percent: 'number',
  date: 'date',
  choice: 'choice',
  multiChoice: 'multiChoice',
  email: 'email',
  yesNo: 'yesNo',
};

/**
 * A column's help note split for the form: the hint a user reads, in plain words, and the
 * rules it cites, which the form shows only on hover. Example: "R5.1, R5.2: positive keeps
 * the rhythm…" → { hint: "Positive keeps the rhythm…", rules: "R5.1, R5.2" }.
 */
export function splitHelp(help: string): { hint: string; rules: string } {
  const match = /^((?:R\d(?:\.\d)?(?:–R\d(?:\.\d)?)?(?:, )?)+):\s*/.exec(help);
  if (!match) return { hint: help, rules: '' };
  const hint = help.slice(match[0].length);
  return { hint: hint.charAt(0).toUpperCase() + hint.slice(1), rules: match[1] };
}

/** The account's own list a column picks from (`ColumnDef.listFrom`), by the column it names. */
const PICKS: Readonly<Record<string, PickList>> = {
  'decisionGroup.person': 'people',
  'decisionGroup.division': 'divisions',
  'settings.offering': 'offerings',
  'competitors.competitor': 'competitors',
};

/**
 * A column as a form field in a language; text fields are capped by TEXT_LIMITS (a name 200
 * characters, a long text 20,000). Example: Decision group › role → a select of the nine roles (R3.3).
 */
export function fieldOf(column: ColumnDef, lang: Lang): FieldDef {
  const type = TYPES[column.type];
  const { hint, rules } = splitHelp(column.help[lang]);
  const field: FieldDef = {
    key: column.key,
    label: column.header[lang],
    help: hint,
    type,
    required: column.required,
  };
  if (rules !== '') field.rules = messagesFor(lang).sidebar.rules(rules);
  if (column.choices && (type === 'choice' || type === 'multiChoice' || type === 'yesNo'))
    field.choices = column.choices.map((c) => ({ key: c.key, label: c.label[lang] }));
  if (type === 'text' || type === 'longText' || type === 'email')
    field.maxLength = TEXT_LIMITS[type];
  const pick = column.listFrom && PICKS[`${column.listFrom.sheet}.${column.listFrom.column}`];
  if (pick) field.pick = pick;
  return field;
}

/** The columns of a section, in sheet order. */
export function sectionColumns(section: SectionKey): ColumnDef[] {
  const { sheet, keys, omit } = SECTION_SHEETS[section];
  const columns = sheetDef(sheet).columns;
  if (keys) return keys.map((key) => columns.find((c) => c.key === key)!);
  return columns.filter((c) => !omit?.includes(c.key) && !c.computed);
}

/** Every section's fields in a language. */
export function fieldsFor(lang: Lang): Record<SectionKey, FieldDef[]> {
  const out = {} as Record<SectionKey, FieldDef[]>;
  for (const section of SECTIONS)
    out[section] = sectionColumns(section).map((c) => fieldOf(c, lang));
  return out;
}
