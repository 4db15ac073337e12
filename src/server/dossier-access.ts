// R3.5: only the manager working with the client and that manager's direct supervisor may see
// the dossier; the file's owner keeps access to their own file.

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Whether a user may open an account's dossier. An unknown user ("" — Apps Script does not
 * always tell the e-mail) is let through: the sheet itself is readable by every editor anyway.
 * Example: "ruta@x.lt" on an account supervised by "Ruta@x.lt" → true.
 */
export function mayOpen(
  user: string,
  manager: string,
  supervisor: string,
  owner: () => string,
): boolean {
  if (user.trim() === '') return true;
  if (same(user, manager) || same(user, supervisor)) return true;
  const ownerEmail = owner();
  return ownerEmail !== '' && same(user, ownerEmail);
}
