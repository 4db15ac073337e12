// "Client person" of a contact (R3.3, R5): picked from the account's decision group, so that
// the coverage line counts the contact (R6.2 matches people by name); someone new may be typed.
import { useState } from 'preact/hooks';
import type { FieldDef } from '../../dossier/types';
import type { Messages } from '../../i18n';

const NEW = '\u0000new';
const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function PersonPicker(props: {
  id: string;
  field: FieldDef;
  /** The decision group's names, in sheet order. */
  people: readonly string[];
  value: string;
  error?: string;
  m: Messages['sidebar'];
  onInput: (name: string) => void;
}) {
  const { id, field, value, error, m } = props;
  const names = props.people.filter(
    (name, i) => name.trim() !== '' && props.people.findIndex((n) => same(n, name)) === i,
  );
  const match = names.find((name) => same(name, value));
  const [typing, setTyping] = useState(value.trim() !== '' && match === undefined);
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const describedBy = error ? `${errorId} ${helpId}` : helpId;
  return (
    <div class={error ? 'field invalid' : 'field'}>
      <label for={id}>{field.label}</label>
      <select
        id={id}
        name={field.key}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        value={typing ? NEW : (match ?? '')}
        onChange={(e) => {
          const picked = (e.currentTarget as HTMLSelectElement).value;
          setTyping(picked === NEW);
          props.onInput(picked === NEW ? '' : picked);
        }}
      >
        <option value="">—</option>
        {names.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
        <option value={NEW}>{m.someoneNew}</option>
      </select>
      {typing ? (
        <>
          <label class="sub-label" for={`${id}-new`}>
            {m.newPersonName}
          </label>
          <input
            id={`${id}-new`}
            type="text"
            value={value}
            aria-describedby={describedBy}
            onInput={(e) => props.onInput((e.currentTarget as HTMLInputElement).value)}
          />
        </>
      ) : null}
      {error ? (
        <p class="error" id={errorId}>
          {error}
        </p>
      ) : null}
      <p class="help" id={helpId} title={field.rules}>
        {field.help}
      </p>
    </div>
  );
}

/** Whether a name is someone of the decision group (trimmed, any case). */
export function inGroup(people: readonly string[], name: string): boolean {
  return people.some((p) => same(p, name));
}
