// Tests: the harness controls (user edits, google.script.run, Drive, other spreadsheets, acting as a
// user, scopes, snapshots, selection).
import { emulate } from './helpers';

const EDITS = `
function onEdit(e) {
  PropertiesService.getDocumentProperties().setProperty('last', JSON.stringify({
    a1: e.range.getA1Notation(), value: e.value, oldValue: e.oldValue, mode: String(e.authMode),
    user: e.user.getEmail(), sheet: e.source.getActiveSheet().getName(), hasValue: 'value' in e,
  }));
}
function last() { return JSON.parse(PropertiesService.getDocumentProperties().getProperty('last')); }
function load(id) { return { id: id, when: new Date(2026, 0, 1).toISOString(), items: [1, null] }; }
function loadDate() { return { when: new Date() }; }
function echo(x) { return x; }
function secret_() { return 'hidden'; }
function split() {
  const copy = SpreadsheetApp.create('Copy of KAM');
  copy.getSheets()[0].getRange('A1').setValue('copied');
  copy.addEditor('boss@example.com');
  return copy.getId();
}
function readOther(id) { return SpreadsheetApp.openById(id).getSheets()[0].getRange('A1').getValue(); }
`;

describe('emulator harness', () => {
  describe('edit', () => {
    it('fires onEdit in LIMITED with value and oldValue for a single cell', () => {
      const emu = emulate(EDITS);
      emu.range('B2').setValue(5);

      emu.edit('B2', '7');

      expect(emu.run('last')).toEqual({
        a1: 'B2',
        value: '7',
        oldValue: '5',
        mode: 'LIMITED',
        user: '',
        sheet: 'Sheet1',
        hasValue: true,
      });
      expect(emu.range('B2').getValue()).toBe(7);
    });

    it('gives the whole block and no value for a pasted block', () => {
      const emu = emulate(EDITS);

      emu.edit('A1', [
        ['a', 'b'],
        ['c', 'd'],
      ]);

      expect(emu.run('last')).toMatchObject({ a1: 'A1:B2', hasValue: false });
    });

    it('does not fire onEdit for a script’s own writes', () => {
      const emu = emulate(
        `${EDITS}\nfunction write() { SpreadsheetApp.getActiveSheet().getRange('A1').setValue(1); }`,
      );

      emu.run('write');

      expect(emu.run('last')).toBeNull();
    });
  });

  describe('scriptRun', () => {
    it('passes plain values both ways', () => {
      const emu = emulate(EDITS);

      expect(emu.scriptRun('load', 'acc-1')).toEqual({
        id: 'acc-1',
        when: '2025-12-31T22:00:00.000Z',
        items: [1, null],
      });
      expect(emu.scriptRun('echo', [1, undefined, { a: undefined, b: 'x' }])).toEqual([
        1,
        null,
        { b: 'x' },
      ]);
    });

    it('refuses a Date, a function or a cycle as an argument', () => {
      const emu = emulate(EDITS);
      const cycle: Record<string, unknown> = {};
      cycle.self = cycle;

      expect(() => emu.scriptRun('echo', { when: new Date() })).toThrow(
        'Failed due to illegal value in property: when',
      );
      expect(() => emu.scriptRun('echo', () => 1)).toThrow('illegal value');
      expect(() => emu.scriptRun('echo', cycle)).toThrow('illegal value');
    });

    it('delivers null when the server returns a Date', () => {
      const emu = emulate(EDITS);

      expect(emu.scriptRun('loadDate')).toBeNull();
    });

    it('refuses functions whose names end with an underscore', () => {
      const emu = emulate(EDITS);

      expect(() => emu.scriptRun('secret_')).toThrow('Script function not found: secret_');
    });
  });

  describe('Drive', () => {
    it('creates spreadsheets, shares them and opens them by id', () => {
      const emu = emulate(EDITS);

      const id = emu.run('split') as string;

      expect(emu.run('readOther', [id])).toBe('copied');
      expect(() => emu.run('readOther', [id], { user: 'stranger@example.com' })).toThrow(
        'You do not have permission to access the requested document.',
      );
      expect(emu.run('readOther', [id], { user: 'boss@example.com' })).toBe('copied');
    });
  });

  describe('other spreadsheets', () => {
    it('reads one the script created, or one added, by id', () => {
      const emu = emulate(EDITS);

      const id = emu.run('split') as string;

      expect(emu.spreadsheetById(id).getRange('A1').getValue()).toBe('copied');
      expect(emu.spreadsheetById(emu.addSpreadsheet('Added')).getName()).toBe('Added');
      expect(() => emu.spreadsheetById('nope')).toThrow('Emulator: no spreadsheet nope');
    });
  });

  describe('acting as a user', () => {
    const WHO = `function who() {
      return [Session.getEffectiveUser().getEmail(), SpreadsheetApp.getActive().getOwner().getEmail()];
    }`;

    it('runs every later call as the user set, the owner unchanged', () => {
      const emu = emulate(WHO, { user: 'ana@example.com' });
      expect(emu.user).toBe('ana@example.com');

      emu.user = 'ben@example.com';

      expect(emu.scriptRun('who')).toEqual(['ben@example.com', 'ana@example.com']);
      expect(emu.run('who')).toEqual(['ben@example.com', 'ana@example.com']);
    });
  });

  describe('scopes', () => {
    it('applies the manifest scopes set later, and lifts them with null', () => {
      const emu = emulate(EDITS);

      emu.setScopes(['https://www.googleapis.com/auth/spreadsheets.currentonly']);
      expect(() => emu.run('split')).toThrow(
        'You do not have permission to call SpreadsheetApp.create.',
      );

      emu.setScopes(null);
      expect(typeof emu.run('split')).toBe('string');
    });
  });

  describe('snapshot', () => {
    it('restores spreadsheets, properties, triggers and the clock', () => {
      const emu = emulate(EDITS);
      emu.range('A1').setValue('kept');
      emu.edit('B1', '1');
      const saved = emu.snapshot();
      emu.range('A1').setValue('changed');
      emu.clock.advanceDays(5);

      emu.restore(saved);

      expect(emu.range('A1').getValue()).toBe('kept');
      expect(emu.run('last')).toMatchObject({ a1: 'B1' });
      expect(emu.clock.now().toISOString()).toBe('2026-11-30T10:00:00.000Z');
    });
  });

  describe('selection', () => {
    it('lets tests set the user’s selection', () => {
      const emu = emulate(
        'function sel() { const ss = SpreadsheetApp.getActive(); return [ss.getActiveRange().getA1Notation(), ss.getCurrentCell().getA1Notation()]; }',
      );

      emu.select('B3:C4');

      expect(emu.run('sel')).toEqual(['B3:C4', 'B3']);
    });
  });
});
