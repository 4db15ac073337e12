// R3.5 in a file: who can open it against the people its accounts name. Sheets protections
// control editing, not reading, so anyone who can open the file can read every dossier in it.
import { type AccountPeople, allowedPeople, normalEmail } from './access';

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
  | { kind: 'missing'; email: string };

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
 * group's members cannot be listed without a directory scope.
 */
export function auditAccess(accounts: readonly AccountPeople[], sharing: FileSharing): AccessAudit {
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
  if (sharing.link === 'ANYONE' || sharing.link === 'ANYONE_WITH_LINK')
    findings.push({ kind: 'link', access: sharing.link });
  if (sharing.link === 'DOMAIN' || sharing.link === 'DOMAIN_WITH_LINK')
    findings.push({ kind: 'domain', access: sharing.link });
  if (sharing.link === 'unknown') findings.push({ kind: 'linkUnknown' });
  for (const email of [...allowed].sort()) {
    if (!seen.has(email)) findings.push({ kind: 'missing', email });
  }
  const breaches = findings.filter((f) => f.kind !== 'missing' && f.kind !== 'linkUnknown');
  return { allowed: [...allowed].sort(), findings, ok: breaches.length === 0 };
}
