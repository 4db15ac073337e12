// DriveApp.getFileById and the File sharing methods (reading and changing who has access)
// (https://developers.google.com/apps-script/reference/drive/file); everything else of
// DriveApp is refused loudly by the Env proxy.

import { findSpreadsheet } from './drive';
import { canEditFile, canOpen } from './drive-access';
import type { Emulates } from './emulates';
import { DriveAccess, DrivePermission, type EnumValue, enumName } from './enums';
import { EmuObject, type Env } from './env';
import type { SpreadsheetState } from './state';
import { EmuUser, emailOf } from './user';

type GasFile = GoogleAppsScript.Drive.File;

export class EmuDriveApp
  extends EmuObject
  implements Emulates<GoogleAppsScript.Drive.DriveApp, 'getFileById'>
{
  readonly _class = 'DriveApp';
  readonly Access = DriveAccess;
  readonly Permission = DrivePermission;

  /** Google's wording for a missing or unreachable file. */
  getFileById(id: string): EmuFile {
    const st = findSpreadsheet(this._env, String(id));
    if (!st || !canOpen(this._env, st, this._env.user)) {
      return this._env.fail(
        'Unexpected error while getting the method or property getFileById on object DriveApp.',
      );
    }
    return new EmuFile(this._env, st);
  }
}

export class EmuFile
  extends EmuObject
  implements
    Emulates<
      GasFile,
      | 'getId'
      | 'getName'
      | 'getUrl'
      | 'getOwner'
      | 'getEditors'
      | 'getViewers'
      | 'getSharingAccess'
      | 'getSharingPermission'
      | 'setSharing'
      | 'addEditor'
      | 'addEditors'
      | 'removeEditor'
      | 'addViewer'
      | 'removeViewer'
    >
{
  readonly _class = 'File';

  constructor(
    env: Env,
    readonly _st: SpreadsheetState,
  ) {
    super(env);
  }

  getId(): string {
    return this._st.id;
  }
  getName(): string {
    return this._st.name;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this._st.id}/edit?usp=drivesdk`;
  }
  getOwner(): EmuUser {
    return new EmuUser(this._env, this._st.owner);
  }

  /** "If the user who executes the script does not have edit access to the File, this method returns an empty array." */
  private _visible(): boolean {
    return canEditFile(this._env, this._st, this._env.user);
  }

  /** Editors with the owner first, as Spreadsheet.getEditors here (unconfirmed that Google lists the owner). */
  getEditors(): EmuUser[] {
    if (!this._visible()) return [];
    return [this._st.owner, ...this._st.editors].map((e) => new EmuUser(this._env, e));
  }
  /** "Gets the list of viewers and commenters"; empty without edit access. */
  getViewers(): EmuUser[] {
    if (!this._visible()) return [];
    return this._st.viewers.map((e) => new EmuUser(this._env, e));
  }

  /** "Gets which class of users can access the File, besides any individual users who have been explicitly given access." */
  getSharingAccess(): EnumValue {
    return DriveAccess[(this._st.sharing?.access ?? 'PRIVATE') as keyof typeof DriveAccess];
  }
  getSharingPermission(): EnumValue {
    return DrivePermission[
      (this._st.sharing?.permission ?? 'NONE') as keyof typeof DrivePermission
    ];
  }

  /** DOMAIN and DOMAIN_WITH_LINK are "available only for users of a Google Workspace domain". */
  setSharing(
    accessType: GoogleAppsScript.Drive.Access,
    permissionType: GoogleAppsScript.Drive.Permission,
  ): this {
    this._editable();
    const access = enumName(accessType);
    const permission = enumName(permissionType);
    if (!(access in DriveAccess) || !(permission in DrivePermission))
      this._env.fail('Invalid argument: accessType');
    if (access.startsWith('DOMAIN') && this._env.options.domain === null)
      this._env.fail('Emulator: DOMAIN sharing exists only for Google Workspace users');
    this._st.sharing = { access, permission };
    return this;
  }

  private _editable(): void {
    if (!canEditFile(this._env, this._st, this._env.user))
      this._env.fail('Access denied: DriveApp.');
  }

  addEditor(emailAddress: string | GoogleAppsScript.Base.User): this {
    this._editable();
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
    this._editable();
    const email = emailOf(this._env.unwrap(emailAddress));
    if (email === this._st.owner) this._env.fail('Emulator: removing the owner is not emulated');
    this._st.editors = this._st.editors.filter((e) => e !== email);
    return this;
  }
  addViewer(emailAddress: string | GoogleAppsScript.Base.User): this {
    this._editable();
    const email = emailOf(this._env.unwrap(emailAddress));
    const has = (list: string[]) => list.includes(email);
    if (email !== this._st.owner && !has(this._st.editors) && !has(this._st.viewers))
      this._st.viewers.push(email);
    return this;
  }
  removeViewer(emailAddress: string | GoogleAppsScript.Base.User): this {
    this._editable();
    const email = emailOf(this._env.unwrap(emailAddress));
    this._st.viewers = this._st.viewers.filter((e) => e !== email);
    return this;
  }
}
