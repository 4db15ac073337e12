// The playground's own controls in headless Chromium (issue 13, items 16–17): who is signed
// in, labelled; the language switched in place, every edit kept, menu and sidebar following;
// the dashboard's charts drawn as their type. Screenshots in test-output/playground-*.png.
import { usePlaygroundPage } from './playground-page';
import { addonMenu, cell, dossier, menuItem, sheetTab, sidebar, sidebarPane } from './selectors';

const pg = usePlaygroundPage({ viewport: { width: 1400, height: 850 }, acceptDialogs: true });

describe('the playground toolbar', () => {
  it('says who is signed in, the owner being owner@example.com', async () => {
    const signedIn = pg.page.getByLabel('Signed in as');

    expect(await signedIn.inputValue()).toBe('owner@example.com');
    expect(await pg.page.locator('label[for="signed-in-as"]').isVisible()).toBe(true);
  });

  it('switches the workbook to Lithuanian in place: edits kept, menu and sidebar follow', async () => {
    await sheetTab(pg.page, 'Revenue').click();
    await pg.settled();
    await cell(pg.page, 'A42').click();
    await pg.page.keyboard.type('Kalbos Testas UAB');
    await pg.page.keyboard.press('Enter');
    await pg.settled();
    await sheetTab(pg.page, 'Accounts').click();
    await pg.settled();
    await cell(pg.page, 'B2').click();
    await addonMenu(pg.page).click();
    await menuItem(pg.page, 'Open dossier').click();
    await sidebarPane(pg.page).waitFor();
    await dossier.heading(sidebar(pg.page), 'General').waitFor();

    await pg.page.getByLabel('Language').selectOption('lt');
    await pg.settled();
    await dossier.heading(sidebar(pg.page), 'Bendra informacija').waitFor();
    await pg.page.screenshot({ path: 'test-output/playground-language-lt.png' });
    await addonMenu(pg.page).click();
    const ltMenu = await pg.page.getByRole('menuitem').allTextContents();
    await pg.page.keyboard.press('Escape');
    await pg.page.getByLabel('Language').selectOption('en');
    await pg.settled();
    await dossier.heading(sidebar(pg.page), 'General').waitFor();
    await pg.page.screenshot({ path: 'test-output/playground-language-en.png' });

    expect(ltMenu).toContain('Atverti kliento dokumentaciją');
    await sheetTab(pg.page, 'Revenue').click();
    await pg.settled();
    await expect(cell(pg.page, 'A42').textContent()).resolves.toBe('Kalbos Testas UAB');
  });

  it('draws the dashboard’s pie as a pie and its column chart as columns', async () => {
    await sheetTab(pg.page, 'KAM dashboard').click();
    await pg.settled();
    const pie = pg.page.locator('figure.chart[data-type="pie"]');
    const columns = pg.page.locator('figure.chart[data-type="column"]');
    await pie.scrollIntoViewIfNeeded();
    await pg.page.screenshot({ path: 'test-output/playground-charts.png' });

    expect(await pie.locator('path.slice, circle.slice').count()).toBeGreaterThan(1);
    expect(await pie.locator('rect').count()).toBe(await pie.locator('text.legend').count());
    expect(await columns.locator('rect.column').count()).toBeGreaterThan(1);
    expect(pg.errors).toEqual([]);
  });
});
