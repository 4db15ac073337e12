// The whole emulated world as plain JSON data (spreadsheets, properties, caches, triggers, clock),
// so snapshot() is JSON.stringify and restore() is JSON.parse; service classes are views over it.

/** A cell error such as #ERROR! or #REF!, with the message Sheets shows on hover. */
export interface CellError {
  e: string;
  m: string;
}

/** What a cell holds after Sheets parsed the input: dates are serial numbers with a date format. */
export type Stored = number | string | boolean | CellError | null;

/** A sparse grid: rows[r][c], 0-based; a missing row, hole or null means "not set". */
export type Layer<T> = (T | null)[][];

export interface ValidationState {
  criteria: string;
  /** Dates as {d: ms}, ranges as {range: {sheetId, a1}}; everything else as given. */
  values: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

export interface ProtectionState {
  id: number;
  kind: 'RANGE' | 'SHEET';
  /** For RANGE: 0-based inclusive bounds. */
  r1: number;
  c1: number;
  r2: number;
  c2: number;
  description: string;
  warningOnly: boolean;
  editors: string[];
  domainEdit: boolean;
  unprotected: { r1: number; c1: number; r2: number; c2: number }[];
}

export interface SpillState {
  rows: number;
  cols: number;
}

export interface SheetState {
  id: number;
  name: string;
  maxRows: number;
  maxCols: number;
  values: Layer<Stored>;
  formulas: Layer<string>;
  /** Keyed "r,c" of the anchor formula cell: how far its array result spilled. */
  spills: Record<string, SpillState>;
  formats: Layer<string>;
  backgrounds: Layer<string>;
  notes: Layer<string>;
  fontWeights: Layer<string>;
  fontColors: Layer<string>;
  wraps: Layer<string>;
  validations: Layer<ValidationState>;
  frozenRows: number;
  frozenCols: number;
  colWidths: Record<string, number>;
  hidden: boolean;
  tabColor: string | null;
}

export interface SpreadsheetState {
  id: string;
  name: string;
  locale: string;
  timeZone: string;
  owner: string;
  editors: string[];
  viewers: string[];
  sheets: SheetState[];
  activeSheetId: number;
  /** The user's selection: sheet id and 0-based bounds, current cell first. */
  selection: { sheetId: number; r1: number; c1: number; r2: number; c2: number } | null;
  protections: (ProtectionState & { sheetId: number })[];
  namedRanges: NamedRangeState[];
  charts: ChartState[];
  /** Link or domain sharing (DriveApp.Access / Permission names); absent is PRIVATE / NONE. */
  sharing?: { access: string; permission: string };
  /** Created by the script through the Drive API (Drive.Files.create): what drive.file reaches there. */
  createdByApp?: boolean;
}

/**
 * A named range: 0-based inclusive bounds, null where unbounded like Google's GridRange
 * ("Sheet1!A:I" has r1 = r2 = null, so it spans every row the sheet has now or later).
 */
export interface NamedRangeState {
  name: string;
  sheetId: number;
  r1: number | null;
  c1: number | null;
  r2: number | null;
  c2: number | null;
}

/** An embedded chart: its type, source ranges (A1 on its sheet), options and anchor. */
export interface ChartState {
  id: number;
  sheetId: number;
  type: string;
  ranges: string[];
  options: Record<string, unknown>;
  numHeaders: number | null;
  position: { row: number; column: number; offsetX: number; offsetY: number };
}

export interface TriggerState {
  id: string;
  handler: string;
  eventType: 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | 'ON_FORM_SUBMIT';
  source: 'CLOCK' | 'SPREADSHEETS';
  sourceId: string | null;
  /** The document the trigger was created from (add-on limits are per user per document). */
  documentId: string | null;
  user: string;
  schedule: Record<string, number | string>;
}

export interface CacheEntry {
  value: string;
  expires: number;
}

export interface EmuState {
  now: number;
  seq: number;
  activeSpreadsheetId: string | null;
  spreadsheets: SpreadsheetState[];
  properties: {
    script: Record<string, string>;
    user: Record<string, Record<string, string>>;
    document: Record<string, Record<string, string>>;
  };
  caches: Record<string, Record<string, CacheEntry>>;
  triggers: TriggerState[];
  /** Google Groups by address: their members' e-mails (drive-access.ts). */
  groups?: Record<string, string[]>;
  /** What MailApp sent, and each user's recipients counted against the daily quota (mail-app.ts). */
  mail?: MailState;
  /**
   * Granular consent: the scopes (full URLs) each user ticked, by lower-case e-mail; a user
   * absent granted every scope the manifest asks for.
   */
  consent?: Record<string, string[]>;
}

/** One e-mail MailApp sent, as the script gave it; `from` is the user the script ran as. */
export interface SentMail {
  /** Its place in the outbox, from 0. */
  id: number;
  /** Emulator clock when it was sent. */
  at: number;
  from: string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  /** The plain-text body (the alternative to `htmlBody` when both are given). */
  body: string;
  htmlBody?: string;
  /** The sender's display name. */
  name?: string;
  replyTo?: string;
  noReply?: boolean;
}

export interface MailState {
  outbox: SentMail[];
  /** Per user: when their 24-hour quota window began and how many recipients it has counted. */
  quota: Record<string, { since: number; used: number }>;
}

export function emptyLayer<T>(): Layer<T> {
  return [];
}

export function layerGet<T>(layer: Layer<T>, r: number, c: number): T | null {
  const row = layer[r];
  if (!row) return null;
  const v = row[c];
  return v === undefined ? null : v;
}

export function layerSet<T>(layer: Layer<T>, r: number, c: number, v: T | null): void {
  let row = layer[r];
  if (!row) {
    if (v === null) return;
    row = [];
    layer[r] = row;
  }
  row[c] = v;
}

/** Inserts `n` empty rows before row `at` (0-based) or removes `-n` rows from `at`. */
export function layerShiftRows<T>(layer: Layer<T>, at: number, n: number): void {
  if (at >= layer.length) return;
  if (n < 0) {
    layer.splice(at, -n);
    return;
  }
  const tail = layer.splice(at);
  layer.length = at + n;
  for (let i = 0; i < tail.length; i++) layer[at + n + i] = tail[i];
}

export function layerShiftCols<T>(layer: Layer<T>, at: number, n: number): void {
  for (const row of layer) {
    if (!row || at >= row.length) continue;
    if (n > 0) row.splice(at, 0, ...new Array<T | null>(n).fill(null));
    else row.splice(at, -n);
  }
}

export function isCellError(v: unknown): v is CellError {
  return typeof v === 'object' && v !== null && typeof (v as CellError).e === 'string';
}

export function newSheetState(id: number, name: string, rows = 1000, cols = 26): SheetState {
  return {
    id,
    name,
    maxRows: rows,
    maxCols: cols,
    values: [],
    formulas: [],
    spills: {},
    formats: [],
    backgrounds: [],
    notes: [],
    fontWeights: [],
    fontColors: [],
    wraps: [],
    validations: [],
    frozenRows: 0,
    frozenCols: 0,
    colWidths: {},
    hidden: false,
    tabColor: null,
  };
}

/** Every per-cell layer of a sheet, for inserting, deleting and clearing rows and columns. */
export function cellLayers(s: SheetState): Layer<unknown>[] {
  return [
    s.values,
    s.formulas,
    s.formats,
    s.backgrounds,
    s.notes,
    s.fontWeights,
    s.fontColors,
    s.wraps,
    s.validations,
  ];
}
