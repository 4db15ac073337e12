// General information (R3.1) and the view from our side (R3.2): every Dossier field, long text
// where the template says so; a save sends only the fields the user changed.

import { Field } from '../field';
import { formProblems, wireValues } from '../form';
import { SaveBar } from '../save-bar';
import type { SectionProps } from '../section-props';
import { api } from '../server';
import { focusFirst, shown, unsavedLabels } from './form-helpers';

export function DossierForm(props: SectionProps & { section: 'general' | 'ourView' }) {
  const { state, m, busy, section } = props;
  const account = state.account!;
  const fields = state.fields[section];
  const draft = props.drafts[section] ?? {};
  const errors = props.errors[section] ?? {};

  const submit = async (e: Event) => {
    e.preventDefault();
    const values = wireValues(fields, draft);
    if (Object.keys(values).length === 0) {
      props.notify({ kind: 'info', text: m.nothingChanged });
      return;
    }
    const problems = formProblems(fields, values, false, state.lang);
    props.setErrors(section, problems);
    if (Object.keys(problems).length > 0) {
      props.notify({ kind: 'error', text: m.fixFields });
      focusFirst(section, fields, problems);
      return;
    }
    await props.save(section, () =>
      api.saveDossier({ accountId: account.id, key: account.dossierKey, values }),
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      {fields.map((field) => (
        <Field
          key={field.key}
          id={`${section}-${field.key}`}
          field={field}
          value={shown(field, draft, account.dossier)}
          error={errors[field.key]}
          requiredWord={m.required}
          onInput={(value) => props.setDraft(section, { ...draft, [field.key]: value })}
        />
      ))}
      <SaveBar m={m} busy={busy} unsaved={unsavedLabels(fields, draft, account.dossier)} />
    </form>
  );
}
