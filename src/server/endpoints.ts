// Every function the sidebar may call through google.script.run, as one object: the sidebar's
// client is typed from it (`Endpoints`), so a wrong name or payload fails the type-check.
// index.ts hands each one to Apps Script's global scope.
import type {
  LogContactPayload,
  MarkReviewedPayload,
  RemoveRowPayload,
  Result,
  SaveDossierPayload,
  SaveResult,
  SaveRowPayload,
} from '../dossier/types';
import { loadDossier, logContact, markReviewed, saveDossier } from './dossier/endpoints';
import { removeRow, saveRow } from './dossier/row-endpoints';
import type { Platform } from './platform/platform';

/**
 * The endpoints, each building its Platform when Apps Script calls it. Each asks for the
 * scopes it needs when it meets their want (dossier/endpoints.ts `respond`, dossier/access.ts),
 * so the usual call spends no service call on it.
 */
export function endpointsOf(platform: () => Platform) {
  return {
    kamLoadDossier: (accountId: string | null): Result => loadDossier(platform(), accountId),
    kamSaveDossier: (payload: SaveDossierPayload): SaveResult => saveDossier(platform(), payload),
    kamSaveRow: (payload: SaveRowPayload): SaveResult => saveRow(platform(), payload),
    kamRemoveRow: (payload: RemoveRowPayload): SaveResult => removeRow(platform(), payload),
    kamLogContact: (payload: LogContactPayload): SaveResult => logContact(platform(), payload),
    kamMarkReviewed: (payload: MarkReviewedPayload): SaveResult =>
      markReviewed(platform(), payload),
  };
}

export type Endpoints = ReturnType<typeof endpointsOf>;
