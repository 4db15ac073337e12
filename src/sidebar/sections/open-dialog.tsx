// A button that asks the server to open a dialog (the relationship map, the whitespace map,
// the account brief): one call; a refusal shows in the banner like a save's.
import type { OpenResult } from '../../dossier/map-types';
import type { SectionProps } from '../section-props';

export function OpenDialog(
  props: SectionProps & { label: string; id: string; open: () => Promise<OpenResult> },
) {
  const { m, busy } = props;
  const click = async () => {
    props.notify({ kind: 'info', text: m.opening });
    try {
      const result = await props.open();
      props.notify(result.ok ? null : { kind: 'error', text: result.message });
    } catch (error) {
      props.notify({
        kind: 'error',
        text: m.callFailed(String((error as Error)?.message ?? error)),
      });
    }
  };
  return (
    <button
      type="button"
      id={props.id}
      class="secondary"
      disabled={busy}
      onClick={() => void click()}
    >
      {props.label}
    </button>
  );
}
