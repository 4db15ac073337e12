// Session: the active and effective user, the script's time zone and the user's locale. The active
// user's e-mail is blank in simple triggers and custom functions
// (https://developers.google.com/apps-script/reference/base/session#getActiveUser()).
import { createHash } from 'node:crypto';
import type { Emulates } from './emulates';
import { EmuObject } from './env';
import { EmuUser } from './user';

export class EmuSession
  extends EmuObject
  implements
    Emulates<
      GoogleAppsScript.Base.Session,
      | 'getActiveUser'
      | 'getEffectiveUser'
      | 'getScriptTimeZone'
      | 'getActiveUserLocale'
      | 'getTemporaryActiveUserKey'
    >
{
  readonly _class = 'Session';

  getActiveUser(): EmuUser {
    const mode = this._env.exec?.authMode ?? 'FULL';
    const blank =
      mode === 'LIMITED' ||
      mode === 'CUSTOM_FUNCTION' ||
      mode === 'NONE' ||
      this._env.options.quirks.activeUserEmail === 'blank';
    return new EmuUser(this._env, blank ? '' : this._env.user);
  }

  getEffectiveUser(): EmuUser {
    return new EmuUser(this._env, this._env.user);
  }

  getScriptTimeZone(): string {
    return this._env.options.scriptTimeZone;
  }

  /** Language code such as "en" or "lt". */
  getActiveUserLocale(): string {
    return this._env.options.locale.split(/[-_]/)[0];
  }

  /** Stable per user and script, but not the e-mail. */
  getTemporaryActiveUserKey(): string {
    return createHash('sha256').update(`apps-script-emulator:${this._env.user}`).digest('base64');
  }
}
