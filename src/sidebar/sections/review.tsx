// Review (R3.6): when the last review was and the next is due; "Mark reviewed" on a day the
// user chooses (today unless set back, never before the last review) with what changed,
// confirmed before it is saved.
import { useEffect, useRef, useState } from 'preact/hooks';
import { causeOf } from '../../core/errors';
import { checkReviewDay } from '../../dossier/validate';
import { wordProblem } from '../../dossier/words';
import { Field } from '../field';
import { formProblems, wireOf } from '../form';
import { SaveBar } from '../save-bar';
import type { SectionProps } from '../section-props';
import { api } from '../server';
import { focusFirst, shown, unsavedLabels } from './form-helpers';

const KEY = 'review';

export function ReviewSection(props: SectionProps) {
  const { state, m, busy } = props;
  const account = state.account!;
  const fields = state.fields.review.map((f) => ({ ...f, required: true }));
  const dateField = fields.find((f) => f.key === 'date')!;
  const noteField = fields.find((f) => f.key === 'changes')!;
  const draft = props.drafts[KEY] ?? {};
  const errors = props.errors[KEY] ?? {};
  const base = { date: state.today, changes: '' };
  const r = account.review;
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  const day = String(wireOf(dateField, shown(dateField, draft, base)) ?? '');
  const note = wireOf(noteField, shown(noteField, draft, base));

  /** The form's problems, in the server's words: the day first, then the note. */
  const problemsOf = (): Record<string, string> => {
    const problems = formProblems([noteField], { changes: note }, true, state.lang);
    try {
      checkReviewDay(day, state.today, r.last, 'values.date');
    } catch (error) {
      const cause = causeOf(error);
      if (!cause) throw error;
      problems.date = wordProblem(cause, fields, state.lang);
    }
    return problems;
  };

  const submit = (e: Event) => {
    e.preventDefault();
    const problems = problemsOf();
    props.setErrors(KEY, problems);
    if (Object.keys(problems).length > 0) {
      props.notify({ kind: 'error', text: m.fixFields });
      focusFirst(KEY, fields, problems);
      return;
    }
    props.notify(null);
    setConfirming(true);
  };

  const confirm = async () => {
    setConfirming(false);
    const result = await props.save(KEY, () =>
      api.markReviewed({
        accountId: account.id,
        note: typeof note === 'string' ? note : '',
        date: day,
      }),
    );
    if (result && !result.ok && (result.field === 'date' || result.field === 'note'))
      props.setErrors(KEY, {
        ...errors,
        [result.field === 'date' ? 'date' : 'changes']: result.message,
      });
  };

  return (
    <div class="review">
      <div class="status-box">
        <p>{r.last ? m.lastReview(r.last) : m.neverReviewed}</p>
        {r.nextDue ? (
          <p class={r.kind === 'overdue' ? 'pause' : ''}>{m.nextReviewDue(r.nextDue, r.months)}</p>
        ) : null}
      </div>
      <form class="card" onSubmit={submit} noValidate aria-label={m.markReviewed}>
        {fields.map((field) => (
          <Field
            key={field.key}
            id={`${KEY}-${field.key}`}
            field={field}
            value={shown(field, draft, base)}
            error={errors[field.key]}
            requiredWord={m.required}
            min={field.key === 'date' ? (r.last ?? undefined) : undefined}
            max={field.key === 'date' ? state.today : undefined}
            onInput={(value) => {
              setConfirming(false);
              props.setDraft(KEY, { ...draft, [field.key]: value });
            }}
          />
        ))}
        {confirming ? (
          <div class="confirm" role="alertdialog" aria-labelledby="review-confirm-title">
            <p class="warn-title" id="review-confirm-title">
              {m.reviewConfirm(day)}
            </p>
            <p class="note-quote">{typeof note === 'string' ? note : ''}</p>
            <div class="actions">
              <button
                type="button"
                class="primary"
                ref={confirmRef}
                disabled={busy}
                onClick={() => void confirm()}
              >
                {m.confirmReviewed}
              </button>
              <button type="button" class="secondary" onClick={() => setConfirming(false)}>
                {m.cancel}
              </button>
            </div>
          </div>
        ) : (
          <SaveBar
            m={m}
            busy={busy}
            unsaved={unsavedLabels(fields, draft, base)}
            saveLabel={m.markReviewed}
          />
        )}
      </form>
      {account.reviews.length > 0 ? <h3>{m.previousReviews}</h3> : null}
      <ul class="items">
        {account.reviews.map((item) => (
          <li key={item.key} class="item">
            <p class="item-title">
              {String(item.values.date ?? '')} · {String(item.values.reviewer ?? '')}
            </p>
            {item.values.changes ? <p class="item-text">{String(item.values.changes)}</p> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
