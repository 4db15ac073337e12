// google.script.run as promises, typed from the server's endpoints object (`Endpoints`): a
// wrong endpoint name or payload fails the type-check. The only import from src/server.
import type { Endpoints } from '../server/endpoints';

interface Runner {
  withSuccessHandler(handler: (value: unknown) => void): Runner;
  withFailureHandler(handler: (error: Error) => void): Runner;
}

declare const google: { script: { run: Runner } };

/** Calls an endpoint; resolves with what it returns, rejects when the call itself fails. */
function call<K extends keyof Endpoints>(
  name: K,
  ...args: Parameters<Endpoints[K]>
): Promise<ReturnType<Endpoints[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<Endpoints[K]>))
      .withFailureHandler((error) => reject(error)) as Runner &
      Record<K, (...a: Parameters<Endpoints[K]>) => void>;
    runner[name](...args);
  });
}

type SaveName =
  | 'kamSaveDossier'
  | 'kamSaveRow'
  | 'kamRemoveRow'
  | 'kamLogContact'
  | 'kamSaveContact'
  | 'kamRemoveContact'
  | 'kamMarkReviewed';

/** A fresh request id: a random UUID where the browser has one, else 128 random bits in hex. */
function newRequestId(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  const bytes = new Uint8Array(16);
  if (typeof c?.getRandomValues === 'function') c.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The request id of each save not yet answered "saved", by what it sends: a retry reuses it. */
const unanswered = new Map<string, string>();

/**
 * Sends a save with a request id: a new one for a new save, the same one when the very same
 * save is sent again after a failure or a lost answer, so the server writes it once (the id
 * is kept in Change history). Once answered "saved", the next identical save is a new one.
 */
function save<K extends SaveName>(name: K, payload: Parameters<Endpoints[K]>[0]) {
  const key = `${name}:${JSON.stringify(payload)}`;
  const requestId = unanswered.get(key) ?? newRequestId();
  unanswered.set(key, requestId);
  const sent = { ...payload, requestId } as Parameters<Endpoints[K]>[0];
  return (call as (n: K, p: typeof sent) => Promise<ReturnType<Endpoints[K]>>)(name, sent).then(
    (result) => {
      if ((result as { ok: boolean }).ok) unanswered.delete(key);
      return result;
    },
  );
}

/**
 * The endpoints the sidebar calls: one per load, one per lazy section opened, the list of
 * accounts of a large workbook, one per save.
 */
export const api = {
  load: (...a: Parameters<Endpoints['kamLoadDossier']>) => call('kamLoadDossier', ...a),
  loadSection: (p: Parameters<Endpoints['kamLoadSection']>[0]) => call('kamLoadSection', p),
  listAccounts: () => call('kamListAccounts'),
  saveDossier: (p: Parameters<Endpoints['kamSaveDossier']>[0]) => save('kamSaveDossier', p),
  saveRow: (p: Parameters<Endpoints['kamSaveRow']>[0]) => save('kamSaveRow', p),
  removeRow: (p: Parameters<Endpoints['kamRemoveRow']>[0]) => save('kamRemoveRow', p),
  logContact: (p: Parameters<Endpoints['kamLogContact']>[0]) => save('kamLogContact', p),
  saveContact: (p: Parameters<Endpoints['kamSaveContact']>[0]) => save('kamSaveContact', p),
  removeContact: (p: Parameters<Endpoints['kamRemoveContact']>[0]) => save('kamRemoveContact', p),
  markReviewed: (p: Parameters<Endpoints['kamMarkReviewed']>[0]) => save('kamMarkReviewed', p),
  openMap: (...a: Parameters<Endpoints['kamOpenMap']>) => call('kamOpenMap', ...a),
  openBrief: (...a: Parameters<Endpoints['kamOpenBrief']>) => call('kamOpenBrief', ...a),
};
