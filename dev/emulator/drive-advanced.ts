// The Drive advanced service (`Drive`, Drive API v3) at the level an add-on uses it: creating a
// Google Sheets file and listing a file's permissions, with the REST API's own scope rules.

import { createSpreadsheetState, findSpreadsheet } from './drive';
import { canEditFile, canOpen, isGroup } from './drive-access';
import type { Emulates } from './emulates';
import { EmuObject, type Env } from './env';
import type { SpreadsheetState } from './state';

type Files = GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection;
type Permissions = GoogleAppsScript.Drive_v3.Drive.V3.Collection.PermissionsCollection;

const AUTH = 'https://www.googleapis.com/auth/';
const SHEETS_MIME = 'application/vnd.google-apps.spreadsheet';

/**
 * The scopes the Drive API reference lists per method ("Authorization scopes": files.create
 * https://developers.google.com/workspace/drive/api/reference/rest/v3/files/create,
 * permissions.list https://developers.google.com/workspace/drive/api/reference/rest/v3/permissions/list).
 * `drive.meet.readonly` and `drive.photos.readonly` reach no spreadsheet, so they are left out.
 */
const FILES_CREATE = ['drive', 'drive.appdata', 'drive.file'];
const PERMISSIONS_LIST = [
  'drive',
  'drive.file',
  'drive.metadata',
  'drive.metadata.readonly',
  'drive.readonly',
];

/**
 * An advanced service's failure as Apps Script throws it: "API call to drive.files.insert
 * failed with error: File not found: …" (reported at https://github.com/ericyd/gdrive-copy/issues/138).
 */
function apiError(env: Env, call: string, message: string): never {
  return env.fail(`API call to ${call} failed with error: ${message}`);
}

/** The granted scopes among `accepted` (all of them when every scope is granted). */
function grantedOf(env: Env, accepted: readonly string[]): string[] {
  const scopes = env.options.scopes;
  if (scopes === null) return [...accepted];
  return accepted.filter((s) => scopes.includes(AUTH + s));
}

/**
 * Refuses a REST call no granted scope covers ("Request had insufficient authentication
 * scopes", the API's 403), and a file the granted scopes do not reach: `drive.file` reaches
 * "only the specific Google Drive files you use with this app"
 * (https://developers.google.com/workspace/sheets/api/scopes), here the files this script
 * created through the API; for any other file the API answers 404 "File not found".
 */
function reach(env: Env, call: string, accepted: readonly string[], fileId?: string) {
  const granted = grantedOf(env, accepted);
  if (granted.length === 0) apiError(env, call, 'Request had insufficient authentication scopes.');
  if (fileId === undefined) return null;
  const st = findSpreadsheet(env, fileId);
  const wholeDrive = granted.some((s) => s !== 'drive.file');
  if (!st || !canOpen(env, st, env.user) || (!wholeDrive && st.createdByApp !== true))
    apiError(env, call, `File not found: ${fileId}.`);
  return st;
}

const ROLE: Record<string, string> = { VIEW: 'reader', COMMENT: 'commenter', EDIT: 'writer' };

/** The file's sharing as Drive API v3 Permission resources (owner, editors, viewers, link). */
function permissionsOf(env: Env, st: SpreadsheetState): Record<string, unknown>[] {
  const person = (email: string, role: string) => ({
    kind: 'drive#permission',
    id: `perm-${email.toLowerCase()}`,
    type: isGroup(env, email) ? 'group' : 'user',
    emailAddress: email,
    role,
  });
  const list: Record<string, unknown>[] = [
    person(st.owner, 'owner'),
    ...st.editors.map((e) => person(e, 'writer')),
    ...st.viewers.map((e) => person(e, 'reader')),
  ];
  const access = st.sharing?.access ?? 'PRIVATE';
  const role = ROLE[st.sharing?.permission ?? 'VIEW'] ?? 'reader';
  if (access === 'ANYONE' || access === 'ANYONE_WITH_LINK') {
    list.push({
      kind: 'drive#permission',
      id: 'anyoneWithLink',
      type: 'anyone',
      role,
      allowFileDiscovery: access === 'ANYONE',
    });
  }
  if (access === 'DOMAIN' || access === 'DOMAIN_WITH_LINK') {
    list.push({
      kind: 'drive#permission',
      id: `domain-${env.options.domain}`,
      type: 'domain',
      domain: env.options.domain,
      role,
      allowFileDiscovery: access === 'DOMAIN',
    });
  }
  return list;
}

export class EmuDriveFiles extends EmuObject implements Emulates<Files, 'create'> {
  readonly _class = 'Drive.Files';

  /**
   * Creates an empty Google Sheets file owned by the running user ("Create Google Workspace
   * files": set mimeType; https://developers.google.com/workspace/drive/api/guides/create-file);
   * the only kind of file this emulator holds. Returns the File resource's id, name, mimeType.
   */
  create(resource: GoogleAppsScript.Drive_v3.Drive.V3.Schema.File): object {
    reach(this._env, 'drive.files.create', FILES_CREATE);
    const file = (this._env.unwrap(resource) ?? {}) as { name?: unknown; mimeType?: unknown };
    if (file.mimeType !== SHEETS_MIME)
      this._env.fail(`Emulator: Drive.Files.create is emulated for ${SHEETS_MIME} only`);
    const st = createSpreadsheetState(
      this._env,
      String(file.name ?? 'Untitled spreadsheet'),
      this._env.user,
    );
    st.createdByApp = true;
    return this._env.realm.deep({
      kind: 'drive#file',
      id: st.id,
      name: st.name,
      mimeType: SHEETS_MIME,
    }) as object;
  }
}

export class EmuDrivePermissions extends EmuObject implements Emulates<Permissions, 'list'> {
  readonly _class = 'Drive.Permissions';

  /**
   * The file's permissions (one page: the emulator never pages). `fields` is not applied:
   * every field is returned. Only someone who can share the file sees the full list (Drive API:
   * permissions "only available if the requesting user can share the file"); what others see is
   * not emulated.
   */
  list(fileId: string, _optionalArgs?: Record<string, unknown>): object {
    const st = reach(this._env, 'drive.permissions.list', PERMISSIONS_LIST, String(fileId));
    if (!st) return this._env.fail('Emulator: unreachable');
    if (!canEditFile(this._env, st, this._env.user))
      this._env.fail(
        'Emulator: Drive.Permissions.list by someone who cannot share the file is not emulated',
      );
    return this._env.realm.deep({
      kind: 'drive#permissionList',
      permissions: permissionsOf(this._env, st),
    }) as object;
  }
}

/** The `Drive` global: its collections are service objects, counted and authorised like any. */
export class EmuDrive extends EmuObject {
  readonly _class = 'Drive';
  private readonly _files = new EmuDriveFiles(this._env);
  private readonly _permissions = new EmuDrivePermissions(this._env);

  get Files(): EmuDriveFiles {
    return this._env.wrap(this._files);
  }
  get Permissions(): EmuDrivePermissions {
    return this._env.wrap(this._permissions);
  }
}
