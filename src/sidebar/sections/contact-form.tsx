// The contact form (R5): log a new contact or edit a logged one. The date is today unless set
// back (never forward); the person comes from the decision group; a personal contact inside a
// pause waits for a confirmation (R5.2); a contact on record changes only with a reason (R4.3).
import { useEffect, useRef, useState } from 'preact/hooks';
import { isPersonal, pauseCovering } from '../../core/contact-rules';
import type { FieldDef, SaveResult, Values } from '../../dossier/types';
import { wordProblem } from '../../dossier/words';
import { Field } from '../field';
import { formProblems, wireValues } from '../form';
import { SaveBar } from '../save-bar';
import type { SectionProps } from '../section-props';
import { api } from '../server';
import { allValues, focusFirst, shown, unsavedLabels } from './form-helpers';
import { PersonPicker } from './person-picker';

/** The reason's place in a draft: not a field of the sheet, so never sent as a value. */
export const REASON = 'reason';

export function ContactForm(
  props: SectionProps & {
    /** 'new', or the key of the contact edited. */
    target: string;
    onClose: () => void;
    /** After a new contact is logged: who it was with. */
    onLogged: (clientPerson: string) => void;
  },
) {
  const { state, m, busy, target } = props;
  const account = state.account!;
  const fields = state.fields.contacts;
  const isNew = target === 'new';
  const key = `contacts:${target}`;
  const idPrefix = isNew ? 'contacts' : 'contacts-edit';
  const draft = props.drafts[key] ?? {};
  const errors = props.errors[key] ?? {};
  const item = isNew ? undefined : account.contacts.find((c) => c.key === target);
  const base: Values = item?.values ?? {
    date: state.today,
    ourPerson: state.user || account.manager,
  };
  const full = allValues(fields, draft, base);
  const onRecord = !isNew && account.contact.onRecord.includes(target);
  const reason = typeof draft[REASON] === 'string' ? draft[REASON] : '';
  const c = account.contact;
  const [warning, setWarning] = useState<{ day: string; negative: string; until: string } | null>(
    null,
  );
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (warning) confirmRef.current?.focus();
  }, [warning]);
  useEffect(() => {
    if (!isNew) document.getElementById(`${idPrefix}-date`)?.focus();
  }, [target]);

  const text = (k: string) => String(full[k] ?? '');
  const personOrChannel = 'channel' in draft || 'ourPerson' in draft;
  const derived = isPersonal(text('channel'), text('ourPerson'), account.manager);
  const personal =
    !personOrChannel && typeof item?.values.personal === 'boolean' ? item.values.personal : derived;
  const inPause = (day: string) => pauseCovering(c.negatives, day, c.pauseDays);
  const wasInPause =
    item?.values.personal === true && inPause(String(item.values.date ?? '')) !== undefined;
  const set = (k: string, value: string | string[]) => {
    setWarning(null);
    props.setDraft(key, { ...draft, [k]: value });
  };

  const problemsOf = (values: Values): Record<string, string> => {
    const problems = formProblems(fields, values, isNew, state.lang);
    const day = values.date;
    if (!problems.date && typeof day === 'string' && day > state.today)
      problems.date = wordProblem(
        { code: 'IN_FUTURE', field: 'values.date', detail: state.today },
        fields,
        state.lang,
      );
    if (onRecord && reason.trim() === '')
      problems[REASON] = wordProblem({ code: 'REQUIRED', field: REASON }, fields, state.lang);
    return problems;
  };

  const send = async (confirmPause: boolean) => {
    setWarning(null);
    const changed = wireValues(fields, draft);
    const result: SaveResult | undefined = await props.save(key, () =>
      isNew
        ? api.logContact({ accountId: account.id, values: full, confirmPause })
        : api.saveContact({
            accountId: account.id,
            key: target,
            values: changed,
            confirmPause,
            reason: reason.trim(),
          }),
    );
    if (result?.ok) {
      if (isNew) props.onLogged(text('clientPerson').trim());
      else props.onClose();
    } else if (result?.code === 'PAUSE') {
      const pause = inPause(text('date'));
      if (pause) setWarning({ day: text('date'), ...pause });
    } else if (result?.field === REASON)
      props.setErrors(key, { ...errors, [REASON]: result.message });
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    const sent = isNew ? full : wireValues(fields, draft);
    if (!isNew && Object.keys(sent).length === 0) {
      props.notify({ kind: 'info', text: m.nothingChanged });
      props.onClose();
      return;
    }
    const problems = problemsOf(sent);
    props.setErrors(key, problems);
    if (Object.keys(problems).length > 0) {
      props.notify({ kind: 'error', text: m.fixFields });
      focusFirst(idPrefix, [...fields, { key: REASON } as FieldDef], problems);
      return;
    }
    const pause = personal ? inPause(text('date')) : undefined;
    if (pause && (isNew || !wasInPause)) {
      props.notify(null);
      setWarning({ day: text('date'), ...pause });
      return;
    }
    await send(false);
  };

  const heading = isNew ? m.logContact : m.editContact(String(item?.values.date ?? ''));
  return (
    <form class="card" onSubmit={submit} noValidate aria-label={heading}>
      <h3>{heading}</h3>
      {onRecord ? <p class="item-hint">{m.onRecord}</p> : null}
      {fields.map((field) =>
        field.key === 'clientPerson' ? (
          <PersonPicker
            key={field.key}
            id={`${idPrefix}-${field.key}`}
            field={field}
            people={account.people.map((p) => String(p.values.person ?? ''))}
            value={text('clientPerson')}
            error={errors[field.key]}
            m={m}
            onInput={(name) => set(field.key, name)}
          />
        ) : (
          <Field
            key={field.key}
            id={`${idPrefix}-${field.key}`}
            field={field}
            value={shown(field, draft, base)}
            error={errors[field.key]}
            requiredWord={m.required}
            max={field.key === 'date' ? state.today : undefined}
            onInput={(value) => set(field.key, value)}
          />
        ),
      )}
      <p class="personal" id={`${idPrefix}-personal`}>
        {personal ? m.personalYes : m.personalNo}
      </p>
      {onRecord ? (
        <Field
          id={`${idPrefix}-${REASON}`}
          field={{
            key: REASON,
            label: m.reason,
            help: m.reasonHelp,
            type: 'longText',
            required: true,
          }}
          value={reason}
          error={errors[REASON]}
          requiredWord={m.required}
          onInput={(value) => set(REASON, value)}
        />
      ) : null}
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
        <SaveBar
          m={m}
          busy={busy}
          unsaved={unsavedLabels(fields, draft, base)}
          saveLabel={isNew ? m.logContact : m.save}
          onCancel={isNew ? undefined : props.onClose}
        />
      )}
    </form>
  );
}
