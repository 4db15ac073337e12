// Tests: custom-function formulas are evaluated, spilled, recalculated and refused as Sheets does.
import { emulate } from './helpers';

const FUNCTIONS = `
/** @customfunction */
function KAM_SHARE(revenue, total) {
  if (Array.isArray(revenue)) return revenue.map((r) => [r[0] === '' ? '' : r[0] / total]);
  return revenue / total;
}
function DOUBLE_ALL(range) { return range.map((row) => row.map((v) => v * 2)); }
function FAILS(x) { throw new Error('KAM_TIER: revenue must be a number, got "' + x + '"'); }
function NEXT_DAY(d) { return new Date(d.getTime() + 86400000); }
function WHERE() { return SpreadsheetApp.getActiveRange().getA1Notation(); }
function TRY_WRITE() { SpreadsheetApp.getActiveSheet().getRange('Z1').setValue(1); }
function helper_(x) { return x; }
`;

describe('formula engine', () => {
  it('evaluates a custom function with a cell reference and an absolute reference', () => {
    const emu = emulate(FUNCTIONS);
    emu.setSheetData('Revenue', [[100], [300], ['=SUM(A1:A2)'], ['=KAM_SHARE(A1, $A$3)']]);

    expect(emu.inspect('Revenue!A4')).toMatchObject({
      value: 0.25,
      display: '0.25',
      formula: '=KAM_SHARE(A1, $A$3)',
    });
    expect(emu.inspect('Revenue!A3').value).toBe(400);
  });

  it('spills a 2-D result into empty neighbouring cells', () => {
    const emu = emulate(FUNCTIONS);
    emu.setSheetData('Sheet1', [[1, '=DOUBLE_ALL(A1:A3)'], [2], [3]]);

    expect(emu.range('B1:B3').getValues()).toEqual([[2], [4], [6]]);
    expect(emu.range('B1:B3').getFormulas()).toEqual([['=DOUBLE_ALL(A1:A3)'], [''], ['']]);
  });

  it('shows #REF! when the result would overwrite data', () => {
    const emu = emulate(FUNCTIONS);
    emu.setSheetData('Sheet1', [[1, '=DOUBLE_ALL(A1:A3)'], [2, 'mine'], [3]]);

    expect(emu.inspect('B1')).toMatchObject({
      value: '#REF!',
      display: '#REF!',
      error: 'Array result was not expanded because it would overwrite data in B2.',
    });
  });

  it('expands once the blocking cell is cleared', () => {
    const emu = emulate(FUNCTIONS);
    emu.setSheetData('Sheet1', [
      [1, '=DOUBLE_ALL(A1:A2)'],
      [2, 'mine'],
    ]);

    emu.range('B2').clearContent();
    emu.engine.flush();

    expect(emu.range('B1:B2').getValues()).toEqual([[2], [4]]);
  });

  it('turns a thrown error into #ERROR! and keeps its message', () => {
    const emu = emulate(FUNCTIONS);
    emu.setSheetData('Sheet1', [['abc', '=FAILS(A1)']]);

    expect(emu.inspect('B1')).toMatchObject({
      value: '#ERROR!',
      display: '#ERROR!',
      error: 'KAM_TIER: revenue must be a number, got "abc"',
    });
  });

  it('recalculates a custom function when a cell in its arguments changes', () => {
    const emu = emulate(FUNCTIONS);
    emu.setSheetData('Sheet1', [[1, '=DOUBLE_ALL(A1:A2)'], [2]]);
    const runs = emu.executions.length;

    emu.edit('A2', '10');
    emu.range('C1').setValue('unrelated');
    emu.engine.flush();

    expect(emu.range('B2').getValue()).toBe(20);
    expect(emu.executions.length).toBe(runs + 1);
  });

  it('passes dates in and gives date results a date format', () => {
    const emu = emulate(FUNCTIONS);
    emu.setSheetData('Sheet1', [[new Date('2026-11-29T22:00:00Z'), '=NEXT_DAY(A1)']]);

    expect(emu.range('B1').getDisplayValue()).toBe('12/1/2026');
  });

  it('runs custom functions read-only, with their own cell as the active range', () => {
    const emu = emulate(FUNCTIONS);
    emu.setSheetData('Sheet1', [['=WHERE()', '=TRY_WRITE()']]);

    expect(emu.range('A1').getValue()).toBe('A1');
    expect(emu.inspect('B1').error).toBe('You do not have permission to call Range.setValue');
  });

  it('marks functions it does not evaluate with #N/A and a log entry', () => {
    const emu = emulate(FUNCTIONS);
    emu.setSheetData('Sheet1', [['=TODAY()', '=helper_(1)']]);

    expect(emu.range('A1:B1').getValues()).toEqual([['#N/A', '#N/A']]);
    expect(emu.log.messages('emulator')[0]).toContain('TODAY is not emulated');
    expect(emu.range('A1').getFormula()).toBe('=TODAY()');
  });

  it('evaluates references to other sheets and plain arithmetic', () => {
    const emu = emulate(FUNCTIONS);
    emu.setSheetData('My data', [[4], [6]]);
    emu.setSheetData('Sheet1', [
      ["=KAM_SHARE('My data'!A1, SUM('My data'!A1:A2))", '=2*3+1', '="a"&"b"'],
    ]);

    expect(emu.range('A1:C1').getValues()).toEqual([[0.4, 7, 'ab']]);
  });

  it('calls a custom function directly with Node values converted into the vm', () => {
    const emu = emulate(FUNCTIONS);

    expect(emu.customFunction('KAM_SHARE', [[10], [''], [30]], 40)).toEqual([[0.25], [''], [0.75]]);
    expect(emu.customFunction('NEXT_DAY', new Date('2026-11-30T00:00:00Z'))).toEqual(
      new Date('2026-12-01T00:00:00Z'),
    );
  });
});

describe('HYPERLINK', () => {
  it('shows its label, or its URL without one', () => {
    const emu = emulate('function noop() {}');
    emu.setSheetData('Links', [['x']]);

    emu.setFormula('Links!A1', '=HYPERLINK("#gid=1&range=A5","Accounts row 5")');
    emu.setFormula('Links!A2', '=HYPERLINK("https://example.com")');

    expect(emu.inspect('Links!A1').value).toBe('Accounts row 5');
    expect(emu.inspect('Links!A2').value).toBe('https://example.com');
  });
});

describe('an argument left out', () => {
  it('reaches the custom function as a blank cell', () => {
    const emu = emulate(`
/** @customfunction */
function ARGS(a, b, c) { return [typeof a, JSON.stringify(b), typeof c].join('|'); }`);
    emu.setSheetData('Args', [[1]]);

    emu.setFormula('Args!B1', '=ARGS(A1, , 3)');

    expect(emu.inspect('Args!B1').value).toBe('number|""|number');
  });
});
