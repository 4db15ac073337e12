// Errors of the rules core: a stable code (and the offending field) for the outer layer to word.

/** Codes the core throws; custom functions, endpoints and menus turn them into messages. */
export type KamErrorCode =
  | 'NOT_A_NUMBER'
  | 'NEGATIVE'
  | 'NOT_FINITE'
  | 'TOTAL_NOT_POSITIVE'
  | 'TOTAL_BELOW_REVENUE'
  | 'NOT_A_SHARE'
  | 'THRESHOLDS_OUT_OF_ORDER'
  | 'NOT_A_DATE'
  | 'NOT_WHOLE'
  | 'OUT_OF_RANGE';

export interface KamErrorCause {
  code: KamErrorCode;
  /** The argument or field at fault, e.g. `total`. */
  field?: string;
}

/** An `Error` whose `cause` carries the code, as clasp does. */
export function kamError(code: KamErrorCode, field?: string, detail?: string): Error {
  const cause: KamErrorCause = field === undefined ? { code } : { code, field };
  const error = new Error(detail ?? code);
  (error as Error & { cause: KamErrorCause }).cause = cause;
  return error;
}

/** The code of an error thrown by `kamError`, or undefined for anything else. */
export function kamErrorCause(error: unknown): KamErrorCause | undefined {
  if (!(error instanceof Error)) return undefined;
  const cause = (error as Error & { cause?: unknown }).cause;
  if (typeof cause === 'object' && cause !== null && 'code' in cause) {
    return cause as KamErrorCause;
  }
  return undefined;
}
