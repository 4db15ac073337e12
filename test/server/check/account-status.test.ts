// The Accounts status cells a manager reads: revenue, share and tier (R1), last and next
// review (R3.6), last positive and negative contact and the contact status (R5), the flags
// (R3.3, R3.4, R6.2); each with a note that says why, the row coloured by its loudest finding.
import type { Emulator } from '../../../dev/emulator';
import { checkAccount } from '../../../src/core/account-check';
import { dayOfIso } from '../../../src/core/days';
import {
  DOSSIER_STATUS_KEYS,
  SEVERITY_COLORS,
  showsStatus,
  statusesOf,
  statusOf,
  writeStatuses,
} from '../../../src/server/check/account-status';
import { type AccountRecord, readPortfolio } from '../../../src/server/sheet/portfolio-read';
import type { Workbook } from '../../../src/server/sheet/workbook';
import { fillSheet, inWorkbook, unitWorkbook } from '../../helpers/unit-workbook';

const TODAY = dayOfIso('2026-11-26')!;
const day = (iso: string) => dayOfIso(iso)!;
const IEVA = { manager: 'ieva@x.lt', supervisor: 'ruta@x.lt' };

/** Acme (KA-001): reviewed, in rhythm, a full decision group; Beta (KA-002): nothing logged. */
function portfolio(lang: 'en' | 'lt' = 'en'): Emulator {
  const emu = unitWorkbook({ lang });
  fillSheet(emu, 'accounts', [
    { accountId: 'KA-001', client: 'Acme', ...IEVA },
    { accountId: 'KA-002', client: 'Beta', ...IEVA },
  ]);
  fillSheet(emu, 'reviews', [
    { date: '2026-10-01', accountId: 'KA-001', reviewer: 'ieva@x.lt' },
    { date: '2026-09-01', accountId: 'KA-001', reviewer: 'ieva@x.lt' },
  ]);
  fillSheet(emu, 'contacts', [
    {
      date: '2026-11-01',
      accountId: 'KA-001',
      clientPerson: 'Petras',
      ourPerson: 'ieva@x.lt',
      outcome: 'Negative',
      personal: 'No',
    },
    {
      date: '2026-11-25',
      accountId: 'KA-001',
      clientPerson: 'Petras',
      ourPerson: 'ieva@x.lt',
      outcome: 'Positive',
      personal: 'Yes',
    },
    {
      date: '2026-11-28',
      accountId: 'KA-001',

      ourPerson: 'ieva@x.lt',
      outcome: 'Negative',
      personal: 'Yes',
    },
  ]);
  fillSheet(emu, 'decisionGroup', [
    {
      accountId: 'KA-001',
      person: 'Petras',
      role: 'Decision maker',
      attitude: 'Supporter',
      division: 'Board',
    },
    {
      accountId: 'KA-001',
      person: 'Ona',
      role: 'User',
      attitude: 'Neutral',
      division: 'Sales',
      lastContact: '2026-11-10',
    },
  ]);
  fillSheet(emu, 'competitors', [
    { accountId: 'KA-001', competitor: 'Rival', lastUpdated: '2026-11-01' },
  ]);
  fillSheet(emu, 'revenue', [
    { client: 'Acme', revenue: 600 },
    { client: 'Beta', revenue: 300 },
    { client: 'Gamma', revenue: 100 },
  ]);
  return emu;
}

/** Each account's record and status today. */
function statuses(emu: Emulator) {
  return inWorkbook(emu, (workbook) => {
    const { accounts } = readPortfolio(workbook);
    return new Map(
      accounts.map((a) => [a.id, { record: a, status: statusOf(a, workbook, TODAY) }]),
    );
  });
}

