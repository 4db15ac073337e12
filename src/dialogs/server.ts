// google.script.run for the dialogs, typed from the server's endpoints object like the
// sidebar's (`Endpoints`); google.script.host closes the dialog. The only import from src/server.
import type { Endpoints } from '../server/endpoints';

interface Runner {
  withSuccessHandler(handler: (value: unknown) => void): Runner;
  withFailureHandler(handler: (error: Error) => void): Runner;
}

declare const google: { script: { run: Runner; host: { close(): void } } };

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

export const api = {
  mapData: () => call('kamMapData'),
  briefData: () => call('kamBriefData'),
  openPerson: (...a: Parameters<Endpoints['kamOpenPerson']>) => call('kamOpenPerson', ...a),
};

/** Closes the dialog (google.script.host.close). */
export function closeDialog(): void {
  google.script.host.close();
}
