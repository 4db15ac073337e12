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

    it('refuses another manager, and an unknown (blank) user', () => {
      expect(mayAccess('mantas@x.lt', account, 'boss@x.lt')).toBe(false);
      expect(mayAccess('', account, 'boss@x.lt')).toBe(false);
      expect(mayAccess('', { manager: '', supervisor: '' }, '')).toBe(false);
    });
  });

  describe('allowedPeople', () => {
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
  });
});
