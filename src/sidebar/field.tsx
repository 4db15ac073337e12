// One form field from its definition: a label bound to its input, a hint in plain words (the
// rules it follows on hover), and the problem in words. User text is a text node, never HTML.
import type { JSX } from 'preact';
import type { FieldDef } from '../dossier/types';
import type { UiValue } from './form';

interface FieldProps {
  /** Unique per form, so that labels point at the right input. */
  id: string;
  field: FieldDef;
  value: UiValue;
  error?: string;
  requiredWord: string;
  onInput: (value: UiValue) => void;
  /** A date input's bounds, ISO. */
  min?: string;
  max?: string;
  /** The words of a dropdown's blank choice, when blank means more than "nothing" (Personal: worked out). */
  blankLabel?: string;
  /** A picked field's choices (`FieldDef.pick`): the account's people, divisions, offerings… */
  options?: readonly string[];
  /** The blank choice of a picked select ("— nobody —" for "Reports to"). */
  noneLabel?: string;
}

export function Field(props: FieldProps) {
  const { id, field, value, error, requiredWord, onInput, blankLabel } = props;
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const describedBy = error ? `${errorId} ${helpId}` : helpId;
  const text = typeof value === 'string' ? value : '';
  const common = {
    id,
    name: field.key,
    'aria-describedby': describedBy,
    'aria-invalid': error ? true : undefined,
    'aria-required': field.required || undefined,
  };
  const label = (
    <>
      {field.label}
      {field.required ? <span class="req"> ({requiredWord})</span> : null}
    </>
  );
  if (field.type === 'multiChoice') {
    const keys = Array.isArray(value) ? value : [];
    return (
      <fieldset class={error ? 'field invalid' : 'field'} aria-describedby={describedBy}>
        <legend>{label}</legend>
        {field.choices?.map((c) => (
          <label class="check" key={c.key}>
            <input
              type="checkbox"
              checked={keys.includes(c.key)}
              onChange={(e) =>
                onInput(
                  (e.currentTarget as HTMLInputElement).checked
                    ? [...keys, c.key]
                    : keys.filter((k) => k !== c.key),
                )
              }
            />
            {c.label}
          </label>
        ))}
        <Notes helpId={helpId} errorId={errorId} field={field} error={error} />
      </fieldset>
    );
  }
  const read = (e: Event) => onInput((e.currentTarget as HTMLInputElement).value);
  // No maxLength on text inputs: the browser would cut a longer paste without a word; the
  // form's check names the field and its cap instead (TEXT_LIMITS).
  let control: JSX.Element;
  const options = props.options;
  if (options && (field.pick === 'people' || field.pick === 'offerings')) {
    // Picked from the account's own list; a value typed in the sheet stays a choice.
    const all = text === '' || options.includes(text) ? options : [text, ...options];
    control = (
      <select {...common} value={text} onChange={read}>
        <option value="">{props.noneLabel ?? '—'}</option>
        {all.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    );
  } else if (options) {
    control = (
      <>
        <input {...common} type="text" list={`${id}-list`} value={text} onInput={read} />
        <datalist id={`${id}-list`}>
          {options.map((o) => (
            <option key={o} value={o} />
          ))}
        </datalist>
      </>
    );
  } else
    switch (field.type) {
      case 'longText':
        control = <textarea {...common} rows={3} value={text} onInput={read} />;
        break;
      case 'choice':
      case 'yesNo': {
        const choices = field.choices ?? [];
        control = (
          <select {...common} value={text} onChange={read}>
            <option value="">{blankLabel ?? '—'}</option>
            {choices.map((c) => (
              <option key={c.key} value={c.key}>
                {c.label}
              </option>
            ))}
          </select>
        );
        break;
      }
      case 'date':
        control = (
          <input
            {...common}
            type="date"
            min={props.min}
            max={props.max}
            value={text}
            onInput={read}
            onChange={read}
          />
        );
        break;
      case 'number':
      case 'money':
        control = <input {...common} type="text" inputMode="decimal" value={text} onInput={read} />;
        break;
      case 'email':
        control = <input {...common} type="email" value={text} onInput={read} />;
        break;
      default:
        control = <input {...common} type="text" value={text} onInput={read} />;
    }
  return (
    <div class={error ? 'field invalid' : 'field'}>
      <label for={id}>{label}</label>
      {control}
      <Notes helpId={helpId} errorId={errorId} field={field} error={error} />
    </div>
  );
}

function Notes(props: { helpId: string; errorId: string; field: FieldDef; error?: string }) {
  return (
    <>
      {props.error ? (
        <p class="error" id={props.errorId}>
          {props.error}
        </p>
      ) : null}
      <p class="help" id={props.helpId} title={props.field.rules}>
        {props.field.help}
      </p>
    </>
  );
}
