// The account picker of a large workbook (60 accounts) in a real headless Chromium, in English
// and Lithuanian: the load shows the selected row's account at once, the list of accounts comes
// with its own call, and opening another account keeps it. Screenshots in test-output/.
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launchBrowser, openSidebar } from '../../dev/browser/harness';
import { messagesFor } from '../../src/i18n';
import { type Lang, sheetDef } from '../../src/template';
import { demoWorkbook } from '../helpers/demo-workbook';

let browser: Browser;

beforeAll(async () => {
  mkdirSync('test-output', { recursive: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe.each(['en', 'lt'] as const)(
  'the account picker of a large workbook in %s',
  (lang: Lang) => {
    const m = messagesFor(lang).sidebar;

    it('lists every account after the first screen, once, and keeps the list on another account', async () => {
      const emu = demoWorkbook({ lang, scale: { accounts: 60, contacts: 600 } });
      const accounts = emu.spreadsheet.getSheetByName(sheetDef('accounts').name[lang])!;
      accounts.getRange('A6').activate();
      const selected = String(accounts.getRange('A6').getValue());
      const sidebar = await openSidebar(browser, emu);
      const { page } = sidebar;
      const options = page.locator('#kam-account option:not([disabled])');

      await page.getByRole('heading', { name: m.sections.general }).waitFor();
      const shown = await page.inputValue('#kam-account');
      await page.waitForFunction(
        () => document.querySelectorAll('#kam-account option:not([disabled])').length > 2,
      );
      const listed = await options.count();
      await page.selectOption('#kam-account', 'KA-042');
      await page.locator('#kam-account:not([disabled])').waitFor();
      await page.screenshot({
        path: `test-output/sidebar-large-picker-${lang}.png`,
        fullPage: true,
      });

      expect(shown).toBe(selected);
      expect(listed).toBe(61);
      expect(await page.inputValue('#kam-account')).toBe('KA-042');
      expect(await options.count()).toBe(61);
      expect(sidebar.calls).toEqual(['kamLoadDossier', 'kamListAccounts', 'kamLoadDossier']);
      expect(sidebar.errors).toEqual([]);
    });
  },
);
