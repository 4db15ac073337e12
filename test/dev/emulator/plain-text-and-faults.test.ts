// Tests: the plain-text switch (how an "@" cell takes a script's "=…" and leading apostrophe,
// which Google does not document), a leading + or - in General cells, Sheets' 50,000-character
// cell limit, and fault injection at the n-th write call.
import { isWriteCall } from '../../../dev/emulator';
import { bundle, emulate } from './helpers';

const writeAsText = bundle(`
  const r = SpreadsheetApp.getActiveSheet().getRange('A1:B1');
  r.setNumberFormat('@');
  r.setValues([[a, b]]);
  return [r.getValues()[0], r.getFormulas()[0]];
`);

describe('plain-text cells', () => {
  it('keep a written "=…" as text and a leading apostrophe in the value, by default', () => {
    const emu = emulate(writeAsText);

    expect(emu.run('main', ['=1+1', "'kept"])).toEqual([
      ['=1+1', "'kept"],
      ['', ''],
    ]);
  });

  it('make "=…" a formula under the formula answer', () => {
    const emu = emulate(writeAsText, { plainText: { formula: 'formula' } });

    const [, formulas] = emu.run('main', ['=1+1', 'x']) as string[][];

    expect(formulas[0]).toBe('=1+1');
  });

  it('strip a leading apostrophe under the stripped answer, leaving "=…" behind it as text', () => {
    const emu = emulate(writeAsText);
    emu.setPlainText({ formula: 'formula', apostrophe: 'stripped' });

    expect(emu.run('main', ["'=1+1", "'x"])).toEqual([
      ['=1+1', 'x'],
      ['', ''],
    ]);
  });
});

describe('General cells', () => {
  const write = bundle(`
    const r = SpreadsheetApp.getActiveSheet().getRange('A1:D1');
    r.setValues([[a, '-5', '+370 600 00000', '-']]);
    return r.getFormulas()[0];
  `);

  it('start a formula at a leading + or - that is not a number, as the stricter Sheets would', () => {
    const emu = emulate(write);

    expect(emu.run('main', ['+cmd'])).toEqual(['=+cmd', '', '=+370 600 00000', '']);
  });
});

describe('the 50,000-character cell limit', () => {
  const write = bundle(
    `SpreadsheetApp.getActiveSheet().getRange('A1').setValue(a); return 'written';`,
  );

  it('takes a cell of exactly 50,000 characters', () => {
    const emu = emulate(write);

    expect(emu.run('main', ['x'.repeat(50_000)])).toBe('written');
  });

  it('refuses one character more with Sheets’ message', () => {
    const emu = emulate(write);

    expect(() => emu.run('main', ['x'.repeat(50_001)])).toThrow(
      'Your input contains more than the maximum of 50000 characters in a single cell.',
    );
  });
});

describe('fault injection', () => {
  const threeWrites = bundle(`
    const sheet = SpreadsheetApp.getActiveSheet();
    sheet.getRange('A1').setValue(1);
    sheet.getRange('A2').setValue(2);
    sheet.getRange('A3').setValue(3);
  `);

  it('fails the n-th write call and leaves the writes before it', () => {
    const emu = emulate(threeWrites);
    emu.faults.failWrite(2);

    expect(() => emu.run('main')).toThrow('Service Spreadsheets failed');
    expect([emu.range('A1').getValue(), emu.range('A2').getValue()]).toEqual([1, '']);
    expect(emu.faults.seen).toEqual(['Range.setValue', 'Range.setValue']);
  });

  it('runs a callback just before the n-th write call', () => {
    const emu = emulate(threeWrites);
    const seen: unknown[] = [];
    emu.faults.beforeWrite(3, () => seen.push(emu.range('A2').getValue()));

    emu.run('main');

    expect(seen).toEqual([2]);
  });

  it('counts writes to files and properties, not reads, selections or builders', () => {
    expect(
      [
        ['Range', 'setNotes'],
        ['Sheet', 'appendRow'],
        ['SpreadsheetApp', 'create'],
        ['Properties', 'deleteProperty'],
        ['Range', 'getValues'],
        ['Spreadsheet', 'setActiveSheet'],
        ['DataValidationBuilder', 'setHelpText'],
        ['Cache', 'put'],
      ].map(([c, m]) => isWriteCall(c, m)),
    ).toEqual([true, true, true, true, false, false, false, false]);
  });
});
