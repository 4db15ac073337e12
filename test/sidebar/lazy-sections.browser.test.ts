// The plan and the whitespace in a real headless Chromium, in English and Lithuanian: their rows
// come with one call when the section first opens (not with the load), then stay; another
// account asks again. Screenshots in test-output/.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openSidebar, type Sidebar } from '../../dev/browser/harness';
import type { Emulator } from '../../dev/emulator';
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

/** An account's values of one column of a template sheet, as the sheet shows them, in `lang`. */
function column(emu: Emulator, key: 'plan' | 'whitespace', account: string, lang: Lang): string[] {
  const def = sheetDef(key);
  const header = (name: string) => def.columns.find((c) => c.key === name)!.header[lang];
  const values = emu.spreadsheet.getSheetByName(def.name[lang])!.getDataRange().getDisplayValues();
  const id = values[0].indexOf(header('accountId'));
  const title = values[0].indexOf(header(key === 'plan' ? 'objective' : 'offering'));
  return values
    .slice(1)
    .filter((row) => row[id] === account)
    .map((row) => row[title]);
}

async function tab(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name, exact: true }).click();
  await page.getByRole('heading', { name, exact: true }).waitFor();
}

const titles = (page: Page) => page.locator('.items .item-title').allTextContents();

describe.each(['en', 'lt'] as const)('the lazy sections in %s', (lang: Lang) => {
  const m = messagesFor(lang).sidebar;
  it('shows the plan and the whitespace when their section opens, one call each, once', async () => {
    const emu = demoWorkbook({ lang });
    const sidebar: Sidebar = await openSidebar(browser, emu);
    const { page } = sidebar;
    await page.locator('#kam-account').waitFor();
    await page.selectOption('#kam-account', 'KA-002');
    await page.getByRole('heading', { name: m.sections.general }).waitFor();
    const loaded = [...sidebar.calls];

    await tab(page, m.sections.plan);
    await page.getByRole('button', { name: m.add.plan }).waitFor();
    const plan = await titles(page);
    await page.screenshot({ path: `test-output/sidebar-lazy-plan-${lang}.png`, fullPage: true });
    await tab(page, m.sections.whitespace);
    await page.getByRole('button', { name: m.add.whitespace }).waitFor();
    const whitespace = await titles(page);
    await page.screenshot({
      path: `test-output/sidebar-lazy-whitespace-${lang}.png`,
      fullPage: true,
    });
    await tab(page, m.sections.plan);
    await page.getByRole('button', { name: m.add.plan }).waitFor();

    expect(loaded).toEqual(['kamLoadDossier', 'kamLoadDossier']);
    expect(plan).toEqual(column(emu, 'plan', 'KA-002', lang));
    expect(whitespace).toEqual(column(emu, 'whitespace', 'KA-002', lang));
    expect(plan.length).toBeGreaterThan(0);
    expect(whitespace.length).toBeGreaterThan(0);
    expect(sidebar.calls.slice(loaded.length)).toEqual(['kamLoadSection', 'kamLoadSection']);
    expect(sidebar.errors).toEqual([]);
  });

  it('offers to try again when the call fails, and shows the rows once it answers', async () => {
    const emu = demoWorkbook({ lang });
    const sidebar = await openSidebar(browser, emu);
    const { page } = sidebar;
    await page.locator('#kam-account').waitFor();
    await page.selectOption('#kam-account', 'KA-002');
    await page.getByRole('heading', { name: m.sections.general }).waitFor();
    // The connection drops for the next call only (the harness's bridge to the emulator).
    await page.evaluate(() => {
      const w = window as unknown as { __kamRun: (n: string, a: unknown[]) => Promise<unknown> };
      const run = w.__kamRun;
      let dropped = false;
      w.__kamRun = (name, args) => {
        if (dropped) return run(name, args);
        dropped = true;
        return Promise.reject(new Error('offline'));
      };
    });

    await tab(page, m.sections.plan);
    await page.getByRole('button', { name: m.tryAgain }).click();
    await page.getByRole('button', { name: m.add.plan }).waitFor();

    expect(await titles(page)).toEqual(column(emu, 'plan', 'KA-002', lang));
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('asks again for another account, and shows its own rows', async () => {
    const emu = demoWorkbook({ lang });
    const sidebar = await openSidebar(browser, emu);
    const { page } = sidebar;
    await page.locator('#kam-account').waitFor();
    await page.selectOption('#kam-account', 'KA-002');
    await tab(page, m.sections.plan);
    await page.getByRole('button', { name: m.add.plan }).waitFor();

    await page.selectOption('#kam-account', 'KA-005');
    await page.getByRole('button', { name: m.add.plan }).waitFor();
    await page.locator('#kam-account:not([disabled])').waitFor();

    expect(sidebar.calls.filter((c) => c === 'kamLoadSection')).toHaveLength(2);
    expect(await titles(page)).toEqual(column(emu, 'plan', 'KA-005', lang));
    expect(sidebar.errors).toEqual([]);
  });
});
