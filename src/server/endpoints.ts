// Every function the sidebar may call through google.script.run, as one object: the sidebar's
// client is typed from it (`Endpoints`), so a wrong name or payload fails the type-check.
// index.ts hands each one to Apps Script's global scope.
import type {
  BriefResult,
  MapResult,
  OpenMapPayload,
  OpenPersonPayload,
  OpenResult,
} from '../dossier/map-types';
import type {
  LoadSectionPayload,
  LogContactPayload,
  MarkReviewedPayload,
  RemoveContactPayload,
  RemoveRowPayload,
  SaveContactPayload,
  SaveDossierPayload,
  SaveRowPayload,
} from '../dossier/payloads';
import type { AccountsResult, Result, SaveResult, SectionResult } from '../dossier/types';
import { removeContact, saveContact } from './dossier/contact-endpoints';
import {
  listAccounts,
  loadDossier,
  loadSection,
  logContact,
  markReviewed,
  saveDossier,
} from './dossier/endpoints';
import { removeRow, saveRow } from './dossier/row-endpoints';
import { briefData, mapData, openBrief, openMap, openPerson } from './maps/dialogs';
import type { Platform } from './platform/platform';

/**
 * The endpoints, each building its Platform when Apps Script calls it. Each asks for the
 * scopes it needs when it meets their want (dossier/endpoints.ts `respond`, dossier/access.ts),
 * so the usual call spends no service call on it.
 */
export function endpointsOf(platform: () => Platform) {
  return {
    kamLoadDossier: (accountId: string | null): Result => loadDossier(platform(), accountId),
    kamLoadSection: (payload: LoadSectionPayload): SectionResult =>
      loadSection(platform(), payload),
    kamListAccounts: (): AccountsResult => listAccounts(platform()),
    kamSaveDossier: (payload: SaveDossierPayload): SaveResult => saveDossier(platform(), payload),
    kamSaveRow: (payload: SaveRowPayload): SaveResult => saveRow(platform(), payload),
    kamRemoveRow: (payload: RemoveRowPayload): SaveResult => removeRow(platform(), payload),
    kamLogContact: (payload: LogContactPayload): SaveResult => logContact(platform(), payload),
    kamSaveContact: (payload: SaveContactPayload): SaveResult => saveContact(platform(), payload),
    kamRemoveContact: (payload: RemoveContactPayload): SaveResult =>
      removeContact(platform(), payload),
    kamMarkReviewed: (payload: MarkReviewedPayload): SaveResult =>
      markReviewed(platform(), payload),
    // The map and brief dialogs: the sidebar opens one, the dialog loads its data, a person
    // clicked on the map opens in the sidebar.
    kamOpenMap: (payload: OpenMapPayload): OpenResult => openMap(platform(), payload),
    kamOpenBrief: (payload: { accountId: string }): OpenResult => openBrief(platform(), payload),
    kamMapData: (): MapResult => mapData(platform()),
    kamBriefData: (): BriefResult => briefData(platform()),
    kamOpenPerson: (payload: OpenPersonPayload): OpenResult => openPerson(platform(), payload),
  };
}

export type Endpoints = ReturnType<typeof endpointsOf>;
