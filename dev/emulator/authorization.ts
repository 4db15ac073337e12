// Granular consent (https://developers.google.com/apps-script/concepts/scopes): a user may tick
// some of the scopes an add-on asks for. ScriptApp.getAuthorizationInfo tells a script what is
// missing; ScriptApp.requireScopes ends the execution and asks the user again.
import type { Emulates } from './emulates';
import { AuthorizationStatus, type EnumValue } from './enums';
import { EmuObject, type Env } from './env';

const AUTH = 'https://www.googleapis.com/auth/';

/** What Apps Script reports for a call that needs authorisation the user has not given. */
export const CONSENT_MESSAGE = 'Authorization is required to perform that action.';

/** A scope as a full URL ("spreadsheets" → https://www.googleapis.com/auth/spreadsheets). */
export function fullScope(scope: string): string {
  return scope.startsWith('https://') ? scope : AUTH + scope;
}

/**
 * The asked scopes (all the manifest declares when none are named) that the user has not
 * granted. Only the manifest's scopes can be granted on the consent screen: one it does not
 * declare is no consent matter (its calls are refused as before), so it is not counted.
 */
export function missingScopes(env: Env, asked?: readonly string[]): string[] {
  const granted = env.grantedScopes();
  const declared = env.options.scopes;
  const wanted = asked ? asked.map((s) => fullScope(String(s))) : (declared ?? []);
  if (granted === null) return [];
  return wanted.filter((scope) => !granted.includes(scope) && (declared?.includes(scope) ?? true));
}

/**
 * ScriptApp.requireScopes / requireAllScopes: when a scope is missing, "ends the current
 * execution and renders an authorization prompt to request the missing scopes" (ScriptApp
 * reference). A prompt is recorded where there is a UI to show it (not in a time-driven
 * trigger); any later call of the execution fails, and the harness ends it (runtime.ts).
 */
export function requireConsent(env: Env, asked?: readonly string[]): void {
  const missing = missingScopes(env, asked);
  const exec = env.exec;
  if (missing.length === 0 || !exec) return;
  if (exec.hasUi) env.ui.authorizations.push({ user: exec.user, fnName: exec.fnName, missing });
  exec.endedForConsent = CONSENT_MESSAGE;
  env.fail(CONSENT_MESSAGE);
}

export class EmuAuthorizationInfo
  extends EmuObject
  implements
    Emulates<
      GoogleAppsScript.Script.AuthorizationInfo,
      'getAuthorizationStatus' | 'getAuthorizationUrl'
    >
{
  readonly _class = 'AuthorizationInfo';

  constructor(
    env: Env,
    readonly _asked: readonly string[] | undefined,
  ) {
    super(env);
  }

  /** REQUIRED while any asked scope (every declared one when none were named) is not granted. */
  getAuthorizationStatus(): EnumValue {
    return missingScopes(this._env, this._asked).length > 0
      ? AuthorizationStatus.REQUIRED
      : AuthorizationStatus.NOT_REQUIRED;
  }

  /** A URL for the consent screen, or null when nothing is missing. */
  getAuthorizationUrl(): string {
    const missing = missingScopes(this._env, this._asked);
    if (missing.length === 0) return null as unknown as string;
    return `https://script.google.com/a/macros/authorize?scopes=${encodeURIComponent(missing.join(' '))}`;
  }

  /** The granted scopes among those asked (full URLs), or every granted one. */
  getAuthorizedScopes(): string[] {
    const granted = this._env.grantedScopes() ?? (this._asked ?? []).map(fullScope);
    const asked = this._asked?.map((s) => fullScope(String(s)));
    return asked ? granted.filter((s) => asked.includes(s)) : granted;
  }
}
