// The playground end to end in headless Chromium (issue 6): a review turns overdue as the
// clock moves, the dossier opens from the menu and marks it reviewed, a typed revenue gets its
// tier, and a restarted server shows the same workbook.
import type { Locator } from 'playwright-core';
import { usePlaygroundPage } from './playground-page';
import {
  addonMenu,
  button,
  cell,
  clockNow,
  dossier,
  menuItem,
  sheetTab,
  sidebar,
  sidebarPane,
} from './selectors';
import { startPlayground } from './server-process';

const pg = usePlaygroundPage({ viewport: { width: 1400, height: 850 }, acceptDialogs: true });

/** The demo's account whose review falls due the day after the demo's first day (DEMO_SCENARIOS). */
const ACCOUNT = 'KA-003';
const ACCOUNT_ROW = 4;
const RED = 'rgb(244, 199, 195)';
const AMBER = 'rgb(252, 232, 178)';
const SCREENSHOT = 'test-output/playground-sidebar-overdue.png';

async function background(locator: Locator): Promise<string> {
  return locator.evaluate((el) => getComputedStyle(el).backgroundColor);
}

async function showSheet(name: string): Promise<void> {
  await sheetTab(pg.page, name).click();
  await pg.settled();
}

/** Types into a cell as a user does: select it, type, Enter. */
async function type(a1: string, text: string): Promise<void> {
  await cell(pg.page, a1).click();
  await pg.page.keyboard.type(text);
  await pg.page.keyboard.press('Enter');
  await pg.settled();
}

describe('the playground', () => {
  it('highlights a review that turns overdue, opens its dossier and clears it when reviewed (R3.6)', async () => {
    const status = cell(pg.page, `J${ACCOUNT_ROW}`);
    await showSheet('Accounts');
    await expect(cell(pg.page, `A${ACCOUNT_ROW}`).textContent()).resolves.toBe(ACCOUNT);
    expect(await background(status)).toBe(AMBER);

    await button(pg.page, '+1 day').click();
    await pg.settled();
    await button(pg.page, '+1 day').click();
    await pg.settled();
    await button(pg.page, 'Run daily check').click();
    await pg.settled();

    await expect(clockNow(pg.page).textContent()).resolves.toContain('2026-11-28');
    expect(await background(status)).toBe(RED);
    expect(await status.getAttribute('title')).toContain('Review overdue by 1 day');

    await status.click();
    await addonMenu(pg.page).click();
    await menuItem(pg.page, 'Open dossier').click();
    const frame = sidebar(pg.page);
    await sidebarPane(pg.page).waitFor();
    await dossier.heading(frame, 'General').waitFor();
    expect(await dossier.account(frame).inputValue()).toBe(ACCOUNT);
    await dossier.section(frame, 'Review').click();
    await dossier.heading(frame, 'Review').waitFor();
    await pg.page.screenshot({ path: SCREENSHOT });

    await dossier.reviewNote(frame).fill('Reviewed with the client’s new CFO.');
    await dossier.markReviewed(frame).click();
    await dossier.confirmReviewed(frame).click();
    await dossier.saved(frame).waitFor();
    await pg.page.waitForFunction(
      (a1) => document.querySelector(`td[data-cell="${a1}"]`)?.getAttribute('style') === null,
      `J${ACCOUNT_ROW}`,
    );

    expect(await background(status)).not.toBe(RED);
    expect(await background(status)).not.toBe(AMBER);
  });

  it('computes the tier of a revenue typed in the Revenue sheet (R1.1–R1.3)', async () => {
    await showSheet('Revenue');
    await type('A42', 'Naujas Klientas UAB');
    await type('C42', '2000000');

    await expect(cell(pg.page, 'C42').textContent()).resolves.toBe('2,000,000.00');
    await expect(cell(pg.page, 'E42').textContent()).resolves.toBe('Critical');
  });

  it('keeps the workbook when the server restarts', async () => {
    expect(await pg.server.stop('SIGINT')).toBe(0);
    pg.server = await startPlayground(pg.stateDir);
    await pg.page.close();

    await pg.open();
    await showSheet('Revenue');

    await expect(cell(pg.page, 'A42').textContent()).resolves.toBe('Naujas Klientas UAB');
    await expect(cell(pg.page, 'E42').textContent()).resolves.toBe('Critical');
    await expect(clockNow(pg.page).textContent()).resolves.toContain('2026-11-28');
    expect(pg.errors).toEqual([]);
  });
});
