// Review (R3.6): when the last review was and the next is due; "Mark reviewed" with a note.

import { Field } from '../field';
import { formProblems, wireOf } from '../form';
import type { SectionProps } from '../section-props';
import { api } from '../server';
import { focusFirst, shown } from './form-helpers';

const KEY = 'review';

export function ReviewSection(props: SectionProps) {
  const { state, m, busy } = props;
  const account = state.account!;
  const field = state.fields.review[0];
  const draft = props.drafts[KEY] ?? {};
  const errors = props.errors[KEY] ?? {};
  const r = account.review;

  const submit = async (e: Event) => {
    e.preventDefault();
    const note = wireOf(field, shown(field, draft, {}));
    const problems = formProblems([field], { [field.key]: note }, false, state.lang);
    props.setErrors(KEY, problems);
    if (Object.keys(problems).length > 0) {
      focusFirst(KEY, [field], problems);
      return;
    }
    await props.save(KEY, () =>
      api.markReviewed({
        accountId: account.id,
        note: typeof note === 'string' ? note : '',
      }),
    );
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
        <Field
          id={`${KEY}-${field.key}`}
          field={field}
          value={shown(field, draft, {})}
          error={errors[field.key]}
          requiredWord={m.required}
          onInput={(value) => props.setDraft(KEY, { [field.key]: value })}
        />
        <div class="actions">
          <button type="submit" class="primary" disabled={busy}>
            {m.markReviewed}
          </button>
        </div>
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
