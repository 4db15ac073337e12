// R3.5 access: only the manager working with the client and that manager's direct supervisor
// may see its dossier (and the file's owner keeps their own file). One rule, used by the
// sidebar's refusal, Check access, Protect dossiers and Split by manager.

/** The people an account names (Accounts: manager and supervisor e-mails). */
export interface AccountPeople {
  manager?: string;
  supervisor?: string;
}

export type AccessRole = 'manager' | 'supervisor' | 'owner';

/** An e-mail compared as Google does: trimmed, case-insensitive. Example: " Ruta@X.lt " → "ruta@x.lt". */
export function normalEmail(email: string | undefined): string {
  return (email ?? '').trim().toLowerCase();
}

/**
 * Why `email` may see an account's dossier (R3.5): as its manager, its direct supervisor or
 * the file's owner; undefined when not at all. A blank e-mail (Apps Script could not tell
 * who is running) is never let in: the rule cannot be checked, so it is refused.
 * Example: "ruta@x.lt" on an account supervised by "Ruta@x.lt" → "supervisor".
 */
export function accessOf(
  email: string | undefined,
  account: AccountPeople,
  owner?: string,
): AccessRole | undefined {
  const who = normalEmail(email);
  if (who === '') return undefined;
  if (who === normalEmail(account.manager)) return 'manager';
  if (who === normalEmail(account.supervisor)) return 'supervisor';
  if (who === normalEmail(owner)) return 'owner';
  return undefined;
}

/** Whether `email` may see the account's dossier (R3.5). Example: an outsider → false. */
export function mayAccess(
  email: string | undefined,
  account: AccountPeople,
  owner?: string,
): boolean {
  return accessOf(email, account, owner) !== undefined;
}

/**
 * Everyone R3.5 lets into a workbook holding these accounts: each manager and supervisor,
 * and the owner; normalised, without blanks. Example: two accounts of one manager with one
 * supervisor, owned by the supervisor → two e-mails.
 */
export function allowedPeople(accounts: readonly AccountPeople[], owner?: string): Set<string> {
  const people = new Set<string>();
  for (const a of accounts) {
    people.add(normalEmail(a.manager));
    people.add(normalEmail(a.supervisor));
  }
  people.add(normalEmail(owner));
  people.delete('');
  return people;
}
