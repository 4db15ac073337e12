// Contacts (R5): when the next positive contact is due (R5.1) and any pause in force (R5.2),
// the form to log one (or edit one logged), the offer to add a new person to the decision
// group (R3.3), and the contacts logged, each editable and removable.
import { useState } from 'preact/hooks';
import type { SectionProps } from '../section-props';
import { ContactForm } from './contact-form';
import { ContactList } from './contact-list';
import { inGroup } from './person-picker';

export function ContactsSection(props: SectionProps) {
  const { state, m } = props;
  const account = state.account!;
  const c = account.contact;
  const drafted = Object.keys(props.drafts).find(
    (k) => k.startsWith('contacts:') && k !== 'contacts:new' && k !== 'contacts:remove',
  );
  const [editing, setEditing] = useState<string | null>(drafted ? drafted.slice(9) : null);
  const [offer, setOffer] = useState<string | null>(null);
  /** Bumped by each contact logged, so the next one starts from a fresh form. */
  const [logged, setLogged] = useState(0);
  const people = account.people.map((p) => String(p.values.person ?? ''));
  const stillThere = editing === null || account.contacts.some((item) => item.key === editing);

  const close = (target: string) => {
    props.setDraft(`contacts:${target}`, undefined);
    props.setErrors(`contacts:${target}`, undefined);
    setEditing(null);
  };

  return (
    <div class="contacts">
      <div class="status-box">
        <p class={c.kind === 'overdue' || c.kind === 'never' ? 'pause' : ''}>
          {c.nextPositiveDue
            ? m.nextContactDue(c.nextPositiveDue)
            : m.noPositiveContact(c.everyDays)}
        </p>
        <p class={c.pause ? 'pause' : ''}>
          {c.pause ? m.pauseInForce(c.pause.negative, c.pause.until) : m.noPause}
        </p>
        {c.pause?.breach ? <p class="pause">{m.pauseBroken(c.pause.breach)}</p> : null}
      </div>
      {offer ? (
        <div class="offer" aria-live="polite">
          <p>{m.newPerson(offer)}</p>
          <div class="actions">
            <button
              type="button"
              class="primary"
              onClick={() => {
                props.setDraft('decisionGroup:new', { person: offer });
                props.goTo('decisionGroup');
              }}
            >
              {m.addToGroup}
            </button>
            <button type="button" class="secondary" onClick={() => setOffer(null)}>
              {m.notNow}
            </button>
          </div>
        </div>
      ) : null}
      {editing !== null && !stillThere ? (
        <div class="card warn" role="alert">
          <p class="warn-title">{m.rowConflictTitle}</p>
          <p>{m.rowConflict}</p>
          <div class="actions">
            <button
              type="button"
              class="primary"
              onClick={() => {
                props.setDraft('contacts:new', props.drafts[`contacts:${editing}`]);
                close(editing);
              }}
            >
              {m.addAsNew}
            </button>
            <button type="button" class="secondary" onClick={() => close(editing)}>
              {m.discardDraft}
            </button>
          </div>
        </div>
      ) : (
        <ContactForm
          {...props}
          key={editing ?? `new-${logged}`}
          target={editing ?? 'new'}
          onClose={() => editing !== null && close(editing)}
          onLogged={(name) => {
            setLogged((n) => n + 1);
            setOffer(name !== '' && !inGroup(people, name) ? name : null);
          }}
        />
      )}
      <ContactList
        {...props}
        onEdit={(key) => {
          setOffer(null);
          setEditing(key);
        }}
        onRemoved={(key) => {
          if (editing === key) close(key);
        }}
      />
    </div>
  );
}
