// Split by manager (R3.5): each manager's workbook is named after the manager and lists their
// supervisors as Accounts spells them, without stray spaces or made-up names.
import { splitPlan } from '../../src/core/access-split';

describe('access-split', () => {
  describe('splitPlan', () => {
    it('names a manager typed with spaces around the e-mail as written, without the spaces (R3.5)', () => {
      const plan = splitPlan([{ key: 'ka-001', manager: ' Ieva@x.lt ', supervisor: 'ruta@x.lt' }]);

      expect(plan.managers.map((share) => share.manager)).toEqual(['Ieva@x.lt']);
    });

    it('lists each client once for the manager’s Revenue sheet, whatever its case and spaces', () => {
      const plan = splitPlan([
        { key: 'ka-001', manager: 'ieva@x.lt', client: ' Alfa ' },
        { key: 'ka-002', manager: 'ieva@x.lt', client: 'ALFA' },
      ]);

      expect(plan.managers[0].clients).toEqual(['alfa']);
    });

    it('lists no supervisor for a manager whose accounts name none (R3.5)', () => {
      const plan = splitPlan([{ key: 'ka-001', manager: 'ieva@x.lt', client: 'Alfa' }]);

      expect(plan.managers).toEqual([
        { manager: 'ieva@x.lt', supervisors: [], accounts: ['ka-001'], clients: ['alfa'] },
      ]);
    });
  });
});
