// Helpers the sections share: the value an input shows (draft over saved), and focusing the
// first field with a problem so that a keyboard user lands on it.
import type { DossierState, FieldDef, FieldValue, PickList, Values } from '../../dossier/types';
import { type Draft, type UiValue, uiOf, wireOf } from '../form';

/** The input's value: the user's draft when they touched it, else the saved (or default) value. */
export function shown(field: FieldDef, draft: Draft, saved: Values | undefined): UiValue {
  return field.key in draft ? draft[field.key] : uiOf(field, saved?.[field.key] as FieldValue);
}

/** Every field's wire value, draft over base: what a new row sends. */
export function allValues(fields: readonly FieldDef[], draft: Draft, base: Values): Values {
  const values: Values = {};
  for (const field of fields) values[field.key] = wireOf(field, shown(field, draft, base));
  return values;
}

/**
 * The labels of the fields a draft changed from what is saved (or from a new row's defaults),
 * in form order: what the save bar names as unsaved. Example: Bank typed → ["Bank"].
 */
export function unsavedLabels(
  fields: readonly FieldDef[],
  draft: Draft,
  saved: Values | undefined,
): string[] {
  const same = (a: UiValue, b: UiValue) => JSON.stringify(a) === JSON.stringify(b);
  return fields
    .filter((f) => f.key in draft && !same(draft[f.key], uiOf(f, saved?.[f.key] as FieldValue)))
    .map((f) => f.label);
}

/** Moves focus to the first field with a problem (after the re-render). */
export function focusFirst(idPrefix: string, fields: readonly FieldDef[], problems: object): void {
  const first = fields.find((f) => f.key in problems);
  if (first) setTimeout(() => document.getElementById(`${idPrefix}-${first.key}`)?.focus(), 0);
}

/** A choice key in words. */
export function labelOfChoice(field: FieldDef | undefined, value: FieldValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value))
    return value.map((k) => field?.choices?.find((c) => c.key === k)?.label ?? k).join(', ');
  return field?.choices?.find((c) => c.key === String(value))?.label ?? String(value);
}

/** Each name once (any case), in the order met, blanks left out. */
function unique(names: readonly unknown[]): string[] {
  const seen = new Map<string, string>();
  for (const name of names) {
    const text = typeof name === 'string' ? name.trim() : '';
    if (text !== '' && !seen.has(text.toLowerCase())) seen.set(text.toLowerCase(), text);
  }
  return [...seen.values()];
}

/**
 * What a picked field offers (`FieldDef.pick`): the account's people but the one edited (R3.3
 * "Reports to"), its divisions, our offerings from Settings (R4.1), its competitors (R3.4).
 */
export function picksOf(state: DossierState, editedPerson: unknown): Record<PickList, string[]> {
  const account = state.account!;
  const self = typeof editedPerson === 'string' ? editedPerson.trim().toLowerCase() : '';
  return {
    people: unique(account.people.map((p) => p.values.person)).filter(
      (name) => name.toLowerCase() !== self,
    ),
    divisions: unique([
      ...account.people.map((p) => p.values.division),
      ...(account.whitespace ?? []).map((w) => w.values.division),
    ]),
    offerings: [...state.offerings],
    competitors: unique(
      account.competitors.filter((c) => c.values.archived !== true).map((c) => c.values.competitor),
    ),
  };
}
