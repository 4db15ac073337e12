// ScriptApp: creating, listing and deleting installable triggers (builders and limits are in
// triggers.ts) and the AuthMode, EventType, TriggerSource and WeekDay enums.

import type { Emulates } from './emulates';
import { AuthMode, EventType, TriggerSource, WeekDay } from './enums';
import { EmuObject } from './env';
import type { EmuSpreadsheet } from './spreadsheet';
import { EmuTrigger, EmuTriggerBuilder } from './triggers';

export class EmuScriptApp
  extends EmuObject
  implements
    Emulates<
      GoogleAppsScript.Script.ScriptApp,
      'newTrigger' | 'getProjectTriggers' | 'getUserTriggers' | 'deleteTrigger'
    >
{
  readonly _class = 'ScriptApp';
  readonly AuthMode = AuthMode;
  readonly EventType = EventType;
  readonly TriggerSource = TriggerSource;
  readonly WeekDay = WeekDay;

  newTrigger(functionName: string): EmuTriggerBuilder {
    return new EmuTriggerBuilder(this._env, String(functionName));
  }

  /** This user's triggers of this script (for an add-on: in every document). */
  getProjectTriggers(): EmuTrigger[] {
    return this._env.state.triggers
      .filter((t) => t.user === this._env.user)
      .map((t) => new EmuTrigger(this._env, t));
  }

  /** This user's triggers in the given spreadsheet. */
  getUserTriggers(document: GoogleAppsScript.Spreadsheet.Spreadsheet): EmuTrigger[] {
    const id = (this._env.unwrap(document) as unknown as EmuSpreadsheet)._st.id;
    return this._env.state.triggers
      .filter((t) => t.user === this._env.user && t.documentId === id)
      .map((t) => new EmuTrigger(this._env, t));
  }

  deleteTrigger(trigger: GoogleAppsScript.Script.Trigger): void {
    const id = (this._env.unwrap(trigger) as unknown as EmuTrigger)._st.id;
    this._env.state.triggers = this._env.state.triggers.filter(
      (t) => !(t.id === id && t.user === this._env.user),
    );
  }
}
