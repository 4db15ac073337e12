// The list sections: the decision group (R3.3, with its coverage line), competitor profiles
// (R3.4, archived rather than deleted) and the plan (R2.4, R4.3): list, add, edit.
import { useState } from 'preact/hooks';
import type { FieldDef, RowSheet, Values } from '../../dossier/types';
import type { SectionProps } from '../section-props';
import { api } from '../server';
import { Coverage } from './coverage';
import { labelOfChoice } from './form-helpers';
import { RowForm } from './row-form';

/** The field that names an item, and the ones summed up under it. */
const SUMMARY: Readonly<Record<RowSheet, { title: string; details: string[] }>> = {
  decisionGroup: { title: 'person', details: ['role', 'attitude', 'influence', 'division'] },
  competitors: { title: 'competitor', details: ['threat', 'offering'] },
  plan: { title: 'objective', details: ['status', 'due', 'owner'] },
};

/**
 * The line under an item, each part said for what it is: a person reads "Decision maker ·
 * supporter · high influence · Management" (R3.3), not four bare words.
 */
function detailsLine(
  sheet: RowSheet,
  values: Values,
  fieldOf: (key: string) => FieldDef | undefined,
  m: SectionProps['m'],
): string {
  const word = (key: string) => labelOfChoice(fieldOf(key), values[key]);
  const parts = SUMMARY[sheet].details.map((key) => {
    const text = word(key);
    if (text === '' || sheet !== 'decisionGroup') return text;
    if (key === 'attitude') return m.attitudePart(text);
    if (key === 'influence') return m.influencePart(text);
    return text;
  });
  return parts.filter((text) => text !== '').join(' · ');
}

/** The form open: 'new', or the key of the item being edited. */
type Target = string;

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
  const [open, setOpen] = useState<Target | null>(drafted ? drafted.slice(sheet.length + 1) : null);
  const [removing, setRemoving] = useState<string | null>(null);
  const itemOf = (key: Target) => items.find((item) => item.key === key);
  const defaults: Values =
    sheet === 'plan' ? { status: 'planned', owner: state.user || account.manager } : {};
  const { title } = SUMMARY[sheet];
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
      ) : open !== 'new' && !itemOf(open) ? (
        <div class="card warn" role="alert">
          <p class="warn-title">{m.rowConflictTitle}</p>
          <p>{m.rowConflict}</p>
          <div class="actions">
            <button
              type="button"
              class="primary"
              onClick={() => {
                props.setDraft(`${sheet}:new`, props.drafts[`${sheet}:${open}`]);
                close(open);
                setOpen('new');
              }}
            >
              {m.addAsNew}
            </button>
            <button type="button" class="secondary" onClick={() => close(open)}>
              {m.discardDraft}
            </button>
          </div>
        </div>
      ) : (
        <RowForm
          {...props}
          sheet={sheet}
          target={open}
          base={open === 'new' ? defaults : (itemOf(open)?.values ?? {})}
          heading={open === 'new' ? m.adding : m.editing(String(itemOf(open)?.values[title] ?? ''))}
          onClose={() => close(open)}
        />
      )}
      {items.length === 0 ? <p class="muted">{m.empty[sheet]}</p> : null}
      <ul class="items">
        {items.map((item) => {
          const archived = sheet === 'competitors' && item.values.archived === true;
          return (
            <li key={item.key} class={archived ? 'item archived' : 'item'}>
              <p class="item-title">
                {String(item.values[title] ?? '')}
                {archived ? <span class="tag">{m.archivedTag}</span> : null}
              </p>
              <p class="item-details">
                {detailsLine(sheet, item.values, fieldOf, m)}
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
                  onClick={() => setOpen(item.key)}
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
                          sheet,
                          key: item.key,
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
                    class={removing === item.key ? 'link danger' : 'link'}
                    disabled={busy}
                    onClick={async () => {
                      if (removing !== item.key) {
                        setRemoving(item.key);
                        return;
                      }
                      setRemoving(null);
                      const result = await props.save(`${sheet}:remove`, () =>
                        api.removeRow({
                          accountId: account.id,
                          sheet: sheet as 'decisionGroup' | 'plan',
                          key: item.key,
                        }),
                      );
                      if (result?.ok && open !== null) close(open);
                    }}
                  >
                    {removing === item.key ? m.confirmRemove : m.remove}
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
