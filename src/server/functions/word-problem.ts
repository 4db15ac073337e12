// Words an argument problem for a cell or an #ERROR! tooltip, in the spreadsheet's language.

import type { Got, KamErrorCause } from '../../core/errors';
import type { Messages } from '../../i18n';
import type { Grid } from './cell-args';

function wordGot(m: Messages, got: Got): string {
  switch (got.kind) {
    case 'text':
      return m.fn.got.text(got.text);
    case 'boolean':
      return m.fn.got.boolean(got.value);
    case 'number':
      return m.fn.got.number(got.value);
    case 'range':
      return m.fn.got.range(got.rows, got.columns);
    case 'date':
      return m.fn.got.date;
    case 'nothing':
      return m.fn.got.nothing;
    case 'ragged':
      return m.fn.got.ragged;
    default:
      return m.fn.got.other;
  }
}

function wordExpected(m: Messages, problem: KamErrorCause): string {
  const expected = m.fn.expected;
  switch (problem.code) {
    case 'OUT_OF_RANGE':
      return expected.OUT_OF_RANGE(problem.detail ?? '');
    case 'SAME_SHAPE': {
      const [rows, columns] = (problem.detail ?? '1×1').split('×').map(Number);
      return expected.SAME_SHAPE(rows, columns);
    }
    default:
      return problem.code in expected
        ? (expected[problem.code as keyof typeof expected] as string)
        : problem.code;
  }
}

/**
 * "KAM_TIER: revenue in row 3 must be a number of 0 or more; got -5." Names the function,
 * the argument, the cell of the range when there is one, what was expected and what came.
 */
export function wordProblem(m: Messages, fn: string, problem: KamErrorCause, grid?: Grid): string {
  const rows = grid?.rows.length ?? 1;
  const columns = grid?.rows[0]?.length ?? 1;
  const where = problem.at ? m.fn.where(problem.at.row, problem.at.column, rows, columns) : '';
  const got = wordGot(m, problem.got ?? { kind: 'other' });
  return m.fn.message(fn, problem.field ?? '', where, wordExpected(m, problem), got);
}
