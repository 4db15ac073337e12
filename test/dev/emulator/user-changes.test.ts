// Tests: the user's structural edits (onChange, never onEdit), pressing Delete on a block, and
// simulated latency of service calls.
import { bundle, emulate } from './helpers';

const CHANGES = `
function install() {
  ScriptApp.newTrigger('changed').forSpreadsheet(SpreadsheetApp.getActive()).onChange().create();
}
function log(kind, e) {
  const p = PropertiesService.getDocumentProperties();
  const all = JSON.parse(p.getProperty('log') || '[]');
  all.push(kind === 'change'
    ? { kind, type: e.changeType, mode: String(e.authMode), user: e.user.getEmail(),
        source: e.source.getName(), uid: typeof e.triggerUid, hasRange: 'range' in e }
    : { kind, a1: e.range.getA1Notation(), value: e.value, oldValue: e.oldValue });
  p.setProperty('log', JSON.stringify(all));
}
function changed(e) { log('change', e); }
function onEdit(e) { log('edit', e); }
function entries() { return JSON.parse(PropertiesService.getDocumentProperties().getProperty('log') || '[]'); }
`;

const change = (type: string) => ({
  kind: 'change',
  type,
  mode: 'FULL',
  user: 'ana@example.com',
  source: 'KAM',
  uid: 'string',
  hasRange: false,
});

describe('user structural edits', () => {
  it('inserts and deletes rows and columns, firing onChange only', () => {
    const emu = emulate(CHANGES);
    emu.run('install');
    emu.setSheetData('Contacts', [['a'], ['b'], ['c']]);
    const user = { user: 'ana@example.com' };

    emu.insertRows('Contacts', 1, 2, user);
    emu.deleteRows('Contacts', 2, 1, user);
    emu.insertColumns('Contacts', 0, 1, user);
    emu.deleteColumns('Contacts', 1, 1, user);

    const sheet = emu.spreadsheet.getSheetByName('Contacts')!;
    expect(sheet.getRange('A1:A4').getValues()).toEqual([['a'], [''], ['b'], ['c']]);
    expect(emu.run('entries')).toEqual([
      change('INSERT_ROW'),
      change('REMOVE_ROW'),
      change('INSERT_COLUMN'),
      change('REMOVE_COLUMN'),
    ]);
  });

  it('widens a whole-column named range when the user inserts a column inside it', () => {
    const emu = emulate(CHANGES);
    emu.setSheetData('Contacts', [['a', 'b', 'c']]);
    const ss = emu.spreadsheet;
    ss.setNamedRange(
      'T',
      ss.getRange('Contacts!A:C') as unknown as GoogleAppsScript.Spreadsheet.Range,
    );

    emu.insertColumns('Contacts', 1, 1);
    emu.insertRows('Contacts', 1000, 10);

    expect(ss.getRangeByName('T')?.getA1Notation()).toBe('A:D');
    expect(ss.getRangeByName('T')?.getNumRows()).toBe(1010);
  });

  it('fires onChange EDIT after onEdit for a user edit', () => {
    const emu = emulate(CHANGES);
    emu.run('install');

    emu.edit('B2', 'x', { user: 'ana@example.com' });

    expect(emu.run('entries')).toEqual([{ kind: 'edit', a1: 'B2', value: 'x' }, change('EDIT')]);
  });

  it('clears a block or a cell as the Delete key does, firing onEdit with oldValue', () => {
    const emu = emulate(CHANGES);
    emu.range('B2:C3').setValues([
      [1, 2],
      [3, 4],
    ]);
    emu.range('B2').setNote('kept');

    emu.clear('B2:C3');
    emu.range('D1').setValue('old');
    emu.clear('Sheet1!D1');

    expect(emu.range('B2:D3').getValues()).toEqual([
      ['', '', ''],
      ['', '', ''],
    ]);
    expect(emu.range('B2').getNote()).toBe('kept');
    expect(emu.run('entries')).toEqual([
      { kind: 'edit', a1: 'B2:C3' },
      { kind: 'edit', a1: 'D1', oldValue: 'old' },
    ]);
  });
});

describe('simulated latency', () => {
  const TIMED = bundle(`
    const start = Date.now();
    const sheet = SpreadsheetApp.getActiveSheet();
    let n = 0;
    while (Date.now() - start < 1000) { sheet.getRange(1, 1).getValue(); n++; }
    return n;
  `);

  it('advances the clock on every counted call', () => {
    const emu = emulate(TIMED, { msPerCall: 100 });
    const before = emu.clock.now().getTime();

    expect(emu.run('main')).toBe(5); // 100 ms for getActiveSheet, then 200 per iteration
    expect(emu.clock.now().getTime() - before).toBe(1100);
  });

  it('can be changed later and is off by default', () => {
    const emu = emulate(bundle('SpreadsheetApp.getActiveSheet().getName(); return Date.now();'));
    const t0 = emu.clock.now().getTime();

    expect(emu.run('main')).toBe(t0 + 0);
    emu.setLatency(250);
    expect(emu.run('main')).toBe(t0 + 500);
  });
});
