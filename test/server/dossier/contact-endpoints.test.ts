// A logged contact edited or removed from the sidebar (R5), run from src against the demo
// workbook: Change history keeps every value, a broken pause stays on record (R4.3, R5.2).
import type { Emulator } from '../../../dev/emulator';
import type { LoadedView, SaveResult } from '../../../src/dossier/types';
import { removeContact, saveContact } from '../../../src/server/dossier/contact-endpoints';
import { loadDossier } from '../../../src/server/dossier/endpoints';
import { demoWorkbook } from '../../helpers/demo-workbook';
import { withPlatform } from '../../helpers/platform';

function account(emu: Emulator, id: string): LoadedView {
  const result = withPlatform(emu, (platform) => loadDossier(platform, id));
  if (!result.ok || !result.state.account) throw new Error(JSON.stringify(result));
  return result.state.account;
}

/** The contact of an account logged on that day. */
function contactOn(view: LoadedView, day: string) {
  const found = view.contacts.find((c) => c.values.date === day);
  if (!found) throw new Error(`No contact on ${day}`);
  return found;
}

function sheetRows(emu: Emulator, name: string): Record<string, unknown>[] {
  const values = emu.spreadsheet.getSheetByName(name)!.getDataRange().getValues();
  const header = values[0].map(String);
  return values.slice(1).map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]])));
}

const contactsOf = (emu: Emulator, id: string) =>
  sheetRows(emu, 'Contacts').filter((r) => r['Account ID'] === id);

const save = (emu: Emulator, payload: Parameters<typeof saveContact>[1]): SaveResult =>
  withPlatform(emu, (platform) => saveContact(platform, payload));

const remove = (emu: Emulator, payload: Parameters<typeof removeContact>[1]): SaveResult =>
  withPlatform(emu, (platform) => removeContact(platform, payload));

