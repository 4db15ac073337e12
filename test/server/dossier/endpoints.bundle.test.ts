// Bundle-level: drives dist/Code.js through the emulator (`npm run build` first).
// The sidebar's endpoints in the emulator (issue 5): one call per load and per save, History,
// statuses refreshed, the document lock, stale revisions and R3.5 access.

import { generateDemo } from '../../../dev/demo';
import { loadDemoWorkbook } from '../../../dev/demo/load-workbook';
import { createKamEmulator } from '../../../dev/kam-emulator';
import type { DossierState, Result, SaveResult } from '../../../src/dossier/types';
import { accountRows, demoWorkbook } from '../../helpers/demo-workbook';

const MANTAS = 'mantas.vaitkus@example.com';

function load(emu: ReturnType<typeof demoWorkbook>, id: string | null): DossierState {
  const result = emu.scriptRun('kamLoadDossier', id) as Result;
  if (!result.ok) throw new Error(result.message);
  return result.state;
}

const sheetsOf = (emu: ReturnType<typeof demoWorkbook>) =>
  JSON.stringify(JSON.parse(emu.snapshot()).spreadsheets);

describe('dossier endpoints', () => {
  it('loads everything for an account in one call, dates as ISO text', () => {
    const emu = demoWorkbook();

    const state = load(emu, 'KA-006');

    expect(emu.executions.at(-1)).toMatchObject({ fnName: 'kamLoadDossier' });
    expect(state.account).toMatchObject({
      id: 'KA-006',
      dossierKey: expect.stringMatching(/^[0-9a-f]{16}\.0$/),
      contact: { kind: 'pausing', pause: { negative: '2026-11-21', until: '2026-12-05' } },
    });
    expect(state.fields.decisionGroup.find((f) => f.key === 'role')?.choices).toHaveLength(9);
  });

  it('opens the account of the row selected in any sheet with an account id', () => {
    const emu = demoWorkbook();
    emu.spreadsheet.getSheetByName('Contacts')!.getRange('D5').activate();
    const id = emu.spreadsheet.getSheetByName('Contacts')!.getRange('B5').getValue();

    expect(load(emu, null).account?.id).toBe(id);
  });

  it('saves, appends History in one block and refreshes the account status (R5.2)', () => {
    const emu = demoWorkbook();
    load(emu, 'KA-001');

    const result = emu.scriptRun('kamLogContact', {
      accountId: 'KA-001',
      values: {
        date: '2026-11-25',
        ourPerson: 'manager@example.com',
        channel: 'email',
        outcome: 'negative',
      },
      confirmPause: false,
    }) as Result;

    expect(result.ok).toBe(true);
    expect(accountRows(emu).get('KA-001')!.values['Contact status']).toBe('Pausing');
    const history = emu.spreadsheet.getSheetByName('Change history')!.getDataRange().getValues();
    expect(history.slice(1).map((r) => r[4])).toEqual([
      'Date',
      'Our person (e-mail)',
      'Channel',
      'Outcome',
    ]);
  });

  it('refuses a save of a row changed since loading, naming who changed it and when', () => {
    const emu = demoWorkbook();
    const { account } = load(emu, 'KA-002');
    emu.scriptRun('kamSaveDossier', {
      accountId: 'KA-002',
      key: account!.dossierKey,
      values: { bank: 'SEB' },
    });
    const before = sheetsOf(emu);

    const result = emu.scriptRun('kamSaveDossier', {
      accountId: 'KA-002',
      key: account!.dossierKey,
      values: { bank: 'Swedbank' },
    }) as Result;

    expect(result).toMatchObject({
      ok: false,
      code: 'STALE',
      field: 'key',
      changedBy: { who: 'manager@example.com', when: '2026-11-26 09:00' },
    });
    expect(sheetsOf(emu)).toBe(before);
  });

  it('accepts a General save after someone logged a contact on the same account', () => {
    const emu = demoWorkbook();
    const { account } = load(emu, 'KA-002');
    const logged = emu.scriptRun('kamLogContact', {
      accountId: 'KA-002',
      values: {
        date: '2026-11-25',
        ourPerson: 'colleague@example.com',
        channel: 'email',
        outcome: 'neutral',
      },
      confirmPause: false,
    }) as SaveResult;

    const result = emu.scriptRun('kamSaveDossier', {
      accountId: 'KA-002',
      key: account!.dossierKey,
      values: { bank: 'SEB' },
    }) as SaveResult;

    expect(logged.ok).toBe(true);
    expect(result).toMatchObject({ ok: true, patch: { id: 'KA-002', dossier: { bank: 'SEB' } } });
  });

  it('never saves an edit onto another row after an earlier row was removed', () => {
    const emu = demoWorkbook();
    const { account } = load(emu, 'KA-001');
    const [first, second] = account!.people;
    const removed = emu.scriptRun('kamRemoveRow', {
      accountId: 'KA-001',
      sheet: 'decisionGroup',
      key: first.key,
    }) as SaveResult;
    const before = sheetsOf(emu);

    const onRemoved = emu.scriptRun('kamSaveRow', {
      accountId: 'KA-001',
      sheet: 'decisionGroup',
      key: first.key,
      values: { position: 'CEO' },
    }) as SaveResult;
    const onMoved = emu.scriptRun('kamSaveRow', {
      accountId: 'KA-001',
      sheet: 'decisionGroup',
      key: second.key,
      values: { position: 'CFO' },
    }) as SaveResult;

    expect(removed.ok).toBe(true);
    expect(onRemoved).toMatchObject({ ok: false, code: 'STALE', field: 'key' });
    expect(onMoved.ok).toBe(true);
    const people = load(emu, 'KA-001').account!.people;
    expect(people.find((p) => p.values.person === second.values.person)?.values.position).toBe(
      'CFO',
    );
    expect(people.some((p) => p.values.position === 'CEO')).toBe(false);
    expect(before).not.toBe(sheetsOf(emu));
  });

  it('answers BUSY while another execution holds the document lock', () => {
    const emu = demoWorkbook();
    const { account } = load(emu, 'KA-002');
    const other = emu.begin();
    const lockService = other.global('LockService') as GoogleAppsScript.Lock.LockService;
    expect(lockService.getDocumentLock()!.tryLock(0)).toBe(true);
    const before = sheetsOf(emu);

    const result = emu.scriptRun('kamSaveDossier', {
      accountId: 'KA-002',
      key: account!.dossierKey,
      values: { bank: 'SEB' },
    }) as Result;

    expect(result).toMatchObject({
      ok: false,
      code: 'BUSY',
      message: expect.stringContaining('Your input is kept'),
    });
    expect(sheetsOf(emu)).toBe(before);
    other.end();
  });

  it('lets only the manager, the direct supervisor or the owner open a dossier (R3.5)', () => {
    const emu = createKamEmulator({
      user: MANTAS,
      owner: 'owner@example.com',
      locale: 'en_US',
      now: new Date('2026-11-26T09:00:00+02:00'),
    });
    emu.user = 'owner@example.com';
    loadDemoWorkbook(emu, generateDemo({ today: '2026-11-26' }), 'en');
    emu.user = MANTAS;
    const before = sheetsOf(emu);

    const refused = emu.scriptRun('kamLoadDossier', 'KA-001') as Result;
    const mine = load(emu, 'KA-005');
    const save = emu.scriptRun('kamMarkReviewed', {
      accountId: 'KA-001',
      note: 'Checked.',
    }) as Result;

    expect(refused).toMatchObject({ ok: false, code: 'NO_ACCESS', field: 'accountId' });
    expect(mine.accounts?.map((a) => a.id)).toEqual(['KA-005', 'KA-006']);
    expect(save).toMatchObject({ ok: false, code: 'NO_ACCESS' });
    expect(sheetsOf(emu)).toBe(before);
  });

  it('opens the sidebar from the menu, titled in the workbook language', () => {
    const emu = demoWorkbook({ lang: 'lt' });
    emu.openAddon();

    emu.clickMenu('Atverti kliento dokumentaciją');

    expect(emu.ui.shown.at(-1)).toMatchObject({
      kind: 'sidebar',
      title: 'Pagrindinio kliento dokumentacija',
      content: expect.stringContaining('<div id="app"></div>'),
    });
  });
});
