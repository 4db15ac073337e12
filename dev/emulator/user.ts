// Session users and spreadsheet editors (https://developers.google.com/apps-script/reference/base/user).

import type { Emulates } from './emulates';
import { EmuObject, type Env } from './env';

export class EmuUser extends EmuObject implements Emulates<GoogleAppsScript.Base.User, 'getEmail'> {
  readonly _class = 'User';

  constructor(
    env: Env,
    readonly _email: string,
  ) {
    super(env);
  }

  getEmail(): string {
    return this._email;
  }
}

/** E-mail of a string or a User given by the bundle. */
export function emailOf(value: unknown): string {
  if (value instanceof EmuUser) return value._email;
  return String(value);
}
