// onEdit's choice of accounts: a typed cell re-highlights the account of its row (and the old
// account when an id is retyped); a pasted block or any Revenue change recomputes every
// account and rewrites only the rows whose status changed (R3.6, R5 statuses stay current).
import type { Emulator } from '../../../dev/emulator';
import {
  EDITS_WAITING_KEY,
  onEdit,
  rowsOfA1,
  touchedAccounts,
  WATCHED,
} from '../../../src/server/check/on-edit';
import { BREACH_INDEX_KEY } from '../../../src/server/dossier/breach-index';
import type { TableSource } from '../../../src/server/sheet/table-read';
import { sheetDef } from '../../../src/template';
import { withPlatform } from '../../helpers/platform';
import { fillSheet, unitWorkbook } from '../../helpers/unit-workbook';

const NOWHERE = {} as TableSource;
const contactsRaw = {
  source: NOWHERE,
  values: [
    ['Date', 'Account ID', 'Outcome'],
    ['', ' KA-001 ', 'Positive'],
    ['', '', 'Negative'],
    ['', 7, ''],
  ],
};
const touched = (a1: string, oldValue?: unknown, key: 'contacts' | 'revenue' = 'contacts') => {
  const found = touchedAccounts(sheetDef(key), contactsRaw, a1, oldValue);
  return found && [...found];
};

/** Accounts KA-001 and KA-002 of one manager, both with stale status cells. */
function workbook(): Emulator {
  const emu = unitWorkbook();
  fillSheet(emu, 'accounts', [
    { accountId: 'KA-001', client: 'Acme', manager: 'ieva@x.lt', supervisor: 'ruta@x.lt' },
    { accountId: 'KA-002', client: 'Beta', manager: 'ieva@x.lt', supervisor: 'ruta@x.lt' },
  ]);
  fillSheet(emu, 'contacts', [
    { date: '2026-11-19', accountId: 'KA-001', ourPerson: 'ieva@x.lt', outcome: 'Positive' },
    { date: '2026-11-24', accountId: 'KA-002', ourPerson: 'ieva@x.lt', outcome: 'Positive' },
  ]);
  return emu;
}

/** Fires onEdit as Sheets does after the user changed `a1`. */
function edit(emu: Emulator, a1: string, oldValue?: unknown): void {
  withPlatform(
    emu,
    (platform) => {
      const source = platform.spreadsheet();
      const [sheet, cells] = a1.split('!');
      onEdit(platform, { range: source.getSheetByName(sheet)!.getRange(cells), source, oldValue });
    },
    { authMode: 'LIMITED' },
  );
}

/**
 * 50 accounts (NARROW_FROM_ACCOUNTS), so a typed cell reads the other sheets narrowly; Contacts
 * lists KA-002 in row 2 and KA-001 in row 3, so a sheet's row is never mistaken for Accounts'.
 */
function largeWorkbook(): Emulator {
  const emu = unitWorkbook();
  const ids = Array.from({ length: 50 }, (_, i) => `KA-${String(i + 1).padStart(3, '0')}`);
  fillSheet(
    emu,
    'accounts',
    ids.map((accountId) => ({ accountId, client: accountId, manager: 'ieva@x.lt' })),
  );
  fillSheet(emu, 'contacts', [
    { date: '2026-11-24', accountId: 'KA-002', ourPerson: 'ieva@x.lt', outcome: 'Positive' },
    { date: '2026-11-19', accountId: 'KA-001', ourPerson: 'ieva@x.lt', outcome: 'Positive' },
  ]);
  emu.calls.reset();
  return emu;
}

/** Whole-sheet reads (one getValues a sheet) and narrow reads (a header, ids, rows) of the last edits. */
const reads = (emu: Emulator) => ({
  whole: emu.calls.count('Range.getValues'),
  narrow: emu.calls.count('Sheet.getSheetValues'),
});

/** A document property, as the next check would read it. */
const property = (emu: Emulator, key: string) =>
  withPlatform(emu, (platform) => platform.properties().getProperty(key));

const status = (emu: Emulator, row: number) => emu.inspect(`Accounts!M${row}`).value;
const note = (emu: Emulator, a1: string) =>
  emu.spreadsheet.getSheetByName('Accounts')!.getRange(a1).getNote();

