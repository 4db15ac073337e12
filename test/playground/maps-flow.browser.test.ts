// The maps in the playground end to end in headless Chromium (issue 14): from the sidebar's
// Decision group, Open map shows the relationship map as a modal pane, a person clicked there
// opens in the sidebar; the whitespace map and the brief open the same way, in both languages.
import { usePlaygroundPage } from './playground-page';
import { addonMenu, button, cell, dossier, menuItem, sheetTab, sidebar } from './selectors';

const pg = usePlaygroundPage({ viewport: { width: 1500, height: 950 }, acceptDialogs: false });

const dialog = () => pg.page.frameLocator('iframe[name="kam-dialog"]');

/**
 * Selects an Accounts row and opens the dossier from the KAM menu, in the workbook's language
 * (switching it keeps the sheets' names: the demo was set up in English).
 */
async function openDossierOn(row: number, lt = false): Promise<void> {
  await sheetTab(pg.page, 'Accounts').click();
  await pg.settled();
  await cell(pg.page, `A${row}`).click();
  await addonMenu(pg.page).click();
  await menuItem(pg.page, lt ? 'Atverti kliento dokumentaciją' : 'Open dossier').click();
}

describe('the maps in the playground', () => {
  it('opens the map from the sidebar as a modal pane, and a clicked person in the sidebar', async () => {
    await openDossierOn(3);
    const frame = sidebar(pg.page);
    await dossier.section(frame, 'Decision group').click();
    await frame.getByRole('button', { name: 'Open map', exact: true }).click();

    await dialog().locator('.map-svg').waitFor();
    await pg.page.screenshot({ path: 'test-output/playground-map-en.png' });
    const person = await dialog().locator('.person').nth(1).getAttribute('data-person');
    await dialog().locator('.person').nth(1).click();

    await pg.page.locator('iframe[name="kam-dialog"]').waitFor({ state: 'detached' });
    await sidebar(pg.page)
      .getByRole('heading', { name: `Editing ${person}` })
      .waitFor();
    expect(pg.errors).toEqual([]);
  });

  it('opens the whitespace map and the brief from the sidebar', async () => {
    const frame = sidebar(pg.page);
    await dossier.section(frame, 'Whitespace').click();
    await frame.getByRole('button', { name: 'Open whitespace map', exact: true }).click();
    await dialog().locator('.whitespace-svg').waitFor();
    await pg.page.screenshot({ path: 'test-output/playground-whitespace-en.png' });
    await dialog().getByRole('button', { name: 'Close', exact: true }).click();
    await pg.page.locator('iframe[name="kam-dialog"]').waitFor({ state: 'detached' });

    await frame.getByRole('button', { name: 'Print brief', exact: true }).click();

    await dialog().locator('.brief .map-svg').waitFor();
    await pg.page.screenshot({ path: 'test-output/playground-brief-en.png' });
    await dialog().getByRole('button', { name: 'Close', exact: true }).click();
    expect(pg.errors).toEqual([]);
  });

  it('does the same in Lithuanian', async () => {
    pg.page.once('dialog', (d) => void d.accept());
    await button(pg.page, 'Reset demo').click();
    await pg.settled();
    await pg.page.getByLabel('Language').selectOption('lt');
    await pg.settled();

    await openDossierOn(3, true);
    const frame = sidebar(pg.page);
    await dossier.section(frame, 'Sprendimų grupė').click();
    await frame.getByRole('button', { name: 'Atverti žemėlapį', exact: true }).click();

    await dialog().locator('.map-svg').waitFor();
    await expect(dialog().locator('h1').textContent()).resolves.toContain('Ryšių žemėlapis');
    await pg.page.screenshot({ path: 'test-output/playground-map-lt.png' });
    expect(pg.errors).toEqual([]);
  });
});
