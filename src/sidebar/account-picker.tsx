// The account picker at the top of the sidebar: the accounts the user may open (R3.5). A large
// workbook's load leaves the list out (it reads Accounts for the one account shown): the list
// comes with its own call as soon as the dossier shows, the account shown standing alone until then.
import { useEffect, useRef } from 'preact/hooks';
import type { AccountChoice, DossierState, Failure } from '../dossier/types';
import type { Messages } from '../i18n';
import { api } from './server';

export interface AccountPickerProps {
  state: DossierState;
  m: Messages['sidebar'];
  busy: boolean;
  /** Opens another account. */
  pick: (id: string) => void;
  /** Keeps the list once it came. */
  listed: (accounts: AccountChoice[]) => void;
  refused: (failure: Failure) => void;
  failed: (error: unknown) => void;
}

export function AccountPicker(props: AccountPickerProps) {
  const { state, m } = props;
  const asking = useRef(false);
  useEffect(() => {
    if (state.accounts !== null || asking.current) return;
    asking.current = true;
    api
      .listAccounts()
      .then((result) => (result.ok ? props.listed(result.accounts) : props.refused(result)))
      .catch(props.failed)
      .finally(() => {
        asking.current = false;
      });
  }, [state]);
  const account = state.account;
  const shown = state.accounts ?? (account ? [{ id: account.id, client: account.client }] : []);
  return (
    <>
      <label for="kam-account">{m.account}</label>
      <select
        id="kam-account"
        value={account?.id ?? ''}
        disabled={props.busy}
        onChange={(e) => {
          const id = (e.currentTarget as HTMLSelectElement).value;
          if (id) props.pick(id);
        }}
      >
        <option value="">{m.pickAccount}</option>
        {shown.map((a) => (
          <option key={a.id} value={a.id}>
            {a.id} · {a.client}
          </option>
        ))}
        {state.accounts === null ? <option disabled>{m.loadingRows}</option> : null}
      </select>
      {state.accounts?.length === 0 ? <p class="muted">{m.noAccounts}</p> : null}
    </>
  );
}