describe('on-edit', () => {
  describe('rowsOfA1', () => {
    it('reads the rows of a cell, a block, whole rows and a sheet-qualified range', () => {
      const a1s = ['B7', 'A5:G9', '5:9', "'My sheet'!c12", 'AB100:AC101'];

      expect(a1s.map(rowsOfA1)).toEqual([
        [7, 7],
        [5, 9],
        [5, 9],
        [12, 12],
        [100, 101],
      ]);
    });

    it('cannot tell the rows of whole columns or of something that is not a range', () => {
      const a1s = ['A:C', 'A5:G', 'B7x', 'x B7', ''];

      expect(a1s.map(rowsOfA1)).toEqual(Array(5).fill(undefined));
    });
  });

  describe('touchedAccounts', () => {
    it('is the account of a typed cell’s row, trimmed and in any case', () => {
      expect(touched('C2')).toEqual(['ka-001']);
    });

    it('adds the old account when the account id itself was retyped', () => {
      expect(touched('B2', 'KA-002 ')).toEqual(['ka-001', 'ka-002']);
      expect(touched('B3', 'KA-009')).toEqual(['ka-009']);
    });

    it('ignores an old value that is blank or not text', () => {
      expect(touched('B2', '  ')).toEqual(['ka-001']);
      expect(touched('B2', 5)).toEqual(['ka-001']);
    });

    it('reads a number typed as an account id as that id', () => {
      expect(touched('B4')).toEqual(['7']);
    });

    it('cannot tell for a block, the header row, a row without an account, or a cell past the data', () => {
      const a1s = ['B2:B3', 'B1', 'C3', 'C40', 'A:A'];

      expect(a1s.map((a1) => touched(a1))).toEqual(Array(5).fill(undefined));
    });

    it('cannot tell for Revenue, where any change moves every share (R1.1)', () => {
      expect(touched('B2', undefined, 'revenue')).toBeUndefined();
    });

    it('cannot tell for a sheet that lost its Account ID column', () => {
      const raw = {
        source: NOWHERE,
        values: [
          ['Date', 'Outcome'],
          ['', 'Positive'],
        ],
      };

      expect(touchedAccounts(sheetDef('contacts'), raw, 'B2', 'KA-001')).toBeUndefined();
    });
  });

  describe('onEdit', () => {
    it('watches the sheets a status depends on (R1, R3.3, R3.4, R3.6, R5)', () => {
      expect([...WATCHED].sort()).toEqual(
        ['accounts', 'competitors', 'contacts', 'decisionGroup', 'revenue', 'reviews'].sort(),
      );
    });

    it('re-highlights only the account of a typed contact, leaving the other rows as they are', () => {
      const emu = workbook();

      edit(emu, 'Contacts!G2');

      expect(status(emu, 2)).toBe('Due soon');
      expect(note(emu, 'M2')).toContain('2026-11-29');
      expect(status(emu, 3)).toBe('');
    });

    it('re-highlights both accounts when a contact’s account id is retyped', () => {
      const emu = workbook();

      edit(emu, 'Contacts!B3', 'KA-001');

      expect([status(emu, 2), status(emu, 3)]).toEqual(['Due soon', 'OK']);
    });

    it('recomputes every account after a pasted block, and rewrites only the rows whose status changed', () => {
      const emu = workbook();
      edit(emu, 'Contacts!A2:G3');
      emu.spreadsheet.getSheetByName('Accounts')!.getRange('M3').setNote('kept');
      fillSheet(emu, 'contacts', [
        { date: '2026-11-25', accountId: 'KA-001', ourPerson: 'ieva@x.lt', outcome: 'Positive' },
        { date: '2026-11-24', accountId: 'KA-002', ourPerson: 'ieva@x.lt', outcome: 'Positive' },
      ]);

      edit(emu, 'Contacts!A2:G2');

      expect([status(emu, 2), status(emu, 3)]).toEqual(['OK', 'OK']);
      expect(note(emu, 'M3')).toBe('kept');
    });

    it('does nothing for an edit of a sheet no status depends on', () => {
      const emu = workbook();

      edit(emu, 'Plan!B2');
      edit(emu, 'Sheet1!A1');

      expect([status(emu, 2), status(emu, 3)]).toEqual(['', '']);
    });

    it('re-highlights an account typed in Accounts from one read of each sheet', () => {
      const emu = workbook();
      emu.calls.reset();

      edit(emu, 'Accounts!B3');

      expect(status(emu, 3)).toBe('OK');
      expect(reads(emu)).toEqual({ whole: 7, narrow: 0 });
    });

    it('writes nothing when the touched account already shows its status', () => {
      const emu = workbook();
      edit(emu, 'Contacts!G2');
      emu.spreadsheet.getSheetByName('Accounts')!.getRange('M2').setNote('kept');

      edit(emu, 'Contacts!H2');

      expect(note(emu, 'M2')).toBe('kept');
    });
  });

  describe('onEdit in a workbook of 50 accounts', () => {
    it('re-highlights a typed contact’s account from that account’s contact rows alone', () => {
      const emu = largeWorkbook();

      edit(emu, 'Contacts!G2');

      expect([status(emu, 2), status(emu, 3), status(emu, 4)]).toEqual(['', 'OK', '']);
      // Accounts, Revenue and Settings whole; Contacts' header, the row, its ids and KA-002's
      // rows; the headers of Reviews, Decision group and Competitors, which hold no rows.
      expect(reads(emu)).toEqual({ whole: 3, narrow: 7 });
    });

    it('re-highlights an account whose row is typed in Accounts, reading the other sheets narrowly', () => {
      const emu = largeWorkbook();

      edit(emu, 'Accounts!C2');

      expect([status(emu, 2), status(emu, 3)]).toEqual(['Due soon', '']);
      expect(note(emu, 'M2')).toContain('2026-11-29');
      expect(reads(emu)).toEqual({ whole: 3, narrow: 6 });
    });

    it('recomputes every account after a Revenue change, reading each sheet whole (R1.1)', () => {
      const emu = largeWorkbook();

      edit(emu, 'Revenue!B2');

      expect([status(emu, 2), status(emu, 3), status(emu, 51)]).toEqual([
        'Due soon',
        'OK',
        'No positive contact',
      ]);
      expect(reads(emu).narrow).toBe(0);
    });

    it('recomputes every account after a paste over several rows, reading each sheet whole', () => {
      const emu = largeWorkbook();

      edit(emu, 'Contacts!A2:G3');

      expect([status(emu, 2), status(emu, 3), status(emu, 51)]).toEqual([
        'Due soon',
        'OK',
        'No positive contact',
      ]);
      expect(reads(emu).narrow).toBe(0);
    });

    it('recomputes every account after a header is retyped, reading no row of that sheet narrowly', () => {
      const emu = largeWorkbook();

      edit(emu, 'Contacts!G1');

      expect([status(emu, 2), status(emu, 51)]).toEqual(['Due soon', 'No positive contact']);
      expect(reads(emu)).toEqual({ whole: 7, narrow: 1 });
    });
  });

  describe('onEdit outside the checked sheets', () => {
    it('makes the dashboard read Change history again after a line is typed there (R4.3)', () => {
      const emu = workbook();
      withPlatform(emu, (platform) =>
        platform.properties().setProperty(BREACH_INDEX_KEY, '{"v":1,"by":{}}'),
      );

      edit(emu, 'Change history!A2');

      expect(property(emu, BREACH_INDEX_KEY)).toBe('dropped 2026-11-26T07:00:00.000Z');
    });

    it('reads and writes nothing when a user edits a sheet of their own', () => {
      const emu = largeWorkbook();
      emu.spreadsheet.insertSheet('My notes');
      emu.calls.reset();

      edit(emu, 'My notes!A1');

      expect(reads(emu)).toEqual({ whole: 0, narrow: 0 });
      expect(emu.calls.count('Range.setValues')).toBe(0);
    });
  });

  describe('onEdit while another execution writes', () => {
    it('writes nothing and leaves a mark for the next check when the lock stays taken', () => {
      const emu = workbook();
      const save = emu.begin({ fnName: 'kamLogContact' });
      save.within(() => {
        const service = save.global('LockService') as {
          getDocumentLock(): { tryLock(ms: number): boolean };
        };
        service.getDocumentLock().tryLock(1000);
      });

      edit(emu, 'Contacts!G2');
      save.end();

      expect(status(emu, 2)).toBe('');
      // 09:00 in Vilnius, after waiting 5 s for the lock.
      expect(property(emu, EDITS_WAITING_KEY)).toBe('2026-11-26T07:00:05.000Z');
    });

    it('lets a failed write end the edit with its error, not with a mark for the next check', () => {
      const emu = workbook();
      emu.faults.failWrite(1, 'Service Spreadsheets failed');

      const act = () => edit(emu, 'Contacts!G2');

      expect(act).toThrow('Service Spreadsheets failed');
      expect(property(emu, EDITS_WAITING_KEY)).toBeNull();
    });
  });
});
