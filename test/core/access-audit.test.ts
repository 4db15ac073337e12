// Check access's claims (issue 12, E.7; R3.5 and its Decision): a file holding several
// managers' accounts lets each of them read the others' dossiers, which is flagged with the
// accounts named; the owner is let in, but named where they neither manage nor supervise.
import { auditAccess } from '../../src/core/access-audit';

const ONA = 'ona@x.lt';
const JONAS = 'jonas@x.lt';
const RUTA = 'ruta@x.lt';
const accounts = [
  { id: 'KA-1', manager: ONA, supervisor: RUTA },
  { id: 'KA-2', manager: JONAS, supervisor: RUTA },
  { id: 'KA-3', manager: JONAS, supervisor: RUTA },
];

describe('auditAccess', () => {
  it('flags each manager who can read another manager’s accounts, naming those accounts', () => {
    const audit = auditAccess(accounts, {
      owner: RUTA,
      editors: [ONA, JONAS],
      viewers: [],
      link: 'PRIVATE',
    });

    expect(audit.ok).toBe(false);
    expect(audit.findings).toEqual([
      { kind: 'readsOthers', email: JONAS, accounts: ['KA-1'] },
      { kind: 'readsOthers', email: ONA, accounts: ['KA-2', 'KA-3'] },
    ]);
  });

  it('passes one manager’s file shared with that manager and the supervisor who owns it', () => {
    const audit = auditAccess(accounts.slice(1), {
      owner: RUTA,
      editors: [JONAS],
      viewers: [],
      link: 'PRIVATE',
    });

    expect(audit).toMatchObject({ ok: true, findings: [] });
  });

  it('names an owner who neither manages nor supervises the accounts, without calling it a breach', () => {
    const audit = auditAccess(accounts.slice(1), {
      owner: 'head@x.lt',
      editors: [JONAS, RUTA],
      viewers: [],
      link: 'PRIVATE',
    });

    expect(audit.ok).toBe(true);
    expect(audit.findings).toEqual([
      { kind: 'ownerReads', email: 'head@x.lt', accounts: ['KA-2', 'KA-3'] },
    ]);
  });

  it('flags a file anyone of the company’s domain can open with the link (R3.5)', () => {
    const audit = auditAccess(accounts.slice(1), {
      owner: RUTA,
      editors: [JONAS],
      viewers: [],
      link: 'DOMAIN_WITH_LINK',
    });

    expect(audit.ok).toBe(false);
    expect(audit.findings).toEqual([{ kind: 'domain', access: 'DOMAIN_WITH_LINK' }]);
  });

  it('names the accounts a manager reads by their ids without surrounding spaces, leaving out blank ids', () => {
    const spaced = [
      { id: ' KA-1 ', manager: ONA, supervisor: RUTA },
      { id: '  ', manager: JONAS, supervisor: RUTA },
      { id: 'KA-3', manager: JONAS, supervisor: RUTA },
    ];

    const audit = auditAccess(spaced, {
      owner: RUTA,
      editors: [ONA, JONAS],
      viewers: [],
      link: 'PRIVATE',
    });

    expect(audit.findings).toEqual([
      { kind: 'readsOthers', email: JONAS, accounts: ['KA-1'] },
      { kind: 'readsOthers', email: ONA, accounts: ['KA-3'] },
    ]);
  });

  it('does not flag a supervisor for the accounts of the managers they supervise', () => {
    const audit = auditAccess(accounts, { owner: RUTA, editors: [], viewers: [], link: 'PRIVATE' });

    expect(audit.findings.filter((f) => f.kind === 'readsOthers')).toEqual([]);
  });
});
