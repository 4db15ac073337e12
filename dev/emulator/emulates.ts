// Typing helper: an emulated class declares which of Google's methods it implements, with
// Google's parameter types kept exactly and service-object return types loosened.

import type { EnumValue } from './enums';

/** Enum results (numbers in the typings) are EnumValue objects at run time. */
type Plain = string | number | boolean | null | undefined;

/** Keeps primitive (and arrays of primitive) results; any service object may be an emulated one. */
type Loosened<R> = [R] extends [undefined]
  ? R
  : R extends Plain
    ? R | EnumValue
    : R extends Date
      ? Date
      : R extends readonly (infer E)[]
        ? E extends Plain
          ? R
          : E extends readonly (infer F)[]
            ? F extends Plain
              ? R
              : unknown[]
            : unknown[]
        : unknown;

/**
 * `class EmuRange implements Emulates<GoogleAppsScript.Spreadsheet.Range, 'getValues' | …>`:
 * every listed method must accept Google's arguments (the last overload's, for overloaded ones).
 */
export type Emulates<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => infer R ? (...args: A) => Loosened<R> : never;
};
