// R3.5 in a file: who can open it against the people its accounts name. Sheets protections
// control editing, not reading, so anyone who can open the file can read every dossier in it,
// including the dossiers of accounts R3.5 keeps from them.
import { type AccountPeople, accessOf, allowedPeople, normalEmail } from './access';

/** DriveApp.Access names; `unknown` when the add-on cannot see the file's link sharing. */
export type LinkSharing =
  | 'PRIVATE'
  | 'ANYONE'
  | 'ANYONE_WITH_LINK'
  | 'DOMAIN'
  | 'DOMAIN_WITH_LINK'
  | 'unknown';

export interface FileSharing {
  owner: string;
  editors: readonly string[];
  viewers: readonly string[];
  link: LinkSharing;
}

export type AccessFinding =
  /** Can open the file but is neither a manager nor a supervisor of its accounts, nor the owner. */
  | { kind: 'outsider'; email: string; as: 'editor' | 'viewer' }
  /** Anyone with the link, or on the internet, can open it. */
  | { kind: 'link'; access: LinkSharing }
  /** Anyone of the company's domain can open it. */
  | { kind: 'domain'; access: LinkSharing }
  /** The file's link sharing could not be read (no Drive scope for this file). */
  | { kind: 'linkUnknown' }
  /** A manager or supervisor named in Accounts who cannot open the file. */
  | { kind: 'missing'; email: string }
  /**
   * A manager or supervisor who can open the file, and so read the dossiers of accounts they
   * neither manage nor supervise (a file holding several managers' accounts): a breach.
   */
  | { kind: 'readsOthers'; email: string; accounts: string[] }
  /**
   * The owner, whom R3.5's Decision lets in, named with the accounts they neither manage nor
   * supervise: not a breach.
   */
  | { kind: 'ownerReads'; email: string; accounts: string[] };

/** An account as the audit names it: its id as Accounts spells it, and its people. */
export interface AuditedAccount extends AccountPeople {
  id?: string;
}

/** The accounts whose dossiers R3.5 keeps from `email` (neither their manager nor supervisor). */
function othersOf(accounts: readonly AuditedAccount[], email: string): string[] {
  return accounts
    .filter((a) => accessOf(email, a) === undefined)
    .map((a) => (a.id ?? '').trim())
    .filter((id) => id !== '');
}

export interface AccessAudit {
  /** Everyone R3.5 lets in. */
  allowed: string[];
  findings: AccessFinding[];
  /** True when nothing breaks R3.5 (a missing person or unknown link sharing is not a breach). */
  ok: boolean;
}

/**
 * Checks a file's sharing against its accounts (R3.5). Example: a file shared with
 * "outsider@x.lt" as a viewer gives `{ kind: 'outsider', email: 'outsider@x.lt', as: 'viewer' }`.
 * A Google Group shared with the file counts as an outsider: R3.5 names people, and the
 * group's members cannot be listed without a directory scope. A file holding the accounts of
 * several managers lets each of them read the others' dossiers: every such reader is named
 * with those accounts (`readsOthers`), and so is the owner (`ownerReads`, allowed by R3.5's
 * Decision). Example: KA-1 of ona@x.lt and KA-2 of jonas@x.lt in one file both can open →
 * ona@x.lt reads KA-2, jonas@x.lt reads KA-1.
 */
export function auditAccess(
  accounts: readonly AuditedAccount[],
  sharing: FileSharing,
): AccessAudit {
  const allowed = allowedPeople(accounts, sharing.owner);
  const findings: AccessFinding[] = [];
  const seen = new Set<string>([normalEmail(sharing.owner)]);
  const check = (list: readonly string[], as: 'editor' | 'viewer') => {
    for (const email of list) {
      const key = normalEmail(email);
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      if (!allowed.has(key)) findings.push({ kind: 'outsider', email: email.trim(), as });
    }
  };
  check(sharing.editors, 'editor');
  check(sharing.viewers, 'viewer');
  const owner = normalEmail(sharing.owner);
  for (const email of [...allowed].sort()) {
    if (!seen.has(email)) continue;
    const others = othersOf(accounts, email);
    if (others.length === 0) continue;
    findings.push({
      kind: email === owner ? 'ownerReads' : 'readsOthers',
      email,
      accounts: others,
    });
  }
  if (sharing.link === 'ANYONE' || sharing.link === 'ANYONE_WITH_LINK')
    findings.push({ kind: 'link', access: sharing.link });
  if (sharing.link === 'DOMAIN' || sharing.link === 'DOMAIN_WITH_LINK')
    findings.push({ kind: 'domain', access: sharing.link });
  if (sharing.link === 'unknown') findings.push({ kind: 'linkUnknown' });
  for (const email of [...allowed].sort()) {
    if (!seen.has(email)) findings.push({ kind: 'missing', email });
  }
  const notBreaches = new Set(['missing', 'linkUnknown', 'ownerReads']);
  const breaches = findings.filter((f) => !notBreaches.has(f.kind));
  return { allowed: [...allowed].sort(), findings, ok: breaches.length === 0 };
}
