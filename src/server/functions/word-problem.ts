// Words an argument problem for a cell or an #ERROR! tooltip, in the spreadsheet's language,
// naming the sheet's row of a bad value where the calling formula tells it.

import type { Got, KamErrorCause } from '../../core/errors';
import type { Messages } from '../../i18n';
import type { Grid } from './cell-args';
import type { Start } from './formula-refs';

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

/** Where a function's arguments begin on the sheet, by argument name; undefined when not known. */
export type Placer = (arg: string) => Start | undefined;

/** Column letters of a 1-based column: 3 → "C". */
function letterOf(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * Where a bad value is, in the user's terms: the sheet's row (or column, or cell) when the
 * argument's range can be placed on the sheet (`place`, from the calling cell's formula),
 * else its position in the range ("the 41st value").
 */
function wordWhere(m: Messages, problem: KamErrorCause, grid?: Grid, place?: Placer): string {
  const at = problem.at;
  if (!at) return '';
  const rows = at.rows ?? grid?.rows.length ?? 1;
  const columns = at.columns ?? grid?.rows[0]?.length ?? 1;
  const start = problem.field === undefined ? undefined : place?.(problem.field);
  if (start) {
    const row = start.row + at.row - 1;
    return m.fn.whereOnSheet(row, letterOf(start.column + at.column - 1), rows, columns);
  }
  return m.fn.whereInRange((at.row - 1) * columns + at.column);
}

/**
 * "KAM_TIER: revenue in row 42 must be a number of 0 or more; got -5." Names the function,
 * the argument, where the bad value is (the sheet's row when `place` can tell, else its place
 * in the range), what was expected and what came.
 */
export function wordProblem(
  m: Messages,
  fn: string,
  problem: KamErrorCause,
  grid?: Grid,
  place?: Placer,
): string {
  const where = wordWhere(m, problem, grid, place);
  const got = wordGot(m, problem.got ?? { kind: 'other' });
  return m.fn.message(fn, problem.field ?? '', where, wordExpected(m, problem), got);
}
