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

/** The endpoints the sidebar calls: one per load, one per save. */
export const api = {
  load: (...a: Parameters<Endpoints['kamLoadDossier']>) => call('kamLoadDossier', ...a),
  saveDossier: (...a: Parameters<Endpoints['kamSaveDossier']>) => call('kamSaveDossier', ...a),
  saveRow: (...a: Parameters<Endpoints['kamSaveRow']>) => call('kamSaveRow', ...a),
  removeRow: (...a: Parameters<Endpoints['kamRemoveRow']>) => call('kamRemoveRow', ...a),
  logContact: (...a: Parameters<Endpoints['kamLogContact']>) => call('kamLogContact', ...a),
  saveContact: (...a: Parameters<Endpoints['kamSaveContact']>) => call('kamSaveContact', ...a),
  removeContact: (...a: Parameters<Endpoints['kamRemoveContact']>) =>
    call('kamRemoveContact', ...a),
  markReviewed: (...a: Parameters<Endpoints['kamMarkReviewed']>) => call('kamMarkReviewed', ...a),
  openMap: (...a: Parameters<Endpoints['kamOpenMap']>) => call('kamOpenMap', ...a),
  openBrief: (...a: Parameters<Endpoints['kamOpenBrief']>) => call('kamOpenBrief', ...a),
};
