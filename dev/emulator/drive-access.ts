// Who may open a file in the emulated Drive (owner, editors, viewers, Google Groups, link and
// domain sharing) and which OAuth scopes reach it (the manifest's, when the test gives them).
import type { Env } from './env';
import type { SpreadsheetState } from './state';

const AUTH = 'https://www.googleapis.com/auth/';

/**
 * Whether `user` is `entry` or a member of the group `entry`. Sharing with a Google Group gives
 * its members the group's access (Drive sharing); groups are not nested here: a group inside a
 * group is refused loudly when a test declares one (addGroup).
 */
export function isMember(env: Env, user: string, entry: string): boolean {
  const u = user.toLowerCase();
  if (entry.toLowerCase() === u) return true;
  const members = env.state.groups?.[entry.toLowerCase()];
  return members?.some((m) => m.toLowerCase() === u) ?? false;
}

export function isGroup(env: Env, entry: string): boolean {
  return env.state.groups?.[entry.toLowerCase()] !== undefined;
}

const listed = (env: Env, list: readonly string[], user: string) =>
  list.some((entry) => isMember(env, user, entry));

/** Whether the file's link or domain sharing lets `user` in (DriveApp.Access). */
function sharingAdmits(env: Env, st: SpreadsheetState, user: string): boolean {
  const access = st.sharing?.access ?? 'PRIVATE';
  if (access === 'ANYONE' || access === 'ANYONE_WITH_LINK') return true;
  if (access === 'DOMAIN' || access === 'DOMAIN_WITH_LINK') {
    const domain = env.options.domain;
    return domain !== null && user.toLowerCase().endsWith(`@${domain.toLowerCase()}`);
  }
  return false;
}

/** Whether a user may open a spreadsheet: owner, editor or viewer (directly or through a group), or link sharing. */
export function canOpen(env: Env, st: SpreadsheetState, user: string): boolean {
  return (
    st.owner === user ||
    listed(env, st.editors, user) ||
    listed(env, st.viewers, user) ||
    sharingAdmits(env, st, user)
  );
}

/** Whether a user may edit the file itself (owner or editor, directly or through a group, or link edit). */
export function canEditFile(env: Env, st: SpreadsheetState, user: string): boolean {
  if (st.owner === user || listed(env, st.editors, user)) return true;
  return sharingAdmits(env, st, user) && st.sharing?.permission === 'EDIT';
}

/**
 * Refuses a call the manifest's scopes do not cover, with Apps Script's wording ("You do not
 * have permission to call X. Required permissions: …"). `drive.file` reaches only files the
 * script created ("See, edit, create, and delete only the specific Google Drive files you use
 * with this app", Drive API scopes); whether Apps Script counts the document an editor add-on
 * runs in as "used with this app" is unconfirmed, so the emulator does not.
 */
export function requireScope(
  env: Env,
  call: string,
  accepted: readonly string[],
  file?: SpreadsheetState,
): void {
  const scopes = env.options.scopes;
  if (scopes === null) return;
  const granted = (short: string) => scopes.includes(AUTH + short);
  if (accepted.some(granted)) return;
  if (granted('drive.file') && (file === undefined || file.createdByApp === true)) return;
  env.fail(
    `You do not have permission to call ${call}. Required permissions: ${accepted.map((s) => AUTH + s).join(' || ')}`,
  );
}
