// What the map dialog and the account brief receive in their one google.script.run call after
// they open: plain data the server computed with the rules (R3.3, R5.1, R5.2, R6.2, R4.1); the
// dialogs only lay it out and draw it. Dates as ISO text.
import type { Attitude, Level, Role } from '../core/coverage';
import type { RhythmKind } from '../core/person-rhythm';
import type { WhitespaceMatrix } from '../core/whitespace';
import type { Lang } from '../i18n';
import type { AccountView, Failure } from './types';

/** One person of the decision group: a node of the map, however many rows (roles) they have. */
export interface MapPerson {
  /** The name as compared (trimmed, lower-case): the node's id. */
  id: string;
  name: string;
  position: string;
  /** "" when no division is named. */
  division: string;
  /** R3.3: every role of the person's rows, in the order of R3.3. */
  roles: Role[];
  attitude: Attitude | null;
  influence: Level | null;
  /** The id of the person they report to, on the drawn hierarchy (no loop), or null. */
  reportsTo: string | null;
  /** The colleague of ours who owns the relationship (e-mail), or "". */
  ourContact: string;
  /** R5.1, R6.2: days since our last contact with them, and its colour. */
  rhythm: { kind: RhythmKind; last: string | null; days: number | null };
  /** The key of the person's first row, to open it in the sidebar. */
  rowKey: string;
}

/** A lane of the map: a division of the client (R6.2: every division). */
export interface MapDivision {
  /** "" for the people whose division is not named. */
  name: string;
  people: number;
  /** R6.2: nobody of the division was in contact within the review interval. */
  silent: boolean;
}

/** A colleague of ours on the side band, with the people they were in contact with lately. */
export interface MapColleague {
  email: string;
  /** Ids of the people they had a contact with within the review interval (R6.2). */
  contacted: string[];
  /** Ids of the people whose relationship they own ("Our contact"). */
  owns: string[];
}

export interface MapData {
  lang: Lang;
  today: string;
  account: { id: string; client: string; manager: string };
  people: MapPerson[];
  divisions: MapDivision[];
  /** R3.3: roles nobody of the group holds. */
  rolesUncovered: Role[];
  /** R3.3: "Reports to" loops, each as names going up and back to the first. */
  cycles: string[][];
  /** The lines of those loops left out of the drawn hierarchy: [person id, manager id]. */
  cut: [string, string][];
  /** "Reports to" naming nobody of the group: drawn without a manager. */
  unknownManagers: { person: string; reportsTo: string }[];
  colleagues: MapColleague[];
  /** R5.2: the account's pause in force today, if any: every person carries its marker. */
  pause: { negative: string; until: string } | null;
  /** The windows the colours follow: R5.1 days and warning, R6.2 months. */
  windows: { everyDays: number; soonDays: number; months: number };
  /** R4.1, R3.4, R6.2: divisions × offerings. */
  whitespace: WhitespaceMatrix;
  /** Whether the account has any offering listed in Settings. */
  hasOfferings: boolean;
}

/** A Change history line of the account since its last review (R3.6: what changed). */
export interface BriefChange {
  when: string;
  who: string;
  sheet: string;
  field: string;
  old: string;
  now: string;
}

/** The account brief (R4.3): the whole dossier, both maps, the review and what changed. */
export interface BriefData {
  map: MapData;
  view: AccountView;
  /** The sidebar's field definitions, for labels and choice words. */
  fields: import('./types').DossierState['fields'];
  tier: string;
  changes: BriefChange[];
  /** More lines than shown. */
  moreChanges: number;
}

export type MapResult = { ok: true; map: MapData; view: 'people' | 'whitespace' } | Failure;
export type BriefResult = { ok: true; brief: BriefData } | Failure;
/** What opening a dialog answers: nothing but whether it opened. */
export type OpenResult = { ok: true } | Failure;

export interface OpenMapPayload {
  accountId: string;
  view: 'people' | 'whitespace';
}

export interface OpenPersonPayload {
  accountId: string;
  /** The person's row key, as the map received it. */
  key: string;
}
