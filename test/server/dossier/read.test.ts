// An account's dossier rows across its sheets (R3), and the key of each row: an edit or a
// removal from the sidebar lands on the row it was loaded from, or on nothing if that row
// changed or went, never on a neighbour.

import { createKamEmulator } from '../../../dev/kam-emulator';
import { causeOf } from '../../../src/core/errors';
import { checkKey } from '../../../src/dossier/validate';
import {
  accountRowsOf,
  isDossierSheet,
  readDossierTables,
  readForLoad,
  recordOf,
  rowByKey,
  rowKeys,
} from '../../../src/server/dossier/read';
import { NARROW_FROM_ACCOUNTS } from '../../../src/server/sheet/narrow-read';
import type { Table, TableRow } from '../../../src/server/sheet/table-read';
import { sheetDef } from '../../../src/template';
import { fillSheet, inWorkbook, unitWorkbook } from '../../helpers/unit-workbook';

const planTable = { def: sheetDef('plan') } as unknown as Table;
const accountsTable = { def: sheetDef('accounts') } as unknown as Table;
const row = (rowNumber: number, values: Record<string, unknown>): TableRow =>
  ({ rowNumber, values, problems: {} }) as TableRow;
const call = { accountId: 'KA-001', objective: 'Grow', action: 'Call Petras', due: 20787 };

function portfolio() {
  const emu = unitWorkbook();
  fillSheet(emu, 'accounts', [
    { accountId: 'KA-001', client: 'Acme', manager: 'ieva@x.lt', supervisor: 'ruta@x.lt' },
    { accountId: 'KA-002', client: 'Beta', manager: 'mantas@x.lt', supervisor: 'ruta@x.lt' },
  ]);
  fillSheet(emu, 'plan', [
    { accountId: 'ka-001 ', objective: 'Grow', action: 'Call' },
    { accountId: 'KA-002', objective: 'Keep', action: 'Visit' },
    { accountId: 'KA-001', objective: 'Win', action: 'Offer' },
  ]);
  fillSheet(emu, 'contacts', [{ accountId: 'KA-002', date: '2026-11-20', outcome: 'Positive' }]);
  return emu;
}

