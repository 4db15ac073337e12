// The Spreadsheet service class: SpreadsheetBase plus owner, editors and viewers, protections
// and named ranges.
import type { Emulates } from './emulates';
import { enumName } from './enums';
import { boundsOf, EmuNamedRange, findNamed, namedRangeProblem, resolveNamed } from './named-range';
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
      | 'getNamedRanges'
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

  /** Null when no such name or its sheet was deleted (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getRangeByName(String)). */
  getRangeByName(name: string): EmuRange | null {
    const n = findNamed(this._st, name);
    return n ? resolveNamed(this, n) : null;
  }
  getNamedRanges(): EmuNamedRange[] {
    return this._st.namedRanges.map((n) => new EmuNamedRange(this._env, this, n));
  }
  /** Names a range; an existing name (any case) is re-pointed. Whole columns stay open-ended. */
  setNamedRange(name: string, range: GoogleAppsScript.Spreadsheet.Range): void {
    const problem = namedRangeProblem(name);
    if (problem) this._env.fail(problem);
    const r = this._env.unwrap(range) as unknown as EmuRange;
    if (r._sheet._ss !== this) this._env.fail('Emulator: naming a range of another spreadsheet');
    const existing = findNamed(this._st, name);
    if (existing) Object.assign(existing, { name, ...boundsOf(r) });
    else this._st.namedRanges.push({ name, ...boundsOf(r) });
  }
  removeNamedRange(name: string): void {
    const n = findNamed(this._st, name);
    this._st.namedRanges = this._st.namedRanges.filter((x) => x !== n);
  }
}
