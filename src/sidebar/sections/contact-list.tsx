// The logged contacts (R5), newest first: each with Edit and Remove; removing asks to confirm,
// and a contact on record (a broken pause, R5.2) asks for the reason Change history keeps.
import { useState } from 'preact/hooks';
import type { Item } from '../../dossier/types';
import { wordProblem } from '../../dossier/words';
import { Field } from '../field';
import type { SectionProps } from '../section-props';
import { api } from '../server';
import { labelOfChoice } from './form-helpers';

export function ContactList(
  props: SectionProps & { onEdit: (key: string) => void; onRemoved: (key: string) => void },
) {
  const { state, m, busy } = props;
  const account = state.account!;
  const fieldOf = (key: string) => state.fields.contacts.find((f) => f.key === key);
  const [removing, setRemoving] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | undefined>(undefined);

  const remove = async (item: Item, onRecord: boolean) => {
    if (onRecord && reason.trim() === '') {
      setProblem(wordProblem({ code: 'REQUIRED', field: 'reason' }, [], state.lang));
      document.getElementById('remove-reason')?.focus();
      return;
    }
    const result = await props.save('contacts:remove', () =>
      api.removeContact({ accountId: account.id, key: item.key, reason: reason.trim() }),
    );
    if (result?.ok) {
      setRemoving(null);
      setReason('');
      props.onRemoved(item.key);
    } else if (result) setProblem(result.field === 'reason' ? result.message : undefined);
  };

  return (
    <>
      <h3>{m.recentContacts(account.contacts.length, account.contactCount)}</h3>
      {account.contacts.length === 0 ? <p class="muted">{m.noContacts}</p> : null}
      <ul class="items">
        {account.contacts.map((item) => {
          const day = String(item.values.date ?? '');
          const onRecord = account.contact.onRecord.includes(item.key);
          return (
            <li key={item.key} class={`item outcome-${String(item.values.outcome ?? '')}`}>
              <p class="item-title">
                {day} · {labelOfChoice(fieldOf('outcome'), item.values.outcome)}
                {item.values.personal === true ? <span class="tag">{m.personalTag}</span> : null}
                {onRecord ? <span class="tag record">{m.onRecordTag}</span> : null}
              </p>
              <p class="item-details">
                {[
                  labelOfChoice(fieldOf('channel'), item.values.channel),
                  String(item.values.clientPerson ?? ''),
                  String(item.values.ourPerson ?? ''),
                ]
                  .filter((t) => t !== '')
                  .join(' · ')}
              </p>
              {item.values.summary ? <p class="item-text">{String(item.values.summary)}</p> : null}
              {removing === item.key ? (
                <div class="confirm">
                  <p>{m.removeContact(day)}</p>
                  {onRecord ? (
                    <>
                      <p class="item-hint">{m.onRecord}</p>
                      <Field
                        id="remove-reason"
                        field={{
                          key: 'reason',
                          label: m.reason,
                          help: m.reasonHelp,
                          type: 'longText',
                          required: true,
                        }}
                        value={reason}
                        error={problem}
                        requiredWord={m.required}
                        onInput={(value) => {
                          setProblem(undefined);
                          setReason(typeof value === 'string' ? value : '');
                        }}
                      />
                    </>
                  ) : null}
                  <div class="actions">
                    <button
                      type="button"
                      class="primary danger"
                      disabled={busy}
                      onClick={() => void remove(item, onRecord)}
                    >
                      {m.confirmRemove}
                    </button>
                    <button type="button" class="secondary" onClick={() => setRemoving(null)}>
                      {m.cancel}
                    </button>
                  </div>
                </div>
              ) : (
                <div class="item-actions">
                  <button
                    type="button"
                    class="link"
                    disabled={busy}
                    aria-label={`${m.edit}: ${day}`}
                    onClick={() => props.onEdit(item.key)}
                  >
                    {m.edit}
                  </button>
                  <button
                    type="button"
                    class="link"
                    disabled={busy}
                    aria-label={`${m.remove}: ${day}`}
                    onClick={() => {
                      setRemoving(item.key);
                      setReason('');
                      setProblem(undefined);
                    }}
                  >
                    {m.remove}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
