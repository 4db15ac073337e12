// The maps in the playground end to end in headless Chromium (issue 14): from the sidebar's
// Decision group, Open map shows the relationship map as a modal pane, a person clicked there
// opens in the sidebar; the whitespace map and the brief open the same way, in both languages.
import { mkdirSync, rmSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../dev/browser/harness';
import { addonMenu, button, cell, dossier, menuItem, sheetTab, sidebar } from './selectors';
import { type Playground, startPlayground, tempStateDir } from './server-process';

let browser: Browser;
let server: Playground;
let page: Page;
const stateDir = tempStateDir();
const errors: string[] = [];

const dialog = () => page.frameLocator('iframe[name="kam-dialog"]');

async function settled(): Promise<void> {
  await page.waitForFunction(() => !document.body.hasAttribute('aria-busy'));
}

beforeAll(async () => {
  mkdirSync('test-output', { recursive: true });
  [browser, server] = await Promise.all([launchBrowser(), startPlayground(stateDir)]);
  page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url);
  await cell(page, 'A1').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(stateDir, { recursive: true, force: true });
});

/**
 * Selects an Accounts row and opens the dossier from the KAM menu, in the workbook's language
 * (switching it keeps the sheets' names: the demo was set up in English).
 */
async function openDossierOn(row: number, lt = false): Promise<void> {
  await sheetTab(page, 'Accounts').click();
  await settled();
  await cell(page, `A${row}`).click();
  await addonMenu(page).click();
  await menuItem(page, lt ? 'Atverti kliento dokumentaciją' : 'Open dossier').click();
}

describe('the maps in the playground', () => {
  it('opens the map from the sidebar as a modal pane, and a clicked person in the sidebar', async () => {
    await openDossierOn(3);
    const frame = sidebar(page);
    await dossier.section(frame, 'Decision group').click();
    await frame.getByRole('button', { name: 'Open map', exact: true }).click();

    await dialog().locator('.map-svg').waitFor();
    await page.screenshot({ path: 'test-output/playground-map-en.png' });
    const person = await dialog().locator('.person').nth(1).getAttribute('data-person');
    await dialog().locator('.person').nth(1).click();

    await page.locator('iframe[name="kam-dialog"]').waitFor({ state: 'detached' });
    await sidebar(page)
      .getByRole('heading', { name: `Editing ${person}` })
      .waitFor();
    expect(errors).toEqual([]);
  });

  it('opens the whitespace map and the brief from the sidebar', async () => {
    const frame = sidebar(page);
    await dossier.section(frame, 'Whitespace').click();
    await frame.getByRole('button', { name: 'Open whitespace map', exact: true }).click();
    await dialog().locator('.whitespace-svg').waitFor();
    await page.screenshot({ path: 'test-output/playground-whitespace-en.png' });
    await dialog().getByRole('button', { name: 'Close', exact: true }).click();
    await page.locator('iframe[name="kam-dialog"]').waitFor({ state: 'detached' });

    await frame.getByRole('button', { name: 'Print brief', exact: true }).click();

    await dialog().locator('.brief .map-svg').waitFor();
    await page.screenshot({ path: 'test-output/playground-brief-en.png' });
    await dialog().getByRole('button', { name: 'Close', exact: true }).click();
    expect(errors).toEqual([]);
  });

  it('does the same in Lithuanian', async () => {
    page.once('dialog', (d) => void d.accept());
    await button(page, 'Reset demo').click();
    await settled();
    await page.getByLabel('Language').selectOption('lt');
    await settled();

    await openDossierOn(3, true);
    const frame = sidebar(page);
    await dossier.section(frame, 'Sprendimų grupė').click();
    await frame.getByRole('button', { name: 'Atverti žemėlapį', exact: true }).click();

    await dialog().locator('.map-svg').waitFor();
    await expect(dialog().locator('h1').textContent()).resolves.toContain('Ryšių žemėlapis');
    await page.screenshot({ path: 'test-output/playground-map-lt.png' });
    expect(errors).toEqual([]);
  });
});
