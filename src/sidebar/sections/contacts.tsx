// Contacts (R5): when the next positive contact is due (R5.1), any pause in force (R5.2), the
// log form, and a warning before a personal contact inside a pause is saved.
import { useEffect, useRef, useState } from 'preact/hooks';
import { isPersonal, pauseCovering } from '../../core/contact-rules';
import type { Values } from '../../dossier/types';
import { Field } from '../field';
import { formProblems } from '../form';
import type { SectionProps } from '../section-props';
import { api } from '../server';
import { allValues, focusFirst, labelOfChoice, shown } from './form-helpers';

const KEY = 'contacts';

export function ContactsSection(props: SectionProps) {
  const { state, m, busy } = props;
  const account = state.account!;
  const fields = state.fields.contacts;
  const draft = props.drafts[KEY] ?? {};
  const errors = props.errors[KEY] ?? {};
  const [warning, setWarning] = useState<{ day: string; negative: string; until: string } | null>(
    null,
  );
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (warning) confirmRef.current?.focus();
  }, [warning]);
  const base: Values = { date: state.today, ourPerson: state.user || account.manager };
  const values = allValues(fields, draft, base);
  const personal = isPersonal(
    String(values.channel ?? ''),
    String(values.ourPerson ?? ''),
    account.manager,
  );
  const c = account.contact;
  const fieldOf = (key: string) => fields.find((f) => f.key === key);

  const send = async (confirmPause: boolean) => {
    setWarning(null);
    const result = await props.save(KEY, () =>
      api.logContact({ accountId: account.id, values, confirmPause }),
    );
    if (result && !result.ok && result.code === 'PAUSE') {
      const pause = pauseCovering(c.negatives, String(values.date), c.pauseDays);
      if (pause) setWarning({ day: String(values.date), ...pause });
    }
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    const problems = formProblems(fields, values, true, state.lang, state.today);
    props.setErrors(KEY, problems);
    if (Object.keys(problems).length > 0) {
      props.notify({ kind: 'error', text: m.fixFields });
      focusFirst(KEY, fields, problems);
      return;
    }
    const pause = personal
      ? pauseCovering(c.negatives, String(values.date), c.pauseDays)
      : undefined;
    if (pause) {
      setWarning({ day: String(values.date), ...pause });
      return;
    }
    await send(false);
  };

  return (
    <div class="contacts">
      <div class="status-box">
        <p>
          {c.nextPositiveDue
            ? m.nextContactDue(c.nextPositiveDue)
            : m.noPositiveContact(c.everyDays)}
        </p>
        <p class={c.pause ? 'pause' : ''}>
          {c.pause ? m.pauseInForce(c.pause.negative, c.pause.until) : m.noPause}
        </p>
        {c.pause?.breach ? <p class="pause">{m.pauseBroken(c.pause.breach)}</p> : null}
      </div>
      <form class="card" onSubmit={submit} noValidate aria-label={m.logContact}>
        <h3>{m.logContact}</h3>
        {fields.map((field) => (
          <Field
            key={field.key}
            id={`${KEY}-${field.key}`}
            field={field}
            value={shown(field, draft, base)}
            error={errors[field.key]}
            requiredWord={m.required}
            onInput={(value) => {
              setWarning(null);
              props.setDraft(KEY, { ...draft, [field.key]: value });
            }}
          />
        ))}
        <p class="personal" id="contact-personal">
          {personal ? m.personalYes : m.personalNo}
        </p>
        {warning ? (
          <div
            class="warn"
            role="alertdialog"
            aria-labelledby="pause-warning-title"
            aria-describedby="pause-warning-text"
          >
            <p class="warn-title" id="pause-warning-title">
              {m.pauseWarningTitle}
            </p>
            <p id="pause-warning-text">
              {m.pauseWarning(warning.day, warning.negative, warning.until)}
            </p>
            <div class="actions">
              <button
                type="button"
                class="primary"
                ref={confirmRef}
                disabled={busy}
                onClick={() => void send(true)}
              >
                {m.logAnyway}
              </button>
              <button type="button" class="secondary" onClick={() => setWarning(null)}>
                {m.cancel}
              </button>
            </div>
          </div>
        ) : (
          <div class="actions">
            <button type="submit" class="primary" disabled={busy}>
              {m.logContact}
            </button>
          </div>
        )}
      </form>
      <h3>{m.recentContacts(account.contacts.length, account.contactCount)}</h3>
      {account.contacts.length === 0 ? <p class="muted">{m.noContacts}</p> : null}
      <ul class="items">
        {account.contacts.map((item) => (
          <li key={item.key} class={`item outcome-${String(item.values.outcome ?? '')}`}>
            <p class="item-title">
              {String(item.values.date ?? '')} ·{' '}
              {labelOfChoice(fieldOf('outcome'), item.values.outcome)}
              {item.values.personal === true ? <span class="tag">{m.personalTag}</span> : null}
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
          </li>
        ))}
      </ul>
    </div>
  );
}
