// Every function the sidebar may call through google.script.run, as one object: the sidebar's
// client is typed from it (`Endpoints`), so a wrong name or payload fails the type-check.
// index.ts hands each one to Apps Script's global scope.
import type {
  LogContactPayload,
  MarkReviewedPayload,
  RemoveContactPayload,
  RemoveRowPayload,
  SaveContactPayload,
  SaveDossierPayload,
  SaveRowPayload,
} from '../dossier/payloads';
import type { Result, SaveResult } from '../dossier/types';
import { removeContact, saveContact } from './dossier/contact-endpoints';
import { loadDossier, logContact, markReviewed, saveDossier } from './dossier/endpoints';
import { removeRow, saveRow } from './dossier/row-endpoints';
import type { Platform } from './platform/platform';

/** The endpoints, each building its Platform when Apps Script calls it. */
export function endpointsOf(platform: () => Platform) {
  return {
    kamLoadDossier: (accountId: string | null): Result => loadDossier(platform(), accountId),
    kamSaveDossier: (payload: SaveDossierPayload): SaveResult => saveDossier(platform(), payload),
    kamSaveRow: (payload: SaveRowPayload): SaveResult => saveRow(platform(), payload),
    kamRemoveRow: (payload: RemoveRowPayload): SaveResult => removeRow(platform(), payload),
    kamLogContact: (payload: LogContactPayload): SaveResult => logContact(platform(), payload),
    kamSaveContact: (payload: SaveContactPayload): SaveResult => saveContact(platform(), payload),
    kamRemoveContact: (payload: RemoveContactPayload): SaveResult =>
      removeContact(platform(), payload),
    kamMarkReviewed: (payload: MarkReviewedPayload): SaveResult =>
      markReviewed(platform(), payload),
  };
}

export type Endpoints = ReturnType<typeof endpointsOf>;