describe('dossier read', () => {
  describe('rowKeys', () => {
    it('gives each row a key of 16 hex digits and its place, the same on every load', () => {
      const rows = [row(2, call), row(3, { ...call, action: 'Visit' })];

      const keys = rowKeys(planTable, rows);

      expect(keys.every((key) => checkKey(key) === key)).toBe(true);
      expect(keys).toEqual(
        rowKeys(planTable, [row(7, call), row(9, { ...call, action: 'Visit' })]),
      );
      expect(keys[0]).toBe('4385a240a6ba6e5a.0');
      expect(keys[0]).not.toBe(keys[1]);
    });

    it('tells identical rows apart by their place among them', () => {
      const keys = rowKeys(planTable, [row(2, call), row(3, call), row(4, call)]);

      expect(keys.map((key) => key.slice(-2))).toEqual(['.0', '.1', '.2']);
      expect(new Set(keys.map((key) => key.slice(0, 16))).size).toBe(1);
    });

    it('changes when any cell the user typed changes, also one typed straight into the sheet', () => {
      const edits = [
        { objective: 'grow' },
        { due: 20788 },
        { owner: 'ieva@x.lt' },
        { action: undefined },
      ];

      const keys = edits.map((edit) => rowKeys(planTable, [row(2, { ...call, ...edit })])[0]);

      expect(new Set([rowKeys(planTable, [row(2, call)])[0], ...keys]).size).toBe(5);
    });

    it('stays the same when the daily check rewrites the status columns, or the account id is retyped', () => {
      const account = { accountId: 'KA-001', client: 'Acme', manager: 'ieva@x.lt' };
      const checked = {
        ...account,
        accountId: 'ka-001',
        contactStatus: 'overdue',
        flags: 'No supporter',
      };

      const [before] = rowKeys(accountsTable, [row(2, account)]);
      const [after] = rowKeys(accountsTable, [row(2, checked)]);

      expect(after).toBe(before);
    });

    it('does not mistake a blank cell for text reading "null" or for an empty list', () => {
      const keys = [undefined, 'null', ''].map(
        (objective) => rowKeys(planTable, [row(2, { ...call, objective })])[0],
      );

      expect(new Set(keys).size).toBe(3);
    });
  });

  describe('rowByKey', () => {
    it('finds the row loaded with a key after rows were inserted above it', () => {
      const loaded = [row(2, call), row(3, { ...call, action: 'Visit' })];
      const [, visitKey] = rowKeys(planTable, loaded);
      const now = [
        row(2, { ...call, action: 'New' }),
        row(3, call),
        row(4, { ...call, action: 'Visit' }),
      ];

      const found = rowByKey(planTable, now, visitKey);

      expect(found?.rowNumber).toBe(4);
    });

    it('finds nothing when the row was changed or removed since it was loaded', () => {
      const [key] = rowKeys(planTable, [row(2, call)]);

      expect(rowByKey(planTable, [row(2, { ...call, action: 'Changed' })], key)).toBeUndefined();
      expect(rowByKey(planTable, [], key)).toBeUndefined();
    });

    it('finds the first row of the sheet by its key, as a save of the top row needs', () => {
      const rows = [row(2, call), row(3, { ...call, action: 'Visit' })];

      expect(rowByKey(planTable, rows, rowKeys(planTable, rows)[0])?.rowNumber).toBe(2);
    });

    it('finds the second of two identical rows by its place', () => {
      const rows = [row(2, call), row(5, call)];

      expect(rowByKey(planTable, rows, rowKeys(planTable, rows)[1])?.rowNumber).toBe(5);
    });
  });

  describe('readDossierTables and accountRowsOf', () => {
    it('gathers an account’s rows of every dossier sheet, its id matched trimmed and in any case', () => {
      const emu = portfolio();

      const found = inWorkbook(emu, (workbook) =>
        accountRowsOf(readDossierTables(workbook), ' ka-001'),
      );

      expect(found?.account.values.client).toBe('Acme');
      expect(found?.rows.accounts?.map((r) => r.rowNumber)).toEqual([2]);
      expect(found?.rows.plan?.map((r) => r.values.objective)).toEqual(['Grow', 'Win']);
      expect(found?.rows.contacts).toEqual([]);
      expect(found?.rows.reviews).toEqual([]);
    });

    it('reads only the sheets a call asks for, and Accounts always', () => {
      const emu = portfolio();

      const tables = inWorkbook(emu, (workbook) => readDossierTables(workbook, ['contacts']));
      const rows = accountRowsOf(tables, 'KA-002');

      expect(
        Object.entries(tables)
          .filter(([, t]) => t !== undefined)
          .map(([k]) => k),
      ).toEqual(['accounts', 'contacts']);
      expect(rows?.rows.contacts?.map((r) => r.values.outcome)).toEqual(['positive']);
      expect(rows?.rows.plan).toBeUndefined();
    });

    it('loads a small workbook with every account, for the list to pick from in the same call', () => {
      const emu = portfolio();

      const load = inWorkbook(emu, (workbook) => readForLoad(workbook, () => 'KA-001'));

      expect(load.listed).toBe(true);
      expect(load.tables.accounts.rows.length).toBeGreaterThan(1);
    });

    it('builds the account’s record for the checks from its own row and contacts only', () => {
      const emu = portfolio();

      const record = inWorkbook(emu, (workbook) => {
        const tables = readDossierTables(workbook);
        return recordOf(workbook, tables, accountRowsOf(tables, 'KA-002')!);
      });

      expect(record.id).toBe('KA-002');
      expect(record.facts.contacts.length).toBe(1);
    });

    it('finds no account for an unknown or blank id', () => {
      const emu = portfolio();
      fillSheet(emu, 'accounts', [{ client: 'No id yet' }]);

      const found = inWorkbook(emu, (workbook) => {
        const tables = readDossierTables(workbook, []);
        return [accountRowsOf(tables, 'KA-404'), accountRowsOf(tables, '  ')];
      });

      expect(found).toEqual([undefined, undefined]);
    });

    it('refuses to read a workbook that was never set up, or whose sheet lost its Account ID column', () => {
      const bare = createKamEmulator({ code: '' });
      const lost = portfolio();
      lost.setSheetData('Plan', [['Objective'], ['Grow']]);

      const codes = [
        () => inWorkbook(bare, (workbook) => readDossierTables(workbook)),
        () => inWorkbook(lost, (workbook) => readDossierTables(workbook, ['plan'])),
      ].map((read) => {
        try {
          read();
          return 'read';
        } catch (error) {
          return `${causeOf(error)?.code} (${causeOf(error)?.field})`;
        }
      });

      expect(codes).toEqual(['NOT_SET_UP (payload)', 'NOT_SET_UP (payload)']);
      expect(
        inWorkbook(lost, (workbook) =>
          readDossierTables(workbook, ['contacts']).contacts?.rows.map((r) => r.values.accountId),
        ),
      ).toEqual(['KA-002']);
    });
  });

  describe('in a large workbook', () => {
    /** As many accounts as make the dossier be read narrowly, each with one plan row, and one plan row of no account. */
    function large() {
      const emu = portfolio();
      const ids = Array.from({ length: NARROW_FROM_ACCOUNTS }, (_, i) => `KA-${100 + i}`);
      fillSheet(
        emu,
        'accounts',
        ids.map((accountId) => ({
          accountId,
          client: `Client ${accountId}`,
          manager: 'ieva@x.lt',
        })),
      );
      fillSheet(emu, 'plan', [
        ...ids.map((accountId) => ({ accountId, objective: `Grow ${accountId}`, action: 'Call' })),
        { objective: 'Nobody’s', action: 'Typed without an account' },
      ]);
      fillSheet(emu, 'contacts', [
        ...ids.map((accountId) => ({ accountId, date: '2026-11-20', clientPerson: accountId })),
        { date: '2026-11-20', clientPerson: 'Typed without an account' },
      ]);
      return emu;
    }
    const objectives = (table: Table | undefined) => table?.rows.map((r) => r.values.objective);
    const people = (table: Table | undefined) => table?.rows.map((r) => r.values.clientPerson);

    it('reads only the account’s own rows of the other sheets, none when no account is picked', () => {
      const emu = large();

      const [picked, none] = inWorkbook(emu, (workbook) => [
        readDossierTables(workbook, ['plan'], () => ' ka-107'),
        readDossierTables(workbook, ['plan'], () => undefined),
      ]);

      expect(objectives(picked.plan)).toEqual(['Grow KA-107']);
      expect(picked.accounts.rows).toHaveLength(NARROW_FROM_ACCOUNTS);
      expect(objectives(none.plan)).toEqual([]);
    });

    it('loads the account’s rows only and leaves the list of accounts to its own call, none when no account is picked', () => {
      const emu = large();

      const [picked, none] = inWorkbook(emu, (workbook) => [
        readForLoad(workbook, () => 'KA-120'),
        readForLoad(workbook, () => undefined),
      ]);

      expect(picked.listed).toBe(false);
      expect(picked.tables.accounts.rows.map((r) => r.values.client)).toEqual(['Client KA-120']);
      expect(people(picked.tables.contacts)).toEqual(['KA-120']);
      expect(people(none.tables.contacts)).toEqual([]);
    });
  });

  describe('isDossierSheet', () => {
    it('counts the dossier’s sheets and not Revenue, Settings or Change history', () => {
      const keys = ['accounts', 'decisionGroup', 'plan', 'revenue', 'settings', 'history'];

      expect(keys.map(isDossierSheet)).toEqual([true, true, true, false, false, false]);
    });
  });
});
