// The dashboard's scorecard reads the breaches kept on record in Change history (R4.3): a
// manager who removes the call that broke a pause keeps the breach on their scorecard.
import type { Emulator } from '../../../dev/emulator';
import { dayOfDate } from '../../../src/core/days';
import { statusesOf } from '../../../src/server/check/account-status';
import { dashboardModel } from '../../../src/server/dashboard/model';
import { removeContact } from '../../../src/server/dossier/contact-endpoints';
import { loadDossier } from '../../../src/server/dossier/endpoints';
import { CHECK_SHEETS, readPortfolio } from '../../../src/server/sheet/portfolio-read';
import { openWorkbook } from '../../../src/server/sheet/workbook';
import { SHEETS } from '../../../src/template';
import { demoWorkbook } from '../../helpers/demo-workbook';
import { withPlatform } from '../../helpers/platform';

const MANTAS = 'mantas.vaitkus@example.com';

/** Mantas's "pauses respected" as the dashboard computes it today. */
function pausesRespected(emu: Emulator): number | undefined {
  return withPlatform(emu, (platform) => {
    const workbook = openWorkbook(platform, platform.spreadsheet(), SHEETS);
    const portfolio = readPortfolio(workbook, [...CHECK_SHEETS, 'plan', 'dossier', 'history']);
    const today = dayOfDate(platform.clock.now(), workbook.zone);
    const statuses = statusesOf(portfolio.accounts, workbook, today);
    const cards = dashboardModel(portfolio, statuses, today).cards;
    return cards.find((c) => c.manager === MANTAS)?.pausesRespected;
  });
}

/** The key of KA-005's call inside its pause (the demo's broken pause, R5.2). */
function breachKey(emu: Emulator): string {
  const loaded = withPlatform(emu, (platform) => loadDossier(platform, 'KA-005'));
  if (!loaded.ok) throw new Error(loaded.message);
  return loaded.state.account!.contacts.find((c) => c.values.date === '2026-11-21')!.key;
}

describe('dashboard model', () => {
  it('still counts a broken pause whose call was removed from the sidebar with a reason', () => {
    const emu = demoWorkbook();
    const before = pausesRespected(emu);

    withPlatform(emu, (platform) =>
      removeContact(platform, {
        accountId: 'KA-005',
        key: breachKey(emu),
        reason: 'Wrong account.',
      }),
    );

    expect(before).toBeLessThan(100);
    expect(pausesRespected(emu)).toBe(before);
  });

  it('would count it as respected if the row vanished without a record', () => {
    const emu = demoWorkbook();
    const before = pausesRespected(emu);
    const sheet = emu.spreadsheet.getSheetByName('Contacts')!;
    const values = sheet.getDataRange().getDisplayValues();
    const row = values.findIndex((r) => r[1] === 'KA-005' && r[0] === '2026-11-21');

    sheet.deleteRow(row + 1);

    expect(pausesRespected(emu)).toBeGreaterThan(before!);
  });
});
