// Bundle-level: one account's contact rows give the same "personal" and pause verdicts in the
// check, onEdit, the dashboard's scorecard and the sidebar (the R5 Decision "who says personal").

import { createKamEmulator } from '../../../dev/kam-emulator';
import { personalOf } from '../../../src/core/contact-rules';
import type { DossierState, Result } from '../../../src/dossier/types';
import { sheetDef } from '../../../src/template';
import { accountRows } from '../../helpers/demo-workbook';

const MANAGER = 'manager@example.com';
const COLLEAGUE = 'colleague@example.com';
const day = (iso: string) => new Date(`${iso}T00:00:00+02:00`);

/**
 * KA-001's log on 2026-11-26 (Personal is column F): an e-mail, the negative contact of
 * 11-18 that starts a pause, then a phone call by the manager on 11-21 whose Personal says
 * "No", one whose Personal says "No" on 11-22, and a colleague's e-mail marked "Yes" on 11-23…
 */
const CONTACTS: unknown[][] = [
  ['Date', 'Account ID', 'Client person', 'Our person (e-mail)', 'Channel', 'Personal', 'Outcome'],
  [day('2026-11-10'), 'KA-001', 'Ona', MANAGER, 'E-mail', '', 'Positive'],
  [day('2026-11-18'), 'KA-001', 'Ona', MANAGER, 'In person', '', 'Negative'],
  [day('2026-11-21'), 'KA-001', 'Ona', MANAGER, 'Phone', 'No', 'Neutral'],
  [day('2026-11-22'), 'KA-001', 'Ona', MANAGER, 'Phone', 'No', 'Neutral'],
  [day('2026-11-23'), 'KA-001', 'Ona', COLLEAGUE, 'E-mail', 'No', 'Positive'],
];

function workbook() {
  const emu = createKamEmulator({ locale: 'en_US', now: new Date('2026-11-26T09:00:00+02:00') });
  emu.run('setUpKamWorkbook');
  emu.setSheetData('Accounts', [
    sheetDef('accounts').columns.map((c) => c.header.en),
    ['KA-001', 'Alfa UAB', '', MANAGER, 'head@example.com'],
  ]);
  emu.setSheetData('Contacts', CONTACTS);
  return emu;
}

/** What each surface says about the pause: the Accounts status (check or onEdit), the scorecard, the sidebar. */
function verdicts(emu: ReturnType<typeof workbook>) {
  const account = accountRows(emu).get('KA-001')!;
  emu.run('refreshDashboardFromMenu');
  const board = emu.spreadsheet.getSheetByName('KAM dashboard')!.getDataRange().getValues();
  const header = board.findIndex((row) => row[3] === 'Pauses respected');
  const loaded = emu.scriptRun('kamLoadDossier', 'KA-001') as Result & { state: DossierState };
  const view = loaded.state.account!;
  return {
    status: account.values['Contact status'],
    note: account.notes['Contact status'],
    pausesRespected: board[header + 1][3],
    sidebarBreach: view.contact.pause?.breach ?? null,
    sidebarPersonal: view.contacts
      .slice()
      .reverse()
      .map((item) =>
        personalOf(
          {
            personal: typeof item.values.personal === 'boolean' ? item.values.personal : null,
            channel: String(item.values.channel ?? ''),
            ourPerson: String(item.values.ourPerson ?? ''),
          },
          view.manager,
        ),
      ),
  };
}

describe('"personal" everywhere (the R5 Decision)', () => {
  it('gives the same verdicts in the check, onEdit, the scorecard and the sidebar', () => {
    const emu = workbook();

    emu.run('runChecksNow');
    const respected = verdicts(emu);
    emu.edit('Contacts!F4', '');
    const afterEdit = verdicts(emu);
    emu.run('runChecksNow');
    const afterCheck = verdicts(emu);

    expect(respected).toMatchObject({
      status: 'Pausing',
      pausesRespected: 1,
      sidebarBreach: null,
      sidebarPersonal: [false, true, false, false, false],
    });
    const broken = {
      status: 'Pause broken',
      note: 'Pause broken: a personal contact on 2026-11-21, within 2 weeks of the negative contact of 2026-11-18.',
      pausesRespected: 0,
      sidebarBreach: '2026-11-21',
      sidebarPersonal: [false, true, true, false, false],
    };
    expect(afterEdit).toEqual(broken);
    expect(afterCheck).toEqual(broken);
  });

  it('takes a Personal cell that says Yes as the user’s word, even for a colleague’s e-mail', () => {
    const emu = workbook();
    emu.edit('Contacts!F6', 'Yes');

    const seen = verdicts(emu);

    expect(seen.status).toBe('Pause broken');
    expect(seen.sidebarBreach).toBe('2026-11-23');
    expect(seen.sidebarPersonal).toEqual([false, true, false, false, true]);
  });
});
