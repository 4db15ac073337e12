// The Spreadsheet service class: SpreadsheetBase plus owner, editors and viewers, protections
// and named ranges.
import type { Emulates } from './emulates';
import { enumName } from './enums';
import { EmuProtection } from './protection';
import type { EmuRange } from './range';
import { SpreadsheetBase } from './spreadsheet-base';
import { EmuUser, emailOf } from './user';

type GasSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export class EmuSpreadsheet
  extends SpreadsheetBase
  implements
    Emulates<
      GasSpreadsheet,
      | 'getOwner'
      | 'getEditors'
      | 'getViewers'
      | 'addEditor'
      | 'addEditors'
      | 'removeEditor'
      | 'addViewer'
      | 'removeViewer'
      | 'getProtections'
      | 'getRangeByName'
      | 'setNamedRange'
      | 'removeNamedRange'
    >
{
  getOwner(): EmuUser {
    return new EmuUser(this._env, this._st.owner);
  }
  /** Editors including the owner (unconfirmed whether Google lists the owner here). */
  getEditors(): EmuUser[] {
    return [this._st.owner, ...this._st.editors].map((e) => new EmuUser(this._env, e));
  }
  getViewers(): EmuUser[] {
    return this._st.viewers.map((e) => new EmuUser(this._env, e));
  }
  addEditor(emailAddress: string | GoogleAppsScript.Base.User): this {
    const email = emailOf(this._env.unwrap(emailAddress));
    this._st.viewers = this._st.viewers.filter((v) => v !== email);
    if (email !== this._st.owner && !this._st.editors.includes(email)) this._st.editors.push(email);
    return this;
  }
  addEditors(emailAddresses: string[]): this {
    for (const e of emailAddresses) this.addEditor(e);
    return this;
  }
  removeEditor(emailAddress: string | GoogleAppsScript.Base.User): this {
    const email = emailOf(this._env.unwrap(emailAddress));
    if (email === this._st.owner) this._env.fail('Emulator: removing the owner is not emulated');
    this._st.editors = this._st.editors.filter((e) => e !== email);
    return this;
  }
  addViewer(emailAddress: string | GoogleAppsScript.Base.User): this {
    const email = emailOf(this._env.unwrap(emailAddress));
    if (
      email !== this._st.owner &&
      !this._st.editors.includes(email) &&
      !this._st.viewers.includes(email)
    ) {
      this._st.viewers.push(email);
    }
    return this;
  }
  removeViewer(emailAddress: string | GoogleAppsScript.Base.User): this {
    const email = emailOf(this._env.unwrap(emailAddress));
    this._st.viewers = this._st.viewers.filter((e) => e !== email);
    return this;
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): EmuProtection[] {
    const kind = enumName(type);
    return this._st.protections
      .filter((p) => p.kind === kind)
      .map((p) => new EmuProtection(this._env, this, p));
  }

  getRangeByName(name: string): EmuRange | null {
    const n = this._st.namedRanges[name];
    if (!n) return null;
    return this._sheetById(n.sheetId)._range(n.r1, n.c1, n.r2 - n.r1 + 1, n.c2 - n.c1 + 1);
  }
  setNamedRange(name: string, range: GoogleAppsScript.Spreadsheet.Range): void {
    const r = this._env.unwrap(range) as unknown as EmuRange;
    const b = r._block;
    this._st.namedRanges[name] = {
      sheetId: r._sheet._st.id,
      r1: b.r1,
      c1: b.c1,
      r2: b.r1 + b.nr - 1,
      c2: b.c1 + b.nc - 1,
    };
  }
  removeNamedRange(name: string): void {
    delete this._st.namedRanges[name];
  }
}
