// The list sections: the decision group (R3.3, with its coverage line), competitor profiles
// (R3.4, archived rather than deleted), the plan (R2.4, R4.3) and the whitespace (R4.1): list,
// add, edit; the last two show their rows once the sidebar has fetched them.
import { useState } from 'preact/hooks';
import type { FieldDef, RowSheet, Values } from '../../dossier/types';
import type { SectionProps } from '../section-props';
import { api } from '../server';
import { Coverage } from './coverage';
import { labelOfChoice } from './form-helpers';
import { OpenDialog } from './open-dialog';
import { RowForm } from './row-form';

/** The field that names an item, and the ones summed up under it. */
const SUMMARY: Readonly<Record<RowSheet, { title: string; details: string[] }>> = {
  decisionGroup: { title: 'person', details: ['role', 'attitude', 'influence', 'division'] },
  competitors: { title: 'competitor', details: ['threat', 'offering'] },
  plan: { title: 'objective', details: ['status', 'due', 'owner'] },
  whitespace: { title: 'offering', details: ['division', 'status', 'competitor', 'value'] },
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
  const items = {
    decisionGroup: account.people,
    competitors: account.competitors,
    plan: account.plan,
    whitespace: account.whitespace,
  }[sheet];
  const drafted = Object.keys(props.drafts).find((k) => k.startsWith(`${sheet}:`));
  // A person clicked on the relationship map opens in their form at once.
  const focused = state.focus?.section === sheet ? state.focus.key : undefined;
  const [open, setOpen] = useState<Target | null>(
    drafted ? drafted.slice(sheet.length + 1) : (focused ?? null),
  );
  const [removing, setRemoving] = useState<string | null>(null);
  // A lazy section's rows arrive with their own call once it opens (lazy-section.ts).
  if (items === undefined)
    return props.lazy.failed ? (
      <div class="actions">
        <p class="muted">{m.rowsFailed}</p>
        <button
          type="button"
          class="secondary"
          onClick={() => {
            props.notify(null);
            props.lazy.retry();
          }}
        >
          {m.tryAgain}
        </button>
      </div>
    ) : (
      <p class="muted" role="status" aria-busy="true">
        {m.loadingRows}
      </p>
    );
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
      {sheet === 'whitespace' && state.offerings.length === 0 ? (
        <p class="muted">{m.noOfferings}</p>
      ) : null}
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
      {sheet === 'decisionGroup' || sheet === 'whitespace' ? (
        <div class="actions">
          <OpenDialog
            {...props}
            id={sheet === 'decisionGroup' ? 'open-map' : 'open-whitespace'}
            label={sheet === 'decisionGroup' ? m.openMap : m.openWhitespace}
            open={() =>
              api.openMap({
                accountId: account.id,
                view: sheet === 'decisionGroup' ? 'people' : 'whitespace',
              })
            }
          />
        </div>
      ) : null}
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
                          sheet: sheet as 'decisionGroup' | 'plan' | 'whitespace',
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
