// google.script.run as promises, typed from the server's endpoints (one signature, written once).

import type {
  LogContactPayload,
  MarkReviewedPayload,
  RemoveRowPayload,
  SaveDossierPayload,
  SaveRowPayload,
} from '../dossier/types';
import type * as Endpoints from '../server/dossier/endpoints';

type Result = ReturnType<typeof Endpoints.loadDossier>;

interface Runner {
  withSuccessHandler(handler: (value: unknown, userObject?: unknown) => void): Runner;
  withFailureHandler(handler: (error: Error, userObject?: unknown) => void): Runner;
  withUserObject(userObject: unknown): Runner;
  [endpoint: string]: unknown;
}

declare const google: { script: { run: Runner } };

function run(endpoint: string, arg: unknown): Promise<Result> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as Result))
      .withFailureHandler((error) => reject(error));
    (runner[endpoint] as (arg: unknown) => void)(arg);
  });
}

/** The endpoints the sidebar calls: one per load, one per save. */
export const api = {
  load: (accountId: string | null) => run('kamLoadDossier', accountId),
  saveDossier: (p: SaveDossierPayload) => run('kamSaveDossier', p),
  saveRow: (p: SaveRowPayload) => run('kamSaveRow', p),
  removeRow: (p: RemoveRowPayload) => run('kamRemoveRow', p),
  logContact: (p: LogContactPayload) => run('kamLogContact', p),
  markReviewed: (p: MarkReviewedPayload) => run('kamMarkReviewed', p),
};

export type { Result };
