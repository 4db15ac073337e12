// The bar at the foot of a form, kept in view while the form scrolls (a 2,000-px General
// section included): which fields are not saved yet, Save, and Cancel where a form can close.
import type { Messages } from '../i18n';

export function SaveBar(props: {
  m: Messages['sidebar'];
  busy: boolean;
  /** Labels of the fields changed and not saved yet. */
  unsaved: readonly string[];
  saveLabel?: string;
  onCancel?: () => void;
}) {
  const { m, busy, unsaved } = props;
  return (
    <div class="savebar">
      <p class={unsaved.length > 0 ? 'unsaved' : 'unsaved none'} aria-live="polite">
        {unsaved.length > 0 ? m.unsaved(unsaved.join(', ')) : m.noUnsaved}
      </p>
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {props.saveLabel ?? m.save}
        </button>
        {props.onCancel ? (
          <button type="button" class="secondary" onClick={props.onCancel}>
            {m.cancel}
          </button>
        ) : null}
      </div>
    </div>
  );
}
