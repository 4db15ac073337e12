// The list sections: the decision group (R3.3, with its coverage line), competitor profiles
// (R3.4, archived rather than deleted) and the plan (R2.4, R4.3): list, add, edit.
import { useEffect, useState } from 'preact/hooks';
import type { RowSheet, Values } from '../../dossier/types';
import type { SectionProps } from '../app';
import { Field } from '../field';
import { formProblems, wireValues } from '../form';
import { api } from '../server';
import { allValues, focusFirst, labelOfChoice, shown } from './form-helpers';

/** The field that names an item, and the ones summed up under it. */
const SUMMARY: Readonly<Record<RowSheet, { title: string; details: string[] }>> = {
  decisionGroup: { title: 'person', details: ['role', 'attitude', 'influence', 'division'] },
  competitors: { title: 'competitor', details: ['threat', 'offering'] },
  plan: { title: 'objective', details: ['status', 'due', 'owner'] },
};

type Target = number | 'new';

export function RowList(props: SectionProps & { sheet: RowSheet }) {
  const { state, m, busy, sheet } = props;
  const account = state.account!;
  const fields = state.fields[sheet];
  const items =
    sheet === 'decisionGroup'
      ? account.people
      : sheet === 'competitors'
        ? account.competitors
        : account.plan;
  const drafted = Object.keys(props.drafts).find((k) => k.startsWith(`${sheet}:`));
  const [open, setOpen] = useState<Target | null>(
    drafted ? (drafted.endsWith(':new') ? 'new' : Number(drafted.split(':')[1])) : null,
  );
  const [removing, setRemoving] = useState<number | null>(null);
  const defaults: Values =
    sheet === 'plan' ? { status: 'planned', owner: state.user || account.manager } : {};
  const { title, details } = SUMMARY[sheet];
  const fieldOf = (key: string) => fields.find((f) => f.key === key);

  const close = (target: Target) => {
    props.setDraft(`${sheet}:${target}`, undefined);
    props.setErrors(`${sheet}:${target}`, undefined);
    setOpen(null);
  };

  return (
    <div class="rows">
      {sheet === 'decisionGroup' ? <Coverage {...props} /> : null}
      {open === null ? (
        <div class="actions">
          <button type="button" class="primary" disabled={busy} onClick={() => setOpen('new')}>
            {m.add[sheet]}
          </button>
        </div>
      ) : (
        <RowForm
          {...props}
          sheet={sheet}
          target={open}
          base={open === 'new' ? defaults : (items[open]?.values ?? {})}
          heading={open === 'new' ? m.adding : m.editing(String(items[open]?.values[title] ?? ''))}
          onClose={() => close(open)}
        />
      )}
      {items.length === 0 ? <p class="muted">{m.empty[sheet]}</p> : null}
      <ul class="items">
        {items.map((item) => {
          const archived = sheet === 'competitors' && item.values.archived === true;
          return (
            <li key={item.index} class={archived ? 'item archived' : 'item'}>
              <p class="item-title">
                {String(item.values[title] ?? '')}
                {archived ? <span class="tag">{m.archivedTag}</span> : null}
              </p>
              <p class="item-details">
                {details
                  .map((key) => labelOfChoice(fieldOf(key), item.values[key]))
                  .filter((text) => text !== '')
                  .join(' · ')}
                {sheet === 'competitors' && item.values.lastUpdated
                  ? ` · ${m.lastUpdated(String(item.values.lastUpdated))}`
                  : ''}
              </p>
              <div class="item-actions">
                <button
                  type="button"
                  class="link"
                  disabled={busy}
                  aria-label={`${m.edit}: ${String(item.values[title] ?? '')}`}
                  onClick={() => setOpen(item.index)}
                >
                  {m.edit}
                </button>
                {sheet === 'competitors' ? (
                  <button
                    type="button"
                    class="link"
                    disabled={busy}
                    onClick={() =>
                      void props.save(`${sheet}:archive`, () =>
                        api.saveRow({
                          accountId: account.id,
                          revision: account.revision,
                          sheet,
                          index: item.index,
                          values: { archived: !archived },
                        }),
                      )
                    }
                  >
                    {archived ? m.restore : m.archive}
                  </button>
                ) : (
                  <button
                    type="button"
                    class={removing === item.index ? 'link danger' : 'link'}
                    disabled={busy}
                    onClick={async () => {
                      if (removing !== item.index) {
                        setRemoving(item.index);
                        return;
                      }
                      setRemoving(null);
                      const result = await props.save(`${sheet}:remove`, () =>
                        api.removeRow({
                          accountId: account.id,
                          revision: account.revision,
                          sheet: sheet as 'decisionGroup' | 'plan',
                          index: item.index,
                        }),
                      );
                      if (result?.ok && open !== null) close(open);
                    }}
                  >
                    {removing === item.index ? m.confirmRemove : m.remove}
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function RowForm(
  props: SectionProps & {
    sheet: RowSheet;
    target: Target;
    base: Values;
    heading: string;
    onClose: () => void;
  },
) {
  const { state, m, busy, sheet, target, base } = props;
  const account = state.account!;
  const fields = state.fields[sheet];
  const key = `${sheet}:${target}`;
  const draft = props.drafts[key] ?? {};
  const errors = props.errors[key] ?? {};
  const idPrefix = `${sheet}-${target}`;
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
        revision: account.revision,
        sheet,
        index: isNew ? null : target,
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
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {m.save}
        </button>
        <button type="button" class="secondary" onClick={props.onClose}>
          {m.cancel}
        </button>
      </div>
    </form>
  );
}

/** R3.3, R6.2: the roles and divisions nobody covers, said in one place. */
function Coverage({ state, m }: SectionProps) {
  const c = state.account!.coverage;
  return (
    <div class="coverage" aria-live="polite">
      <p class="coverage-title">{m.coverageTitle}</p>
      <p id="coverage-roles">
        {c.rolesUncovered.length === 0
          ? m.allRolesCovered
          : m.rolesUncovered(c.rolesUncovered.join(', '))}
      </p>
      {c.divisionsWithoutContact.length > 0 ? (
        <p>{m.divisionsWithoutContact(c.divisionsWithoutContact.join(', '))}</p>
      ) : null}
      {c.strongOpponents.length > 0 ? (
        <p>{m.strongOpponents(c.strongOpponents.join(', '))}</p>
      ) : null}
      {c.noSupporter ? <p>{m.noSupporter}</p> : null}
    </div>
  );
}