describe('contact endpoints', () => {
  describe('saveContact', () => {
    it('edits a logged contact and writes the change to Change history', () => {
      const emu = demoWorkbook();
      const view = account(emu, 'KA-001');
      const target = view.contacts[0];

      const result = save(emu, {
        accountId: 'KA-001',
        key: target.key,
        values: { summary: 'Agreed the spring prices.' },
        confirmPause: false,
        reason: '',
      });

      expect(result.ok).toBe(true);
      const rows = contactsOf(emu, 'KA-001');
      expect(rows.filter((r) => r.Summary === 'Agreed the spring prices.')).toHaveLength(1);
      expect(rows).toHaveLength(view.contactCount);
      expect(sheetRows(emu, 'Change history').at(-1)).toMatchObject({
        Sheet: 'Contacts',
        'Account ID': 'KA-001',
        Field: 'Summary',
        'New value': 'Agreed the spring prices.',
      });
    });

    it('refuses a contact dated after today: a contact is a fact, not a plan', () => {
      const emu = demoWorkbook();
      const target = account(emu, 'KA-001').contacts[0];
      const before = JSON.stringify(contactsOf(emu, 'KA-001'));

      const result = save(emu, {
        accountId: 'KA-001',
        key: target.key,
        values: { date: '2026-11-27' },
        confirmPause: false,
        reason: '',
      });

      expect(result).toMatchObject({
        ok: false,
        code: 'IN_FUTURE',
        field: 'values.date',
        message: 'Date cannot be later than today (2026-11-26): log what has already happened.',
      });
      expect(JSON.stringify(contactsOf(emu, 'KA-001'))).toBe(before);
    });

    it('asks for the pause confirmation when an edit makes a call by the manager fall inside a pause', () => {
      const emu = demoWorkbook();
      const view = account(emu, 'KA-006');
      const pause = view.contact.pause!;
      const inside = view.contacts.find(
        (c) => String(c.values.date) > pause.negative && c.values.personal !== true,
      )!;
      const edit = {
        accountId: 'KA-006',
        key: inside.key,
        // KAM decides again (Personal blank): a call by the manager is personal.
        values: { channel: 'phone', ourPerson: view.manager, personal: null },
        reason: '',
      };

      const refused = save(emu, { ...edit, confirmPause: false });
      const confirmed = save(emu, { ...edit, confirmPause: true });

      expect(refused).toMatchObject({ ok: false, code: 'PAUSE' });
      expect(confirmed.ok).toBe(true);
      expect(account(emu, 'KA-006').contact.pause?.breach).toBe(inside.values.date);
    });

    it('refuses an edit of a contact the sheet changed since the sidebar loaded it', () => {
      const emu = demoWorkbook();
      const target = account(emu, 'KA-001').contacts[0];
      save(emu, {
        accountId: 'KA-001',
        key: target.key,
        values: { summary: 'First edit.' },
        confirmPause: false,
        reason: '',
      });

      const second = save(emu, {
        accountId: 'KA-001',
        key: target.key,
        values: { summary: 'Second edit, on the old row.' },
        confirmPause: false,
        reason: '',
      });

      expect(second).toMatchObject({ ok: false, code: 'STALE', field: 'key' });
    });
  });

  describe('the record stands (R4.3, R5.2)', () => {
    it('marks the contacts of a broken pause as on record, and no other', () => {
      const emu = demoWorkbook();

      const view = account(emu, 'KA-005');

      const onRecord = view.contacts.filter((c) => view.contact.onRecord.includes(c.key));
      expect(onRecord.map((c) => [c.values.date, c.values.outcome])).toEqual([
        ['2026-11-21', 'neutral'],
        ['2026-11-18', 'negative'],
      ]);
      expect(account(emu, 'KA-001').contact.onRecord).toEqual([]);
    });

    it('refuses to edit or remove the call that broke a pause without a reason', () => {
      const emu = demoWorkbook();
      const breach = contactOn(account(emu, 'KA-005'), '2026-11-21');
      const before = JSON.stringify(contactsOf(emu, 'KA-005'));

      const edited = save(emu, {
        accountId: 'KA-005',
        key: breach.key,
        values: { channel: 'email' },
        confirmPause: false,
        reason: '  ',
      });
      const removed = remove(emu, { accountId: 'KA-005', key: breach.key, reason: '' });

      for (const result of [edited, removed])
        expect(result).toMatchObject({
          ok: false,
          code: 'REQUIRED',
          field: 'reason',
          message: 'Reason for the change is required.',
        });
      expect(JSON.stringify(contactsOf(emu, 'KA-005'))).toBe(before);
    });

    it('removes the call with a reason and keeps the breach in Change history', () => {
      const emu = demoWorkbook();
      const breach = contactOn(account(emu, 'KA-005'), '2026-11-21');

      const result = remove(emu, {
        accountId: 'KA-005',
        key: breach.key,
        reason: 'Logged on the wrong account.',
      });

      expect(result.ok).toBe(true);
      expect(account(emu, 'KA-005').contacts.map((c) => c.values.date)).not.toContain('2026-11-21');
      const history = sheetRows(emu, 'Change history').filter((r) => r['Account ID'] === 'KA-005');
      expect(history.map((r) => [r.Field, r['Old value'], r['New value']])).toEqual(
        expect.arrayContaining([
          ['Channel', 'Phone', ''],
          ['Reason for the change', '', 'Logged on the wrong account.'],
          [
            'Broken pause (on record)',
            'Personal contact on 2026-11-21, inside the pause after the negative contact of 2026-11-18',
            'Kept on record: the scorecard still counts it',
          ],
        ]),
      );
      expect(history.every((r) => r.Who === emu.user)).toBe(true);
    });

    it('lets a contact off the record change without a reason', () => {
      const emu = demoWorkbook();
      const other = contactOn(account(emu, 'KA-005'), '2026-11-16');

      const result = save(emu, {
        accountId: 'KA-005',
        key: other.key,
        values: { summary: 'Typo fixed.' },
        confirmPause: false,
        reason: '',
      });

      expect(result.ok).toBe(true);
      const fields = sheetRows(emu, 'Change history').map((r) => r.Field);
      expect(fields).not.toContain('Reason for the change');
      expect(fields).not.toContain('Broken pause (on record)');
    });
  });
});
