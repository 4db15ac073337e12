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
import { NEEDS } from './platform/scopes';

/**
 * The endpoints, each building its Platform when Apps Script calls it and asking first for
 * the scopes the sidebar needs: with one not granted, Google ends the call and asks again,
 * rather than the sidebar saying "no access" for want of the user's e-mail.
 */
export function endpointsOf(platform: () => Platform) {
  const granted = () => {
    const p = platform();
    p.consent.ensure(NEEDS.endpoints);
    return p;
  };
  return {
    kamLoadDossier: (accountId: string | null): Result => loadDossier(granted(), accountId),
    kamSaveDossier: (payload: SaveDossierPayload): SaveResult => saveDossier(granted(), payload),
    kamSaveRow: (payload: SaveRowPayload): SaveResult => saveRow(granted(), payload),
    kamRemoveRow: (payload: RemoveRowPayload): SaveResult => removeRow(granted(), payload),
    kamLogContact: (payload: LogContactPayload): SaveResult => logContact(granted(), payload),
    kamMarkReviewed: (payload: MarkReviewedPayload): SaveResult => markReviewed(granted(), payload),
  };
}

export type Endpoints = ReturnType<typeof endpointsOf>;
