// The add or edit form of a list row (a person R3.3, a competitor R3.4, a plan action R2.4):
// its fields from the template, checked as the server checks them, one save. A new
// competitor has no "Archived": one archives a profile that exists (R3.4).
import { useEffect } from 'preact/hooks';
import type { RowSheet, Values } from '../../dossier/types';
import { Field } from '../field';
import { formProblems, wireValues } from '../form';
import { SaveBar } from '../save-bar';
import type { SectionProps } from '../section-props';
import { api } from '../server';
import { allValues, focusFirst, shown, unsavedLabels } from './form-helpers';

export function RowForm(
  props: SectionProps & {
    sheet: RowSheet;
    /** 'new', or the key of the item edited. */
    target: string;
    base: Values;
    heading: string;
    onClose: () => void;
  },
) {
  const { state, m, busy, sheet, target, base } = props;
  const account = state.account!;
  const fields = state.fields[sheet].filter((f) => target !== 'new' || f.key !== 'archived');
  const key = `${sheet}:${target}`;
  const draft = props.drafts[key] ?? {};
  const errors = props.errors[key] ?? {};
  const idPrefix = `${sheet}-${target === 'new' ? 'new' : 'edit'}`;
  useEffect(() => {
    document.getElementById(`${idPrefix}-${fields[0]?.key}`)?.focus();
  }, [idPrefix]);

  const submit = async (e: Event) => {
    e.preventDefault();
    const isNew = target === 'new';
    const values = isNew ? allValues(fields, draft, base) : wireValues(fields, draft);
    const problems = formProblems(fields, values, isNew, state.lang);
    props.setErrors(key, problems);
    if (Object.keys(problems).length > 0) {
      props.notify({ kind: 'error', text: m.fixFields });
      focusFirst(idPrefix, fields, problems);
      return;
    }
    if (!isNew && Object.keys(values).length === 0) {
      props.notify({ kind: 'info', text: m.nothingChanged });
      props.onClose();
      return;
    }
    const result = await props.save(key, () =>
      api.saveRow({
        accountId: account.id,
        sheet,
        key: isNew ? null : target,
        values,
      }),
    );
    if (result?.ok) props.onClose();
  };

  return (
    <form class="card" onSubmit={submit} noValidate aria-label={props.heading}>
      <h3>{props.heading}</h3>
      {fields.map((field) => (
        <Field
          key={field.key}
          id={`${idPrefix}-${field.key}`}
          field={field}
          value={shown(field, draft, base)}
          error={errors[field.key]}
          requiredWord={m.required}
          onInput={(value) => props.setDraft(key, { ...draft, [field.key]: value })}
        />
      ))}
      <SaveBar
        m={m}
        busy={busy}
        unsaved={unsavedLabels(fields, draft, base)}
        onCancel={props.onClose}
      />
    </form>
  );
}
