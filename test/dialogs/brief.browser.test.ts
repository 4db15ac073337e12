// The account brief in a real headless Chromium (issue 14, R4.3): the whole dossier, both maps,
// the contact status and pause, the last review and what changed, the plan's open actions; printed
// to PDF it fits two or three A4 pages for a typical account.
import { writeFileSync } from 'node:fs';
import { foreignRequests, openDialog } from '../../dev/browser/harness';
import type { Emulator } from '../../dev/emulator';
import type { Lang } from '../../src/template';
import { useChromium } from '../helpers/chromium';
import { demoWorkbook } from '../helpers/demo-workbook';

const chromium = useChromium();

async function openBrief(emu: Emulator, accountId: string) {
  expect(emu.scriptRun('kamOpenBrief', { accountId })).toEqual({ ok: true });
  const dialog = await openDialog(chromium.browser, emu, 'Brief', {
    viewport: { width: 900, height: 760 },
  });
  await dialog.page.locator('.map-svg').waitFor();
  return dialog;
}

/** The pages of a PDF, counted from its page objects. */
function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

describe.each<[Lang, string]>([
  ['en', 'KA-002'],
  ['lt', 'KA-001'],
])('the account brief (%s)', (lang, account) => {
  it('prints the dossier, both maps, the review and the plan on two or three A4 pages', async () => {
    const emu = demoWorkbook({ lang });
    emu.scriptRun('kamMarkReviewed', {
      accountId: account,
      note: 'Reviewed with the head of sales',
    });
    const dialog = await openBrief(emu, account);
    const { page } = dialog;

    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    await page.emulateMedia({ media: 'screen' });

    writeFileSync(`test-output/brief-${lang}.pdf`, pdf);
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(2);
    expect(pageCount(pdf)).toBeLessThanOrEqual(3);
    await expect(page.locator('.map-svg .person').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('.whitespace-svg').count()).resolves.toBe(1);
    await expect(page.locator('h1').textContent()).resolves.toContain(account);
    await expect(page.locator('main').textContent()).resolves.toContain(
      'Reviewed with the head of sales',
    );
    expect(dialog.calls).toEqual(['kamBriefData']);
    expect(dialog.errors).toEqual([]);
    expect(foreignRequests(dialog)).toEqual([]);
    await page.screenshot({ path: `test-output/brief-${lang}.png`, fullPage: true });
  });
});