describe('account-status', () => {
  describe('statusOf', () => {
    it('fills the status cells of an account in order: revenue, share, tier, reviews and contacts', () => {
      const { status } = statuses(portfolio()).get('KA-001')!;

      expect(status.values).toEqual({
        revenue: 600,
        share: 0.6,
        tier: 'mono',
        lastReview: day('2026-10-01'),
        nextReviewDue: day('2027-01-01'),
        lastPositiveContact: day('2026-11-25'),
        lastNegativeContact: day('2026-11-01'),
        contactStatus: 'ok',
        flags: '',
      });
    });

    it('leaves a negative contact dated after today out of the last negative contact (R5 Decision)', () => {
      const { status } = statuses(portfolio()).get('KA-001')!;

      expect(status.values.lastNegativeContact).toBe(day('2026-11-01'));
    });

    it('shows the latest negative contact up to and including today as the last negative contact (R5.2)', () => {
      const emu = portfolio();
      const negative = (date: string) => ({
        date,
        accountId: 'KA-001',
        ourPerson: 'ieva@x.lt',
        outcome: 'Negative',
      });
      fillSheet(emu, 'contacts', [
        negative('2026-10-01'),
        negative('2026-11-26'),
        negative('2026-11-20'),
        negative('2026-11-28'),
      ]);

      const { status } = statuses(emu).get('KA-001')!;

      expect(status.values.lastNegativeContact).toBe(day('2026-11-26'));
    });

    it('leaves the review and contact cells without a note while the account keeps its rhythm', () => {
      const { status } = statuses(portfolio()).get('KA-001')!;

      expect([status.notes.lastReview, status.notes.contactStatus]).toEqual(['', '']);
    });

    it('colours a mono-client in order amber and notes the R1.3 alert on its tier in plain words (R1.3)', () => {
      const { status } = statuses(portfolio()).get('KA-001')!;

      expect(status.severity).toBe('warning');
      expect(status.notes.tier).toMatch(/^Mono-client: more than half of revenue/);
      expect(status.notes.tier).not.toMatch(/R1\.3/);
      expect(status.notes.flags).toBe('');
    });

    it('flags an account with nothing logged: never reviewed, no positive contact, no decision maker, no competitor', () => {
      const { status } = statuses(portfolio()).get('KA-002')!;

      expect(status.values).toMatchObject({
        tier: 'critical',
        lastReview: undefined,
        nextReviewDue: undefined,
        lastPositiveContact: undefined,
        lastNegativeContact: undefined,
        contactStatus: 'never',
        flags: 'Never reviewed; No positive contact; No decision maker; No competitor profile',
      });
      expect(status.severity).toBe('alert');
      expect(status.notes.tier).toBe('');
    });

    it('does not flag "no supporter" for an account with no decision group at all (R3.3)', () => {
      const { status } = statuses(portfolio()).get('KA-002')!;

      expect(status.values.flags).not.toMatch(/supporter/i);
    });

    it('puts the review note on the review cells and the contact note on the contact cells, each saying why', () => {
      const { status } = statuses(portfolio()).get('KA-002')!;

      expect(status.notes.lastReview).toBe(
        'Never reviewed: go through the dossier at least every 3 months.',
      );
      expect(status.notes.nextReviewDue).toBe(status.notes.lastReview);
      expect(status.notes.contactStatus).toBe(
        'No positive contact logged: the relationship needs one at least every 10 days.',
      );
      expect(status.notes.lastPositiveContact).toBe(status.notes.contactStatus);
      expect(status.notes.lastNegativeContact).toBe(status.notes.contactStatus);
      expect(status.notes.flags.split('\n')).toEqual([
        status.notes.lastReview,
        status.notes.contactStatus,
        'Nobody in the decision group is known to decide: find out who can decide alone or veto.',
        'No competitor profile: who else is trying to win this client?',
      ]);
    });

    it('names the people, competitors and divisions a flag is about (R3.3, R3.4, R6.2)', () => {
      const emu = portfolio();
      fillSheet(emu, 'decisionGroup', [
        {
          accountId: 'KA-001',
          person: 'Jonas',
          role: 'Opponent',
          influence: 'High',
          division: 'IT',
        },
        {
          accountId: 'KA-001',
          person: 'Ona',
          role: 'Supporter',
          division: 'Sales',
          lastContact: '2026-11-20',
        },
      ]);
      fillSheet(emu, 'competitors', [
        { accountId: 'KA-001', competitor: 'Rival', lastUpdated: '2026-01-01' },
        { accountId: 'KA-001', competitor: 'Other', lastUpdated: '2026-02-01' },
      ]);
      fillSheet(emu, 'contacts', [
        { date: '2026-11-25', accountId: 'KA-001', ourPerson: 'ieva@x.lt', outcome: 'Positive' },
      ]);

      const { status } = statuses(emu).get('KA-001')!;

      expect(status.values.flags).toBe(
        'No decision maker; Strong opponent: Jonas; One person in contact; Divisions without contact: IT; Competitor profile stale: Rival, Other',
      );
    });

    it('flags a "Reports to" loop naming its people in the order they report (R3.3)', () => {
      const emu = portfolio();
      fillSheet(emu, 'decisionGroup', [
        { accountId: 'KA-001', person: 'Petras', role: 'Decision maker', reportsTo: 'Ona' },
        { accountId: 'KA-001', person: 'Ona', role: 'Supporter', reportsTo: 'Petras' },
      ]);

      const { status } = statuses(emu).get('KA-001')!;

      expect(status.values.flags).toContain('Reports-to loop: Petras → Ona → Petras');
    });

    it('notes why on the review cells for a review overdue or due soon, and on the contact cells for each contact state (R3.6, R5)', () => {
      const emu = unitWorkbook();
      const ids = ['KA-1', 'KA-2', 'KA-3', 'KA-4'];
      fillSheet(
        emu,
        'accounts',
        ids.map((accountId) => ({ accountId, client: accountId, ...IEVA })),
      );
      fillSheet(emu, 'reviews', [
        { date: '2026-08-01', accountId: 'KA-1' },
        { date: '2026-09-01', accountId: 'KA-2' },
      ]);
      const contact = (accountId: string, date: string, outcome: string, personal = 'No') => ({
        accountId,
        date,
        outcome,
        personal,
        ourPerson: 'ieva@x.lt',
      });
      fillSheet(emu, 'contacts', [
        contact('KA-1', '2026-11-01', 'Positive'),
        contact('KA-2', '2026-11-18', 'Positive'),
        contact('KA-3', '2026-11-20', 'Positive'),
        contact('KA-3', '2026-11-21', 'Negative'),
        contact('KA-4', '2026-11-20', 'Positive'),
        contact('KA-4', '2026-11-21', 'Negative'),
        contact('KA-4', '2026-11-23', 'Neutral', 'Yes'),
      ]);

      const found = statuses(emu);
      const cells = (id: string) => {
        const { values, notes } = found.get(id)!.status;
        return [values.contactStatus, notes.lastReview, notes.nextReviewDue, notes.contactStatus];
      };

      expect(cells('KA-1')).toEqual([
        'overdue',
        expect.stringMatching(/^Review overdue by 25 days/),
        expect.stringMatching(/^Review overdue/),
        expect.stringMatching(/^Positive contact overdue by 15 days/),
      ]);
      expect(cells('KA-2')).toEqual([
        'dueSoon',
        expect.stringMatching(/^Review due in 5 days/),
        expect.stringMatching(/^Review due in 5 days/),
        expect.stringMatching(/^Positive contact due in 2 days/),
      ]);
      expect(cells('KA-3')[3]).toMatch(
        /^Negative contact on 2026-11-21: no personal contact until 2026-12-05/,
      );
      expect(cells('KA-4')[3]).toMatch(/^Pause broken: a personal contact on 2026-11-23/);
      expect(found.get('KA-4')!.status.notes.lastNegativeContact).toBe(cells('KA-4')[3]);
    });

    it('words the cells in the workbook’s language', () => {
      const { status } = statuses(portfolio('lt')).get('KA-002')!;

      expect(status.values.flags).not.toContain('Never reviewed');
      expect(status.notes.lastReview).toBe(
        'Niekada neperžiūrėta: dokumentaciją peržiūrėkite bent kas 3 mėn.',
      );
    });

    it('uses a check already made that day instead of making it again', () => {
      const emu = portfolio();

      const acme = inWorkbook(emu, (workbook) => {
        const [first, second] = readPortfolio(workbook).accounts;
        const made = checkAccount(second.facts, TODAY, workbook.settings);
        return statusOf(first, workbook, TODAY, made);
      });

      expect(acme.values.contactStatus).toBe('never');
      expect(acme.values.lastReview).toBe(day('2026-10-01'));
      expect(acme.severity).toBe('alert');
    });
  });

  describe('statusesOf', () => {
    it('gives every account’s status by its id', () => {
      const emu = portfolio();

      const byId = inWorkbook(emu, (workbook) =>
        statusesOf(readPortfolio(workbook).accounts, workbook, TODAY),
      );

      expect([...byId.keys()]).toEqual(['KA-001', 'KA-002']);
      expect(byId.get('KA-002')?.values.contactStatus).toBe('never');
    });
  });

  describe('showsStatus', () => {
    const record = (values: Record<string, unknown>) =>
      ({ row: { values } }) as unknown as AccountRecord;
    const status = (values: Record<string, unknown>) => ({ values }) as never;

    it('sees a row showing its status as up to date, a blank cell matching no value', () => {
      const shown = record({ contactStatus: 'ok', share: 0.1 + 0.2, keyTypes: ['x'] });

      expect(showsStatus(shown, status({ contactStatus: 'ok', share: 0.3, flags: '' }))).toBe(true);
    });

    it('sees any status cell that differs as out of date', () => {
      const shown = record({ contactStatus: 'ok', share: 0.3, lastReview: 20000 });

      const verdicts = [
        { contactStatus: 'overdue', share: 0.3, lastReview: 20000 },
        { contactStatus: 'ok', share: 0.31, lastReview: 20000 },
        { contactStatus: 'ok', share: 0.3, lastReview: 20001 },
        { contactStatus: 'ok', share: 0.3, lastReview: 20000, flags: 'No supporter' },
        { contactStatus: 'ok', share: 0.3 },
      ].map((values) => showsStatus(shown, status(values)));

      expect(verdicts).toEqual([false, false, false, false, false]);
    });

    it('compares only the cells asked for (a dossier save leaves revenue, share and tier to the check)', () => {
      const shown = record({ contactStatus: 'ok', share: 0.5 });

      expect(
        showsStatus(shown, status({ contactStatus: 'ok', share: 0.3 }), DOSSIER_STATUS_KEYS),
      ).toBe(true);
    });

    it('compares lists by their items', () => {
      const shown = record({ flags: ['a'] });

      expect(showsStatus(shown, status({ flags: ['a'] }), ['flags'])).toBe(true);
      expect(showsStatus(shown, status({ flags: ['b'] }), ['flags'])).toBe(false);
      expect(showsStatus(record({}), status({ flags: [] }), ['flags'])).toBe(true);
      expect(showsStatus(record({ flags: [] }), status({}), ['flags'])).toBe(true);
    });
  });

  describe('writeStatuses', () => {
    /** Every account's status as the check works it out today, by its row. */
    const byRow = (workbook: Workbook, records: AccountRecord[]) =>
      new Map(records.map((r) => [r.row.rowNumber, statusOf(r, workbook, TODAY)]));

    function written(emu: Emulator, fn: (workbook: Workbook, records: AccountRecord[]) => void) {
      inWorkbook(emu, (workbook) => {
        const { accounts, tables } = readPortfolio(workbook);
        emu.calls.reset();
        fn(workbook, accounts);
        return tables;
      });
      const sheet = emu.spreadsheet.getSheetByName('Accounts')!;
      const range = sheet.getRange('F2:N3');
      return {
        values: range.getDisplayValues(),
        notes: range.getNotes(),
        colors: range.getBackgrounds(),
      };
    }

    it('writes the status columns a sheet still has when a user deleted one of them', () => {
      const emu = portfolio();
      emu.spreadsheet.getSheetByName('Accounts')!.getRange('N1').setValue('My column');

      const cells = written(emu, (workbook, records) => {
        const table = readPortfolio(workbook).tables.accounts!;
        writeStatuses(table, workbook, byRow(workbook, records));
      });

      expect(cells.values.map((row) => row[7])).toEqual(['OK', 'No positive contact']);
      expect(cells.values.map((row) => row[8])).toEqual(['', '']);
    });

    it('writes values, notes and colours of consecutive rows together, three calls a block', () => {
      const emu = portfolio();
      let calls: Record<string, number> = {};

      const cells = written(emu, (workbook, records) => {
        const table = readPortfolio(workbook).tables.accounts!;
        emu.calls.reset();
        writeStatuses(table, workbook, byRow(workbook, records));
        calls = emu.calls.byMethod();
      });

      expect(cells.values).toEqual([
        [
          '600.00',
          '60.0%',
          'Mono-client',
          '2026-10-01',
          '2027-01-01',
          '2026-11-25',
          '2026-11-01',
          'OK',
          '',
        ],
        [
          '300.00',
          '30.0%',
          'Critical',
          '',
          '',
          '',
          '',
          'No positive contact',
          expect.stringContaining('Never reviewed'),
        ],
      ]);
      // Revenue, Share and Tier keep no status colour: a red revenue cell would read as a revenue problem.
      const plain = Array(3).fill('#ffffff');
      expect(cells.colors).toEqual([
        [...plain, ...Array(6).fill(SEVERITY_COLORS.warning)],
        [...plain, ...Array(6).fill(SEVERITY_COLORS.alert)],
      ]);
      expect(cells.notes[0][0]).toBe('');
      expect(cells.notes[1][3]).toContain('Never reviewed');
      expect(calls).toEqual({
        'Range.offset': 1,
        'Range.setValues': 1,
        'Range.setNotes': 1,
        'Range.setBackgrounds': 1,
      });
    });

    it('writes only the cells asked for, split where the rows are not consecutive', () => {
      const emu = portfolio();
      fillSheet(emu, 'accounts', [
        { accountId: 'KA-001', client: 'Acme', ...IEVA },
        { accountId: 'KA-009', client: 'Skipped', ...IEVA },
        { accountId: 'KA-002', client: 'Beta', ...IEVA },
      ]);
      let calls = 0;

      inWorkbook(emu, (workbook) => {
        const { accounts, tables } = readPortfolio(workbook);
        const [acme, , beta] = accounts;
        emu.calls.reset();
        writeStatuses(
          tables.accounts!,
          workbook,
          new Map([
            [2, statusOf(acme, workbook, TODAY)],
            [4, statusOf(beta, workbook, TODAY)],
          ]),
          ['contactStatus', 'flags'],
        );
        calls = emu.calls.count('Range.setValues');
      });
      const sheet = emu.spreadsheet.getSheetByName('Accounts')!;

      expect(
        sheet
          .getRange('M2:N4')
          .getDisplayValues()
          .map((r) => r[0]),
      ).toEqual(['OK', '', 'No positive contact']);
      expect(
        sheet
          .getRange('F2:L4')
          .getDisplayValues()
          .flat()
          .every((v) => v === ''),
      ).toBe(true);
      expect(calls).toBe(2);
    });

    it('clears the cells and colours white for a row given no status', () => {
      const emu = portfolio();

      const cells = written(emu, (workbook, records) => {
        const table = readPortfolio(workbook).tables.accounts!;
        writeStatuses(table, workbook, byRow(workbook, records));
        writeStatuses(table, workbook, new Map([[3, undefined]]));
      });

      expect(cells.values[1]).toEqual(Array(9).fill(''));
      expect(cells.notes[1]).toEqual(Array(9).fill(''));
      expect(cells.colors[1]).toEqual(Array(9).fill('#ffffff'));
      expect(cells.values[0][7]).toBe('OK');
    });

    it('skips status columns the sheet does not have', () => {
      const emu = portfolio();
      emu.setSheetData('Accounts', [
        ['Account ID', 'Client', 'Manager', 'Contact status', 'My notes', 'Flags'],
        ['KA-002', 'Beta', 'ieva@x.lt', '', 'mine', ''],
      ]);

      inWorkbook(emu, (workbook) => {
        const { accounts, tables } = readPortfolio(workbook);
        writeStatuses(
          tables.accounts!,
          workbook,
          new Map([[2, statusOf(accounts[0], workbook, TODAY)]]),
        );
      });
      const row = emu.spreadsheet
        .getSheetByName('Accounts')!
        .getRange('A2:F2')
        .getDisplayValues()[0];

      expect(row.slice(3, 5)).toEqual(['No positive contact', 'mine']);
      expect(row[5]).toContain('Never reviewed');
    });
  });
});
