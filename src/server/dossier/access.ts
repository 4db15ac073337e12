// R3.5 for the sidebar: the shared rule of src/core/access.ts (the account's manager, its
// direct supervisor or the file's owner).
import { mayAccess } from '../../core/access';

/**
 * Whether a user may open an account's dossier. An unknown user ("": Apps Script could not
 * say who is running; with the userinfo.email scope an authorised user is always known) is
 * refused, since the rule cannot be checked. The owner is looked up only when needed.
 * Example: "ruta@x.lt" on an account supervised by "Ruta@x.lt" → true.
 */
export function mayOpen(
  user: string,
  manager: string,
  supervisor: string,
  owner: () => string,
): boolean {
  return mayAccess(user, { manager, supervisor }) || mayAccess(user, {}, owner());
}
