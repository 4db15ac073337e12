// The sidebar's Personal control in headless Chromium (the R5 Decision "who says personal"):
// it shows what KAM works out, a choice is stored as Yes or No and wins, left alone the cell
// stays blank. Screenshots go to test-output/.
import type { Page } from 'playwright-core';
import { openSidebar } from '../../dev/browser/harness';
import type { Emulator } from '../../dev/emulator';
import { useChromium } from '../helpers/chromium';
import { demoWorkbook } from '../helpers/demo-workbook';

const IEVA = 'ieva.jankauskiene@example.com';

const chromium = useChromium();

async function contactsOf(emu: Emulator, lang: 'en' | 'lt'): Promise<Page> {
  const { page } = await openSidebar(chromium.browser, emu);
  await page.locator('#kam-account').waitFor();
  await page.selectOption('#kam-account', 'KA-001');
  const name = lang === 'en' ? 'Contacts' : 'Kontaktai';
  await page.getByRole('navigation').getByRole('button', { name, exact: true }).click();
  await page.getByRole('heading', { name, exact: true }).waitFor();
  return page;
}

const blankChoice = (page: Page) =>
  page.locator('#contacts-personal option[value=""]').textContent();

async function logContact(page: Page, text: string): Promise<void> {
  await page.locator('form').getByRole('button', { name: text }).click();
}

function lastContact(emu: Emulator, sheet = 'Contacts'): unknown[] {
  return emu.spreadsheet.getSheetByName(sheet)!.getDataRange().getValues().at(-1)!;
}

describe('the Personal control', () => {
  it('shows what KAM works out, and a No chosen by the manager lets a call through a pause unasked', async () => {
    const emu = demoWorkbook();
    emu.scriptRun('kamLogContact', {
      accountId: 'KA-001',
      values: { date: '2026-11-24', ourPerson: IEVA, channel: 'email', outcome: 'negative' },
      confirmPause: false,
    });
    const page = await contactsOf(emu, 'en');

    expect(await blankChoice(page)).toBe('KAM decides (now: no)');
    await page.fill('#contacts-ourPerson', IEVA);
    await page.selectOption('#contacts-channel', 'phone');
    await page.selectOption('#contacts-outcome', 'neutral');
    expect(await blankChoice(page)).toBe('KAM decides (now: yes)');
    await page.locator('#contacts-personal').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-output/sidebar-personal-derived.png' });
    await page.selectOption('#contacts-personal', 'no');
    expect(await page.locator('#contacts-personal-verdict').textContent()).toBe(
      'You marked this contact not personal.',
    );
    await logContact(page, 'Log contact');
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

    expect(await page.getByRole('alertdialog').count()).toBe(0);
    expect(lastContact(emu).slice(3, 7)).toEqual([IEVA, 'Phone', 'No', 'Neutral']);
  });

  it('leaves Personal blank when left alone, and still warns before a call inside the pause (Lithuanian)', async () => {
    const emu = demoWorkbook({ lang: 'lt' });
    emu.scriptRun('kamLogContact', {
      accountId: 'KA-001',
      values: { date: '2026-11-24', ourPerson: IEVA, channel: 'email', outcome: 'negative' },
      confirmPause: false,
    });
    const page = await contactsOf(emu, 'lt');
    await page.fill('#contacts-ourPerson', IEVA);
    await page.selectOption('#contacts-channel', 'phone');
    await page.selectOption('#contacts-outcome', 'positive');

    expect(await blankChoice(page)).toBe('Nustato KAM (dabar: taip)');
    await logContact(page, 'Registruoti kontaktą');
    await page.getByRole('alertdialog').waitFor();
    await page.screenshot({ path: 'test-output/sidebar-personal-pause-lt.png' });
    await page.getByRole('button', { name: 'Vis tiek išsaugoti', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Išsaugota.' }).waitFor();

    expect(lastContact(emu, 'Kontaktai').slice(4, 7)).toEqual(['Telefonas', '', 'Teigiamas']);
  });
});
