// Who may open a file in the emulated Drive: owner, editors, viewers, Google Groups, link and
// domain sharing (the OAuth scopes are scopes.ts's and, for the Drive API, drive-advanced.ts's).
import type { Env } from './env';
import type { SpreadsheetState } from './state';

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
