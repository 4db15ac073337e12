// What the sidebar sends with each save (google.script.run): plain objects of primitives, the
// rows named by the keys they were loaded with. The server checks every part (validate.ts).
import type { LazySection, RemovableSheet, RowSheet, Values } from './types';

/** kamLoadSection: a lazy section's rows of one account, fetched when the section opens. */
export interface LoadSectionPayload {
  accountId: string;
  section: LazySection;
}

/**
 * Every save carries a request id, made by the sidebar for each save and sent again with a
 * retry of the same save: kept in Change history, it lets the server answer a retry of a save
 * it already wrote without writing it twice. 8–64 letters, digits, "-" or "_".
 */
export interface RequestIdentified {
  requestId?: string;
}

export interface SaveDossierPayload extends RequestIdentified {
  accountId: string;
  /** The Dossier row's key as loaded: a save is refused when that row changed since. */
  key: string;
  /** Only the fields that changed. */
  values: Values;
}

export interface SaveRowPayload extends RequestIdentified {
  accountId: string;
  sheet: RowSheet;
  /** null adds a row; a key edits the item loaded with it. */
  key: string | null;
  values: Values;
}

export interface RemoveRowPayload extends RequestIdentified {
  accountId: string;
  sheet: RemovableSheet;
  key: string;
}

export interface LogContactPayload extends RequestIdentified {
  accountId: string;
  values: Values;
  /** The user saw the R5.2 warning and chose to log a personal contact inside a pause. */
  confirmPause: boolean;
}

export interface SaveContactPayload extends RequestIdentified {
  accountId: string;
  /** The contact's key as loaded. */
  key: string;
  /** Only the fields that changed. */
  values: Values;
  /** As for a new contact: the user saw the R5.2 warning and saves anyway. */
  confirmPause: boolean;
  /** Why a contact on record (a broken pause, R5.2) is changed; "" for any other contact. */
  reason: string;
}

export interface RemoveContactPayload extends RequestIdentified {
  accountId: string;
  key: string;
  /** Why a contact on record is removed; "" for any other contact. */
  reason: string;
}

export interface MarkReviewedPayload extends RequestIdentified {
  accountId: string;
  /** What changed in the dossier (required). */
  note: string;
  /** The day of the review, ISO; left out, today. Never after today nor before the last review. */
  date?: string;
}
