// The playground's own controls in headless Chromium (issue 13, items 16–17): who is signed
// in, labelled; the language switched in place, every edit kept, menu and sidebar following;
// the dashboard's charts drawn as their type. Screenshots in test-output/playground-*.png.
import { mkdirSync, rmSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../dev/browser/harness';
import { addonMenu, cell, dossier, menuItem, sheetTab, sidebar, sidebarPane } from './selectors';
import { type Playground, startPlayground, tempStateDir } from './server-process';

let browser: Browser;
let server: Playground;
let page: Page;
const stateDir = tempStateDir();
const errors: string[] = [];

async function settled(): Promise<void> {
  await page.waitForFunction(() => !document.body.hasAttribute('aria-busy'));
}

beforeAll(async () => {
  mkdirSync('test-output', { recursive: true });
  [browser, server] = await Promise.all([launchBrowser(), startPlayground(stateDir)]);
  page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => void d.accept());
  await page.goto(server.url);
  await cell(page, 'A1').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(stateDir, { recursive: true, force: true });
});

describe('the playground toolbar', () => {
  it('says who is signed in, the owner being owner@example.com', async () => {
    const signedIn = page.getByLabel('Signed in as');

    expect(await signedIn.inputValue()).toBe('owner@example.com');
    expect(await page.locator('label[for="signed-in-as"]').isVisible()).toBe(true);
  });

  it('switches the workbook to Lithuanian in place: edits kept, menu and sidebar follow', async () => {
    await sheetTab(page, 'Revenue').click();
    await settled();
    await cell(page, 'A42').click();
    await page.keyboard.type('Kalbos Testas UAB');
    await page.keyboard.press('Enter');
    await settled();
    await sheetTab(page, 'Accounts').click();
    await settled();
    await cell(page, 'B2').click();
    await addonMenu(page).click();
    await menuItem(page, 'Open dossier').click();
    await sidebarPane(page).waitFor();
    await dossier.heading(sidebar(page), 'General').waitFor();

    await page.getByLabel('Language').selectOption('lt');
    await settled();
    await dossier.heading(sidebar(page), 'Bendra informacija').waitFor();
    await page.screenshot({ path: 'test-output/playground-language-lt.png' });
    await addonMenu(page).click();
    const ltMenu = await page.getByRole('menuitem').allTextContents();
    await page.keyboard.press('Escape');
    await page.getByLabel('Language').selectOption('en');
    await settled();
    await dossier.heading(sidebar(page), 'General').waitFor();
    await page.screenshot({ path: 'test-output/playground-language-en.png' });

    expect(ltMenu).toContain('Atverti kliento dokumentaciją');
    await sheetTab(page, 'Revenue').click();
    await settled();
    await expect(cell(page, 'A42').textContent()).resolves.toBe('Kalbos Testas UAB');
  });

  it('draws the dashboard’s pie as a pie and its column chart as columns', async () => {
    await sheetTab(page, 'KAM dashboard').click();
    await settled();
    const pie = page.locator('figure.chart[data-type="pie"]');
    const columns = page.locator('figure.chart[data-type="column"]');
    await pie.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-output/playground-charts.png' });

    expect(await pie.locator('path.slice, circle.slice').count()).toBeGreaterThan(1);
    expect(await pie.locator('rect').count()).toBe(await pie.locator('text.legend').count());
    expect(await columns.locator('rect.column').count()).toBeGreaterThan(1);
    expect(errors).toEqual([]);
  });
});
