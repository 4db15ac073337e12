// One error idiom: a code from one list and what the outermost layer needs to word it, so every
// message a user reads can name the field, the cell and what it held.
import { causeOf, describeValue, fail } from '../../src/core/errors';

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('errors', () => {
  describe('fail and causeOf', () => {
    it('throws an Error carrying the code and the field, which causeOf reads back', () => {
      const error = thrown(() => fail('NEGATIVE', { field: 'revenue', at: { row: 3, column: 1 } }));

      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toBe('NEGATIVE revenue');
      expect(causeOf(error)).toEqual({
        code: 'NEGATIVE',
        field: 'revenue',
        at: { row: 3, column: 1 },
      });
    });

    it('names only the code when no field is at fault', () => {
      const error = thrown(() => fail('BUSY'));

      expect((error as Error).message).toBe('BUSY');
      expect(causeOf(error)).toEqual({ code: 'BUSY' });
    });

    it('finds no cause in an error of someone else, or in something that is not an error', () => {
      const foreign = new Error('Service invoked too many times');
      const withCause = Object.assign(new Error('x'), { cause: 'text' });
      const nullCause = Object.assign(new Error('x'), { cause: null });
      const noCode = Object.assign(new Error('x'), { cause: { field: 'a' } });

      expect([foreign, withCause, nullCause, noCode, 'BUSY', null].map(causeOf)).toEqual(
        Array(6).fill(undefined),
      );
    });
  });

  describe('describeValue', () => {
    it('describes what a bad cell held, for the message', () => {
      const described = [
        '',
        null,
        undefined,
        'abc',
        true,
        -5,
        new Date(0),
        [
          [1, 2],
          [3, 4],
          [5, 6],
        ],
        [1, 2],
        {},
      ].map(describeValue);

      expect(described).toEqual([
        { kind: 'nothing' },
        { kind: 'nothing' },
        { kind: 'nothing' },
        { kind: 'text', text: 'abc' },
        { kind: 'boolean', value: true },
        { kind: 'number', value: -5 },
        { kind: 'date' },
        { kind: 'range', rows: 3, columns: 2 },
        { kind: 'range', rows: 2, columns: 1 },
        { kind: 'other' },
      ]);
    });

    it('shortens text over 40 characters, and keeps text of exactly 40', () => {
      const forty = 'x'.repeat(40);

      expect(describeValue(forty)).toEqual({ kind: 'text', text: forty });
      expect(describeValue(`${forty}y`)).toEqual({ kind: 'text', text: `${forty}…` });
    });
  });
});
