// Form values ⇄ wire values, and the form's own checks: the same `checkValue` and the same
// sentences as the server (dossier-validate, dossier-words), so the user hears one voice.

import { causeOf } from '../core/errors';
import type { FieldDef, FieldValue, Values } from '../dossier/types';
import { checkValue, isBlankValue } from '../dossier/validate';
import { wordProblem } from '../dossier/words';
import type { Lang } from '../i18n';

/** What an input holds: text for most, a list for multi-choice. */
export type UiValue = string | string[];
export type Draft = Record<string, UiValue>;

/** A wire value as an input shows it. Example: a money 1500 → "1500"; yes → "yes". */
export function uiOf(field: FieldDef, value: FieldValue | undefined): UiValue {
  if (field.type === 'multiChoice') return Array.isArray(value) ? value : [];
  if (value === null || value === undefined) return '';
  if (field.type === 'yesNo') return value === true ? 'yes' : 'no';
  return String(value);
}

/** An input's value on the wire; text that is not a number stays text, for the check to name. */
export function wireOf(field: FieldDef, ui: UiValue): FieldValue {
  if (Array.isArray(ui)) return ui;
  const text = ui;
  switch (field.type) {
    case 'number':
    case 'money': {
      const trimmed = text.trim().replace(/\s/g, '').replace(',', '.');
      if (trimmed === '') return null;
      const n = Number(trimmed);
      return Number.isFinite(n) ? n : text;
    }
    case 'date':
    case 'choice':
      return text === '' ? null : text;
    case 'yesNo':
      return text === '' ? null : text === 'yes';
    default:
      return text;
  }
}

/** The wire values of the fields a draft touched. */
export function wireValues(fields: readonly FieldDef[], draft: Draft): Values {
  const values: Values = {};
  for (const field of fields)
    if (field.key in draft) values[field.key] = wireOf(field, draft[field.key]);
  return values;
}

/**
 * The form's problems by field key, in the server's words. `complete` (a new row) also asks
 * for every required field. Example: a blank person → { person: "Person is required." }.
 */
export function formProblems(
  fields: readonly FieldDef[],
  values: Values,
  complete: boolean,
  lang: Lang,
): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const field of fields) {
    const sent = field.key in values;
    if (!sent && !(complete && field.required)) continue;
    try {
      const value = checkValue(field, sent ? values[field.key] : null);
      if (field.required && isBlankValue(value))
        problems[field.key] = wordProblem(
          { code: 'REQUIRED', field: `values.${field.key}` },
          fields,
          lang,
        );
    } catch (error) {
      const cause = causeOf(error);
      if (!cause) throw error;
      problems[field.key] = wordProblem(cause, fields, lang);
    }
  }
  return problems;
}
