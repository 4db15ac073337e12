// The sections whose rows the load leaves out (Plan, Whitespace: nothing on the first screen
// needs them): fetched with one call when the section opens, merged into the account like a
// save's patch; a failure goes to the banner and the section offers to ask again.
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  type AccountPatch,
  type DossierState,
  type Failure,
  isLazySection,
  type SectionKey,
} from '../dossier/types';
import { api } from './server';

/** The state with a patch merged into its account, when that is still the account shown. */
export function withPatch(state: DossierState | null, patch: AccountPatch): DossierState | null {
  return state?.account && state.account.id === patch.id
    ? { ...state, account: { ...state.account, ...patch } }
    : state;
}

export interface LazyHandlers {
  /** Merges the rows fetched into the account shown (when it is still the one asked about). */
  merge: (patch: AccountPatch) => void;
  /** The server refused: its words in the banner. */
  refused: (failure: Failure) => void;
  /** The call itself failed. */
  failed: (error: unknown) => void;
}

/** How the open section's fetch stands, for the section to show. */
export interface LazyState {
  /** The last fetch of the open section's rows failed: they are not shown. */
  failed: boolean;
  /** Asks for them again. */
  retry: () => void;
}

/**
 * Fetches the open section's rows when it is a lazy one the account does not hold yet: once
 * per account and load (a reload or another account asks again), never twice at once.
 */
export function useLazySection(
  state: DossierState | null,
  section: SectionKey,
  handlers: LazyHandlers,
): LazyState {
  const asking = useRef<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const account = state?.account ?? null;
  const missing =
    account && isLazySection(section) && account[section] === undefined ? section : null;
  const wanted = account && missing ? `${account.id}\n${missing}` : null;
  useEffect(() => {
    if (!account || !missing || !wanted || asking.current === wanted) return;
    asking.current = wanted;
    setFailed(null);
    const fail = () => setFailed(wanted);
    api
      .loadSection({ accountId: account.id, section: missing })
      .then((result) => {
        if (result.ok) handlers.merge(result.patch);
        else {
          fail();
          handlers.refused(result);
        }
      })
      .catch((error: unknown) => {
        fail();
        handlers.failed(error);
      })
      .finally(() => {
        if (asking.current === wanted) asking.current = null;
      });
  }, [missing, account, attempt]);
  return { failed: wanted !== null && failed === wanted, retry: () => setAttempt((n) => n + 1) };
}
