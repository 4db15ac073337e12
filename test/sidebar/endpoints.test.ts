// The sidebar's endpoints in the emulator (issue 5): one call per load and per save, History,
// statuses refreshed, the document lock, stale revisions and R3.5 access.

import { generateDemo } from '../../dev/demo';
import { loadDemoWorkbook } from '../../dev/demo/load-workbook';
import { createKamEmulator } from '../../dev/kam-emulator';
import type { DossierState, Result } from '../../src/dossier/types';
import { accountRows, demoWorkbook } from '../helpers/demo-workbook';

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
      revision: expect.stringMatching(/^[0-9a-f]{16}$/),
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
    const { account } = load(emu, 'KA-001');

    const result = emu.scriptRun('kamLogContact', {
      accountId: 'KA-001',
      revision: account!.revision,
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
      'Personal',
    ]);
  });

  it('refuses a stale revision, naming who changed the account and when', () => {
    const emu = demoWorkbook();
    const { account } = load(emu, 'KA-002');
    emu.scriptRun('kamSaveDossier', {
      accountId: 'KA-002',
      revision: account!.revision,
      values: { bank: 'SEB' },
    });
    const before = sheetsOf(emu);

    const result = emu.scriptRun('kamSaveDossier', {
      accountId: 'KA-002',
      revision: account!.revision,
      values: { bank: 'Swedbank' },
    }) as Result;

    expect(result).toMatchObject({
      ok: false,
      code: 'STALE',
      field: 'revision',
      changedBy: { who: 'manager@example.com', when: '2026-11-26 09:00' },
    });
    expect(sheetsOf(emu)).toBe(before);
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
      revision: account!.revision,
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
      revision: mine.account!.revision,
      note: '',
    }) as Result;

    expect(refused).toMatchObject({ ok: false, code: 'NO_ACCESS', field: 'accountId' });
    expect(mine.accounts.map((a) => a.id)).toEqual(['KA-005', 'KA-006']);
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
