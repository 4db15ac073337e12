// What crosses between the dossier sidebar and its endpoints (google.script.run): plain
// objects of primitives only, dates as ISO "YYYY-MM-DD" text. The sidebar imports these types.
import type { Severity } from '../core/account-check';
import type { Lang } from '../i18n';
import type { Failure } from './failure';

export type { ChangeMark, Failure, ProblemCode } from './failure';

/** The form sections of the sidebar, one per part of the method. */
export type SectionKey =
  | 'general'
  | 'ourView'
  | 'decisionGroup'
  | 'competitors'
  | 'contacts'
  | 'plan'
  | 'whitespace'
  | 'review';

/** A form control's kind, from the template's column type. */
export type FieldType =
  | 'text'
  | 'longText'
  | 'number'
  | 'money'
  | 'date'
  | 'choice'
  | 'multiChoice'
  | 'email'
  | 'yesNo';

/** One form field, built from the template's column (one definition for sheet and form). */
export interface FieldDef {
  key: string;
  label: string;
  /** The hint under the input, in plain words. */
  help: string;
  /** The rules of the method the field follows, for the hint's hover ("The method's rules R5.1"). */
  rules?: string;
  type: FieldType;
  required: boolean;
  choices?: { key: string; label: string }[];
  maxLength?: number;
  /**
   * The value is picked from the account's own data rather than a fixed list: "Reports to" from
   * its people (R3.3), a whitespace row's division, offering (Settings, R4.1) or competitor.
   */
  pick?: PickList;
}

/** Where a picked field's choices come from (`FieldDef.pick`). */
export type PickList = 'people' | 'divisions' | 'offerings' | 'competitors';

/**
 * A field's value on the wire: text, e-mail and choice keys as strings (blank ""), numbers
 * as numbers, dates as ISO text, multi-choice as a list of keys, yes/no as a boolean; null
 * is blank for every type.
 */
export type FieldValue = string | number | boolean | string[] | null;

export type Values = Record<string, FieldValue>;

/**
 * A row of a list section. `key` is the row's fingerprint (its values, and which of
 * identical rows it is): an edit or a removal names the row it was loaded from, so it can
 * never land on another row after someone inserted or removed rows above it.
 */
export interface Item {
  key: string;
  values: Values;
}

/** The list sheets a row can be saved to, and the ones a row can be removed from. */
export type RowSheet = 'decisionGroup' | 'competitors' | 'plan' | 'whitespace';
export type RemovableSheet = 'decisionGroup' | 'plan' | 'whitespace';

export interface AccountChoice {
  id: string;
  client: string;
}

export interface FindingView {
  severity: Severity;
  text: string;
  /** The rules it follows, for a hover ("The method's rules R3.6"). */
  rules: string;
}

export interface AccountView {
  id: string;
  client: string;
  manager: string;
  supervisor: string;
  /** General information (R3.1) and the view from our side (R3.2). */
  dossier: Values;
  /** The Dossier row's fingerprint as loaded ("" when the account has none yet). */
  dossierKey: string;
  people: Item[];
  competitors: Item[];
  /** Newest first, at most `CONTACTS_SHOWN`. */
  contacts: Item[];
  contactCount: number;
  plan: Item[];
  /** R4.1, R3.4, R6.2: the whitespace rows, one per division and offering. */
  whitespace: Item[];
  /** Newest first. */
  reviews: Item[];
  coverage: {
    /** Role labels nobody holds (R3.3), supporter and opponent left to `attitudes`. */
    rolesUncovered: string[];
    /** How many people stand for us, are neutral, stand against us (R3.3), by attitude or role. */
    attitudes: { supporter: number; neutral: number; opponent: number };
    /** Divisions with nobody in contact lately (R6.2). */
    divisionsWithoutContact: string[];
    strongOpponents: string[];
    noSupporter: boolean;
  };
  contact: {
    kind: string;
    lastPositive: string | null;
    /** R5.1/R5.2: next day a positive personal contact is due. */
    nextPositiveDue: string | null;
    /** The R5.2 pause in force today, if any. */
    pause: { negative: string; until: string; breach: string | null } | null;
    /** Every negative contact's day, so the form can warn for any date (R5.2). */
    negatives: string[];
    pauseDays: number;
    /** R5.1: days between positive contacts (Settings). */
    everyDays: number;
    /**
     * Keys of the contacts without which a broken pause would no longer show (R5.2): editing
     * or removing one needs a reason, and the breach stays on record (R4.3).
     */
    onRecord: string[];
  };
  review: {
    kind: string;
    last: string | null;
    /** R3.6: next review due. */
    nextDue: string | null;
    /** R3.6: months between reviews (Settings). */
    months: number;
  };
  findings: FindingView[];
}

/**
 * Sections whose rows come with their own call when they open (kamLoadSection), not with the
 * load: the first screen (findings, status, General) needs none of them.
 */
export const LAZY_SECTIONS = ['plan', 'whitespace'] as const satisfies readonly SectionKey[];
export type LazySection = (typeof LAZY_SECTIONS)[number];
export const isLazySection = (section: SectionKey): section is LazySection =>
  (LAZY_SECTIONS as readonly string[]).includes(section);

/** An account as the sidebar holds it: the lazy sections' rows absent until their section opens. */
export type LoadedView = Omit<AccountView, LazySection> & Partial<Pick<AccountView, LazySection>>;

export interface DossierState {
  lang: Lang;
  today: string;
  /** The active user's e-mail, or "" when Apps Script does not tell it. */
  user: string;
  /** The accounts the user may open; null in a large workbook, whose list has its own call. */
  accounts: AccountChoice[] | null;
  account: LoadedView | null;
  /** Why no account is shown (the selected row's account is not the user's, R3.5). */
  notice: string | null;
  fields: Record<SectionKey, FieldDef[]>;
  /** Our offerings, from the Settings list (R4.1): what a whitespace row picks from. */
  offerings: string[];
  /** A row to open at once: the person clicked on the relationship map. */
  focus: { section: SectionKey; key: string } | null;
}

/** What loading an account answers: the whole state. */
export type Result = { ok: true; state: DossierState } | Failure;

/**
 * What a save changed in the account's view: the parts it read again (a General save reads
 * only Accounts and Dossier; a contact, person, competitor or review also refreshes the
 * status parts). The sidebar merges it into the state it shows.
 */
export type AccountPatch = Pick<AccountView, 'id'> & Partial<AccountView>;

/**
 * What a save answers. `warning` says what did not finish after the save itself was written
 * ("Saved, but refreshing the statuses failed: …"): the save stands, so it is never retried.
 */
export type SaveResult = { ok: true; patch: AccountPatch; warning?: string } | Failure;

/** What fetching a lazy section answers: the account's rows of that section, as a patch. */
export type SectionResult = { ok: true; patch: AccountPatch } | Failure;

/** What fetching the list of accounts answers (kamListAccounts, a large workbook's picker). */
export type AccountsResult = { ok: true; accounts: AccountChoice[] } | Failure;

/** The most contacts a state carries (newest first); the sheet keeps them all. */
export const CONTACTS_SHOWN = 30;

/**
 * The most characters a field takes, by kind: a name or title, a long text, an e-mail (RFC
 * 5321's 254). Far below a cell's 50,000 (Sheets) and 32,767 (Excel), so that whatever KAM
 * derives from them (flags, notes, History) fits too; the form and the server check the same.
 */
export const TEXT_LIMITS = { text: 200, longText: 20_000, email: 254 } as const;
