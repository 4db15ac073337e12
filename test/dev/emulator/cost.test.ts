// Tests: the execution-time estimate (dev/emulator/cost.ts) reproduces the measurements it was
// taken from, and charges per call and per cell a call reads or writes.
import { MS_PER_CALL, MS_PER_FORMAT_CELL, MS_PER_VALUE_CELL } from '../../../dev/emulator';
import { bundle, emulate } from './helpers';

/** The stats of running `body` on a 1000 × 100 Sheet1 (Google's sample colours 100 columns). */
const estimate = (body: string) => {
  const emu = emulate(bundle(body));
  emu.insertColumns('Sheet1', 26, 74);
  emu.run('main');
  return emu.executions.at(-1)!;
};

describe('the execution-time estimate', () => {
  it('gives Google’s best-practices figures: about 70 s cell by cell, about 1 s in one call', () => {
    const slow = estimate(`
      const cell = SpreadsheetApp.getActiveSheet().getRange('a1');
      for (let y = 0; y < 100; y++) {
        for (let x = 0; x < 100; x++) cell.offset(y, x).setBackground('#ff0000');
        SpreadsheetApp.flush();
      }
    `);
    const fast = estimate(`
      const colors = Array.from({ length: 100 }, () => Array(100).fill('#ff0000'));
      const sheet = SpreadsheetApp.getActiveSheet();
      sheet.getRange('a1');
      sheet.getRange(1, 1, 100, 100).setBackgrounds(colors);
    `);

    expect(slow.estimatedMs / 1000).toBeCloseTo(70, 0);
    expect(fast.estimatedMs / 1000).toBeCloseTo(1, 1);
  });

  it('charges values at the published setValues rate: 4,000 cells in about 50 ms', () => {
    const run = estimate(`
      const rows = Array.from({ length: 400 }, (_, r) => Array.from({ length: 10 }, (_, c) => r * c));
      SpreadsheetApp.getActiveSheet().getRange(1, 1, 400, 10).setValues(rows);
    `);

    expect(run.estimatedMs).toBeCloseTo(3 * MS_PER_CALL + 4000 * MS_PER_VALUE_CELL, 6);
    expect(4000 * MS_PER_VALUE_CELL).toBe(50);
  });

  it('charges a read like a write, a top-left getter one cell, geometry and other services none', () => {
    const run = estimate(`
      const range = SpreadsheetApp.getActiveSheet().getRange(1, 1, 10, 10);
      range.getValues();
      range.getNotes();
      range.getValue();
      range.getNumRows();
      PropertiesService.getDocumentProperties().getProperty('k');
    `);

    const calls = 8;
    expect(run.calls).toBe(calls);
    expect(run.estimatedMs).toBeCloseTo(
      calls * MS_PER_CALL + 100 * MS_PER_VALUE_CELL + 100 * MS_PER_FORMAT_CELL + MS_PER_VALUE_CELL,
      6,
    );
  });

  it('charges an appended row its cells', () => {
    const run = estimate("SpreadsheetApp.getActiveSheet().appendRow(['a', 'b', 'c']);");

    expect(run.estimatedMs).toBeCloseTo(2 * MS_PER_CALL + 3 * MS_PER_VALUE_CELL, 6);
  });
});
