// ScriptApp: creating, listing and deleting installable triggers (builders and limits are in
// triggers.ts) and the AuthMode, EventType, TriggerSource and WeekDay enums.

import { EmuAuthorizationInfo, requireConsent } from './authorization';
import type { Emulates } from './emulates';
import { AuthMode, AuthorizationStatus, EventType, TriggerSource, WeekDay } from './enums';
import { EmuObject } from './env';
import type { EmuSpreadsheet } from './spreadsheet';
import type { TriggerState } from './state';
import { EmuTrigger, EmuTriggerBuilder } from './triggers';

export class EmuScriptApp
  extends EmuObject
  implements
    Emulates<
      GoogleAppsScript.Script.ScriptApp,
      | 'newTrigger'
      | 'getProjectTriggers'
      | 'getUserTriggers'
      | 'deleteTrigger'
      | 'getAuthorizationInfo'
      | 'requireScopes'
      | 'requireAllScopes'
    >
{
  readonly _class = 'ScriptApp';
  readonly AuthMode = AuthMode;
  readonly AuthorizationStatus = AuthorizationStatus;
  readonly EventType = EventType;
  readonly TriggerSource = TriggerSource;
  readonly WeekDay = WeekDay;

  newTrigger(functionName: string): EmuTriggerBuilder {
    return new EmuTriggerBuilder(this._env, String(functionName));
  }

  /** Triggers a listing shows: time-driven ones unless the quirk `listsTimeDriven` is false. */
  private _listed(keep: (t: TriggerState) => boolean): EmuTrigger[] {
    const clock = this._env.options.quirks.listsTimeDriven;
    return this._env.state.triggers
      .filter((t) => t.user === this._env.user && keep(t) && (clock || t.eventType !== 'CLOCK'))
      .map((t) => new EmuTrigger(this._env, t));
  }

  /** This user's triggers of this script (for an add-on: in every document). */
  getProjectTriggers(): EmuTrigger[] {
    return this._listed(() => true);
  }

  /** This user's triggers in the given spreadsheet. */
  getUserTriggers(document: GoogleAppsScript.Spreadsheet.Spreadsheet): EmuTrigger[] {
    const id = (this._env.unwrap(document) as unknown as EmuSpreadsheet)._st.id;
    return this._listed((t) => t.documentId === id);
  }

  /** Whether the user granted the given scopes (every scope the manifest asks for when none are named). */
  getAuthorizationInfo(_authMode: GoogleAppsScript.Script.AuthMode, oAuthScopes?: string[]) {
    return new EmuAuthorizationInfo(this._env, oAuthScopes ? [...oAuthScopes] : undefined);
  }

  /** Ends the execution with a consent prompt when any of the scopes is not granted (authorization.ts). */
  requireScopes(_authMode: GoogleAppsScript.Script.AuthMode, oAuthScopes: string[]): void {
    requireConsent(this._env, [...oAuthScopes]);
  }

  requireAllScopes(_authMode: GoogleAppsScript.Script.AuthMode): void {
    requireConsent(this._env);
  }

  deleteTrigger(trigger: GoogleAppsScript.Script.Trigger): void {
    const id = (this._env.unwrap(trigger) as unknown as EmuTrigger)._st.id;
    this._env.state.triggers = this._env.state.triggers.filter(
      (t) => !(t.id === id && t.user === this._env.user),
    );
  }
}
