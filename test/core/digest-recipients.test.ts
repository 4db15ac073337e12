// Who a digest may go to (R3.5): named in the workbook, able to open it, not stopped.
import { recipientsOf } from '../../src/core/digest-recipients';

describe('digest-recipients', () => {
  describe('recipientsOf', () => {
    it('mails only people who can open the file and did not stop, each once, as Google compares addresses', () => {
      const who = recipientsOf(
        ['Ieva@Example.com', 'mantas@example.com', 'ieva@example.com', 'laura@example.com', ''],
        new Set(['ieva@example.com', 'laura@example.com', 'owner@example.com']),
        new Set(['laura@example.com']),
      );

      expect(who).toEqual({
        mail: ['ieva@example.com'],
        cannotOpen: ['mantas@example.com'],
        stopped: ['laura@example.com'],
      });
    });
  });
});
