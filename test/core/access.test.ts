// Tests: the R3.5 rule (manager, direct supervisor or owner), the sharing audit and the split plan.
import { accessOf, allowedPeople, mayAccess } from '../../src/core/access';
import { auditAccess } from '../../src/core/access-audit';
import { partitionRows, splitPlan } from '../../src/core/access-split';

const account = { manager: 'ieva@x.lt', supervisor: 'Ruta@x.lt' };

describe('access', () => {
  describe('accessOf', () => {
    it('lets in the manager, the direct supervisor and the owner, ignoring case and spaces', () => {
      expect(accessOf(' IEVA@x.lt', account, 'boss@x.lt')).toBe('manager');
      expect(accessOf('ruta@x.lt', account, 'boss@x.lt')).toBe('supervisor');
      expect(accessOf('boss@x.lt', account, 'boss@x.lt')).toBe('owner');
    });

    it('lets the manager and the supervisor see the dossier (mayAccess)', () => {
      expect(mayAccess('ieva@x.lt', account)).toBe(true);
      expect(mayAccess('ruta@x.lt', account)).toBe(true);
    });

    it('refuses another manager, and an unknown (blank) user', () => {
      expect(mayAccess('mantas@x.lt', account, 'boss@x.lt')).toBe(false);
      expect(mayAccess('', account, 'boss@x.lt')).toBe(false);
      expect(mayAccess('', { manager: '', supervisor: '' }, '')).toBe(false);
    });
  });

  describe('allowedPeople', () => {
    it('never lists a blank e-mail, for an account naming nobody or a file without an owner', () => {
      expect([...allowedPeople([{ manager: ' ', supervisor: 'ruta@x.lt' }])]).toEqual([
        'ruta@x.lt',
      ]);
    });

    it('lists each manager and supervisor once, and the owner', () => {
      const people = allowedPeople(
        [account, { manager: 'mantas@x.lt', supervisor: 'ruta@x.lt' }],
        'boss@x.lt',
      );

      expect([...people].sort()).toEqual(['boss@x.lt', 'ieva@x.lt', 'mantas@x.lt', 'ruta@x.lt']);
    });
  });

  describe('auditAccess', () => {
    it('flags an outsider, link sharing and a named person who cannot open the file', () => {
      const audit = auditAccess([account], {
        owner: 'boss@x.lt',
        editors: ['boss@x.lt', 'ieva@x.lt'],
        viewers: ['outsider@y.com'],
        link: 'ANYONE_WITH_LINK',
      });

      expect(audit.ok).toBe(false);
      expect(audit.findings).toEqual([
        { kind: 'outsider', email: 'outsider@y.com', as: 'viewer' },
        { kind: 'link', access: 'ANYONE_WITH_LINK' },
        { kind: 'missing', email: 'ruta@x.lt' },
      ]);
    });

    it('passes a private file of only the named people, noting when sharing is unknown', () => {
      const audit = auditAccess([account], {
        owner: 'boss@x.lt',
        editors: ['ieva@x.lt', 'ruta@x.lt'],
        viewers: [],
        link: 'unknown',
      });

      expect(audit.ok).toBe(true);
      expect(audit.findings).toEqual([{ kind: 'linkUnknown' }]);
    });

    it('flags domain sharing', () => {
      const audit = auditAccess([account], {
        owner: 'boss@x.lt',
        editors: ['ieva@x.lt', 'ruta@x.lt'],
        viewers: [],
        link: 'DOMAIN',
      });

      expect(audit.findings).toEqual([{ kind: 'domain', access: 'DOMAIN' }]);
    });
  });

  describe('auditAccess, in detail', () => {
    it('counts each person once, ignores blank entries and the owner listed as an editor', () => {
      const audit = auditAccess([account], {
        owner: 'Boss@x.lt',
        editors: [' boss@x.lt', 'ieva@x.lt', '', 'Outsider@y.com '],
        viewers: ['outsider@y.com', 'ruta@x.lt', '  '],
        link: 'PRIVATE',
      });

      expect(audit.findings).toEqual([{ kind: 'outsider', email: 'Outsider@y.com', as: 'editor' }]);
      expect(audit.allowed).toEqual(['boss@x.lt', 'ieva@x.lt', 'ruta@x.lt']);
      expect(audit.ok).toBe(false);
    });

    it('flags a file anyone can open, with or without the link, and a domain without the link (R3.5)', () => {
      const sharing = { owner: 'boss@x.lt', editors: ['ieva@x.lt', 'ruta@x.lt'], viewers: [] };

      const findings = (['ANYONE', 'ANYONE_WITH_LINK', 'DOMAIN'] as const).map(
        (link) => auditAccess([account], { ...sharing, link }).findings,
      );

      expect(findings).toEqual([
        [{ kind: 'link', access: 'ANYONE' }],
        [{ kind: 'link', access: 'ANYONE_WITH_LINK' }],
        [{ kind: 'domain', access: 'DOMAIN' }],
      ]);
    });

    it('passes a private file that misses a named person, listing the missing in order', () => {
      const audit = auditAccess([account, { manager: 'aiste@x.lt', supervisor: 'ruta@x.lt' }], {
        owner: 'boss@x.lt',
        editors: [],
        viewers: [],
        link: 'PRIVATE',
      });

      expect(audit.ok).toBe(true);
      expect(audit.findings).toEqual([
        { kind: 'missing', email: 'aiste@x.lt' },
        { kind: 'missing', email: 'ieva@x.lt' },
        { kind: 'missing', email: 'ruta@x.lt' },
      ]);
    });
  });

  describe('splitPlan and partitionRows', () => {
    const plan = splitPlan([
      { key: 'ka-001', manager: 'Ieva@x.lt', supervisor: 'ruta@x.lt', client: 'Alfa' },
      { key: 'ka-002', manager: 'mantas@x.lt', supervisor: 'ruta@x.lt', client: 'Beta' },
      { key: 'ka-003', manager: 'ieva@x.lt', supervisor: 'ruta@x.lt', client: 'Gama' },
      { key: 'ka-004', manager: '', supervisor: 'ruta@x.lt', client: 'Delta' },
    ]);

    it('groups accounts by manager, leaving accounts without one in the source', () => {
      expect(plan.managers).toEqual([
        {
          manager: 'Ieva@x.lt',
          supervisors: ['ruta@x.lt'],
          accounts: ['ka-001', 'ka-003'],
          clients: ['alfa', 'gama'],
        },
        {
          manager: 'mantas@x.lt',
          supervisors: ['ruta@x.lt'],
          accounts: ['ka-002'],
          clients: ['beta'],
        },
      ]);
      expect(plan.unassigned).toEqual(['ka-004']);
    });

    it('puts every row in exactly one bucket', () => {
      const { byManager, orphans } = partitionRows(
        ['ka-001', 'ka-002', 'ka-404', 'ka-003', 'ka-004'],
        plan,
      );

      expect(Object.fromEntries(byManager)).toEqual({ 'ieva@x.lt': [0, 3], 'mantas@x.lt': [1] });
      expect(orphans).toEqual([2, 4]);
    });

    it('keeps an account listed twice with its first manager, and every supervisor once', () => {
      const twice = splitPlan(
        [
          { key: 'ka-001', manager: 'ieva@x.lt', supervisor: 'Ruta@x.lt', client: ' Alfa ' },
          { key: 'ka-001', manager: 'mantas@x.lt', supervisor: 'ruta@x.lt' },
          { key: 'ka-002', manager: 'IEVA@x.lt', supervisor: 'ruta@x.lt ', client: 'alfa' },
          { key: 'ka-003', manager: 'ieva@x.lt', supervisor: 'jonas@x.lt' },
          { key: 'ka-004', manager: 'ieva@x.lt', supervisor: '  ', client: '' },
          { key: 'ka-005', client: 'Beta' },
        ],
        (client) => client.trim().toUpperCase(),
      );

      expect(twice.managers).toEqual([
        {
          manager: 'ieva@x.lt',
          supervisors: ['Ruta@x.lt', 'jonas@x.lt'],
          accounts: ['ka-001', 'ka-002', 'ka-003', 'ka-004'],
          clients: ['ALFA'],
        },
      ]);
      expect(Object.fromEntries(twice.managerOf)).toEqual({
        'ka-001': 'ieva@x.lt',
        'ka-002': 'ieva@x.lt',
        'ka-003': 'ieva@x.lt',
        'ka-004': 'ieva@x.lt',
      });
      expect(twice.unassigned).toEqual(['ka-005']);
    });
  });
});
