// The sidebar's saves and their request ids in Chromium (issue 12, C): a save whose answer
// is lost is sent again with the same id and written once; a save that stands but did not
// finish everything shows what did not, and the form is cleared.
import type { Page } from 'playwright-core';
import { openSidebar } from '../../dev/browser/harness';
import type { Emulator } from '../../dev/emulator';
import { useChromium } from '../helpers/chromium';
import { demoWorkbook } from '../helpers/demo-workbook';

const chromium = useChromium();

/** The Contacts form of KA-004 filled in, not yet sent. */
async function fillContact(emu: Emulator): Promise<Page> {
  const { page } = await openSidebar(chromium.browser, emu);
  await page.locator('#kam-account').waitFor();
  await page.selectOption('#kam-account', 'KA-004');
  await page.getByRole('navigation').getByRole('button', { name: 'Contacts', exact: true }).click();
  await page.fill('#contacts-date', '2026-11-25');
  await page.selectOption('#contacts-channel', 'email');
  await page.selectOption('#contacts-outcome', 'positive');
  await page.fill('#contacts-summary', 'Sent twice, logged once.');
  return page;
}

const logContact = (page: Page) =>
  page.locator('form').getByRole('button', { name: 'Log contact' }).click();

const contactsWith = (emu: Emulator, text: string) =>
  emu.spreadsheet
    .getSheetByName('Contacts')!
    .getDataRange()
    .getValues()
    .filter((row) => row.includes(text)).length;

describe('sidebar saves', () => {
  it('send a save again with the same request id after a lost answer, so it is logged once', async () => {
    const emu = demoWorkbook();
    const real = emu.scriptRun.bind(emu);
    const ids: unknown[] = [];
    let lose = true;
    emu.scriptRun = (name: string, ...args: unknown[]) => {
      const answer = real(name, ...args);
      if (name !== 'kamLogContact') return answer;
      ids.push((args[0] as { requestId?: unknown }).requestId);
      if (lose) {
        lose = false;
        throw new Error('The connection was lost');
      }
      return answer;
    };
    const page = await fillContact(emu);

    await logContact(page);
    await page.getByRole('alert').filter({ hasText: 'could not be reached' }).waitFor();
    await logContact(page);
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

    expect(ids).toHaveLength(2);
    expect(ids[1]).toBe(ids[0]);
    expect(contactsWith(emu, 'Sent twice, logged once.')).toBe(1);
    expect(await page.inputValue('#contacts-summary')).toBe('');
  });

  it('show a save that stood but did not refresh the statuses as a warning, not as saved', async () => {
    const emu = demoWorkbook();
    const page = await fillContact(emu);
    const probe = demoWorkbook();
    probe.faults.reset();
    probe.scriptRun('kamLogContact', {
      accountId: 'KA-004',
      values: {
        date: '2026-11-25',
        ourPerson: 'x@example.com',
        channel: 'email',
        outcome: 'positive',
      },
      confirmPause: false,
    });
    emu.faults.failWrite(probe.faults.seen.lastIndexOf('Range.setValues') + 1);

    await logContact(page);

    const warning = page
      .getByRole('alert')
      .filter({ hasText: 'Saved, but refreshing the statuses failed' });
    await warning.waitFor();
    expect(contactsWith(emu, 'Sent twice, logged once.')).toBe(1);
  });
});
