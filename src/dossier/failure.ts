// How a sidebar call fails (google.script.run answers it, never throws): the code, the field at
// fault and the message in the workbook's language. src/dossier/types.ts re-exports these.
import type { ErrorCode } from '../core/errors';

export interface ChangeMark {
  who: string;
  /** Local date and time in the spreadsheet's zone, "2026-11-26 09:14". */
  when: string;
}

/** The codes a sidebar call can fail with (the add-on's one list, src/core/errors.ts). */
export type ProblemCode = Extract<
  ErrorCode,
  | 'NOT_AN_OBJECT'
  | 'REQUIRED'
  | 'NOT_TEXT'
  | 'TOO_LONG'
  | 'NOT_A_NUMBER'
  | 'NOT_WHOLE'
  | 'NEGATIVE'
  | 'NOT_A_DATE'
  | 'NOT_A_CHOICE'
  | 'NOT_A_LIST'
  | 'NOT_AN_EMAIL'
  | 'NOT_YES_NO'
  | 'NOT_BOOLEAN'
  | 'UNKNOWN_FIELD'
  | 'ACCOUNT_NOT_FOUND'
  | 'ITEM_NOT_FOUND'
  | 'BAD_KEY'
  | 'STALE'
  | 'BUSY'
  | 'NO_ACCESS'
  | 'NOT_SET_UP'
  | 'PAUSE'
  | 'IN_FUTURE'
  | 'BEFORE_LAST_REVIEW'
  | 'NOT_A_PERSON'
  | 'REPORTS_TO_CYCLE'
  | 'WRITE_FAILED'
  | 'INTERNAL'
>;

export interface Failure {
  ok: false;
  code: ProblemCode;
  /** The payload field at fault (`values.person`, `accountId`, `key`…). */
  field: string;
  message: string;
  /** With STALE: who changed the account and when (from Change history). */
  changedBy?: ChangeMark | null;
}
