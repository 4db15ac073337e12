// R3.5 for the sidebar: the shared rule of src/core/access.ts (the account's manager, its
// direct supervisor or the file's owner), applied when Apps Script tells who is running.
import { mayAccess } from '../core/access';

/**
 * Whether a user may open an account's dossier. An unknown user ("": Apps Script does not
 * always tell the e-mail; with the userinfo.email scope an authorised user is known) is let
 * through, as issue 5 asks: the sheet is readable by every editor anyway. The owner is looked
 * up only when needed. Example: "ruta@x.lt" on an account supervised by "Ruta@x.lt" → true.
 */
export function mayOpen(
  user: string,
  manager: string,
  supervisor: string,
  owner: () => string,
): boolean {
  if (user.trim() === '') return true;
  return mayAccess(user, { manager, supervisor }) || mayAccess(user, {}, owner());
}
