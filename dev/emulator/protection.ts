// Protected ranges and sheets (https://developers.google.com/apps-script/reference/spreadsheet/protection):
// who may edit, warning-only, domain edit, and the edit check every write goes through.
import type { Block } from './cells';
import { isGroup, isMember } from './drive-access';
import type { Emulates } from './emulates';
import { type EnumValue, ProtectionType } from './enums';
import { EmuObject, type Env } from './env';
import type { EmuRange } from './range';
import type { EmuSpreadsheet } from './spreadsheet';
import type { ProtectionState, SpreadsheetState } from './state';
import { EmuUser, emailOf } from './user';

const overlaps = (p: { r1: number; c1: number; r2: number; c2: number }, b: Block): boolean =>
  p.r1 <= b.r1 + b.nr - 1 && b.r1 <= p.r2 && p.c1 <= b.c1 + b.nc - 1 && b.c1 <= p.c2;

const inside = (b: Block, p: { r1: number; c1: number; r2: number; c2: number }): boolean =>
  b.r1 >= p.r1 && b.r1 + b.nr - 1 <= p.r2 && b.c1 >= p.c1 && b.c1 + b.nc - 1 <= p.c2;

/** Whether a protection lists the user, directly or through a Google Group it lists. */
const lists = (env: Env, p: ProtectionState, user: string) =>
  p.editors.some((e) => isMember(env, user, e));

/** Whether the running user may edit a block: owner always; otherwise every protection must list them. */
export function canEdit(env: Env, ss: SpreadsheetState, sheetId: number, b: Block): boolean {
  const user = env.user;
  if (user === ss.owner) return true;
  for (const p of ss.protections) {
    if (p.sheetId !== sheetId || p.warningOnly || lists(env, p, user)) continue;
    if (p.kind === 'RANGE' && overlaps(p, b)) return false;
    if (p.kind === 'SHEET' && !p.unprotected.some((u) => inside(b, u))) return false;
  }
  return true;
}

type GasProtection = GoogleAppsScript.Spreadsheet.Protection;

export class EmuProtection
  extends EmuObject
  implements
    Emulates<
      GasProtection,
      | 'getDescription'
      | 'setDescription'
      | 'getEditors'
      | 'addEditor'
      | 'addEditors'
      | 'removeEditor'
      | 'removeEditors'
      | 'canEdit'
      | 'canDomainEdit'
      | 'setDomainEdit'
      | 'isWarningOnly'
      | 'setWarningOnly'
      | 'getProtectionType'
      | 'getRange'
      | 'setRange'
      | 'remove'
      | 'getUnprotectedRanges'
      | 'setUnprotectedRanges'
    >
{
  readonly _class = 'Protection';

  constructor(
    env: Env,
    readonly _ss: EmuSpreadsheet,
    readonly _st: ProtectionState & { sheetId: number },
  ) {
    super(env);
  }

  getDescription(): string {
    return this._st.description;
  }

  setDescription(description: string): this {
    this._st.description = String(description);
    return this;
  }

  getEditors(): EmuUser[] {
    return this._st.editors.map((e) => new EmuUser(this._env, e));
  }

  addEditor(emailAddress: string | GoogleAppsScript.Base.User): this {
    const email = emailOf(this._env.unwrap(emailAddress));
    if (!this._st.editors.includes(email)) this._st.editors.push(email);
    return this;
  }

  addEditors(emailAddresses: string[]): this {
    for (const e of emailAddresses) this.addEditor(e);
    return this;
  }

  /**
   * "Neither the owner of the spreadsheet nor the current user can be removed." Removing a
   * group through which alone the current user may edit throws: Google's Protection sample
   * ("if the user's edit permission comes from a group, the script throws an exception upon
   * removing the group"); the message is not documented, so the emulator words its own.
   */
  removeEditor(emailAddress: string | GoogleAppsScript.Base.User): this {
    const email = emailOf(this._env.unwrap(emailAddress));
    if (email === this._ss._st.owner || email === this._env.user) return this;
    const user = this._env.user;
    if (
      isGroup(this._env, email) &&
      isMember(this._env, user, email) &&
      user !== this._ss._st.owner &&
      !this._st.editors.includes(user)
    ) {
      this._env.fail(
        `Emulator: removing the group ${email} would remove your own edit permission; add yourself first (Google throws here).`,
      );
    }
    this._st.editors = this._st.editors.filter((e) => e !== email);
    return this;
  }

  removeEditors(emailAddresses: (string | GoogleAppsScript.Base.User)[]): this {
    for (const e of emailAddresses) this.removeEditor(e);
    return this;
  }

  canEdit(): boolean {
    const user = this._env.user;
    return this._st.warningOnly || user === this._ss._st.owner || lists(this._env, this._st, user);
  }

  canDomainEdit(): boolean {
    return this._env.options.domain !== null && this._st.domainEdit;
  }

  /** Consumer (non-Workspace) accounts have no domain: Google throws. */
  setDomainEdit(editable: boolean): this {
    if (this._env.options.domain === null) {
      this._env.fail('Domain edit can only be set for users in a Google Workspace domain.');
    }
    this._st.domainEdit = Boolean(editable);
    return this;
  }

  isWarningOnly(): boolean {
    return this._st.warningOnly;
  }

  setWarningOnly(warningOnly: boolean): this {
    this._st.warningOnly = Boolean(warningOnly);
    return this;
  }

  getProtectionType(): EnumValue {
    return ProtectionType[this._st.kind];
  }

  getRange(): EmuRange {
    const sheet = this._ss._sheetById(this._st.sheetId);
    if (this._st.kind === 'SHEET') return sheet.getDataRange();
    const p = this._st;
    return sheet._range(p.r1, p.c1, p.r2 - p.r1 + 1, p.c2 - p.c1 + 1);
  }

  /** Moves a range protection to cover `range` (possibly on another sheet of the spreadsheet). */
  setRange(range: GoogleAppsScript.Spreadsheet.Range): this {
    if (this._st.kind === 'SHEET')
      this._env.fail('Emulator: setRange on a sheet protection is not emulated');
    const r = this._env.unwrap(range) as unknown as EmuRange;
    const b = r._block;
    Object.assign(this._st, {
      sheetId: r._st.id,
      r1: b.r1,
      c1: b.c1,
      r2: b.r1 + b.nr - 1,
      c2: b.c1 + b.nc - 1,
    });
    return this;
  }

  remove(): void {
    const list = this._ss._st.protections;
    const i = list.indexOf(this._st);
    if (i >= 0) list.splice(i, 1);
  }

  getUnprotectedRanges(): EmuRange[] {
    const sheet = this._ss._sheetById(this._st.sheetId);
    return this._st.unprotected.map((u) =>
      sheet._range(u.r1, u.c1, u.r2 - u.r1 + 1, u.c2 - u.c1 + 1),
    );
  }

  setUnprotectedRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]): this {
    if (this._st.kind !== 'SHEET')
      this._env.fail('Unprotected ranges can only be set on a sheet protection.');
    this._st.unprotected = ranges.map((r) => {
      const b = (this._env.unwrap(r) as unknown as EmuRange)._block;
      return { r1: b.r1, c1: b.c1, r2: b.r1 + b.nr - 1, c2: b.c1 + b.nc - 1 };
    });
    return this;
  }
}
