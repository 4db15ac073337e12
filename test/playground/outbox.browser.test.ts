// The playground's Outbox in headless Chromium (issue 15): after moving the clock and running the
// daily check, each manager's digest is there, rendered as a mail program shows it (its HTML in
// a sandboxed frame, or its plain text), in English and, once the workbook's language is
// switched, in Lithuanian.
import { mkdirSync, rmSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../dev/browser/harness';
import { button, clockNow, sheetTab } from './selectors';
import { type Playground, startPlayground, tempStateDir } from './server-process';

const SCREENSHOT = 'test-output/playground-outbox.png';

let browser: Browser;
let server: Playground;
let page: Page;
const stateDir = tempStateDir();
const errors: string[] = [];

async function settled(): Promise<void> {
  await page.waitForFunction(() => !document.body.hasAttribute('aria-busy'));
}

const outboxTab = () => page.getByRole('tab', { name: /^Outbox \(\d+\)$/ });
const sent = () => page.getByRole('list', { name: 'Sent e-mails' }).getByRole('button');
const mailFrame = () => page.frameLocator('iframe[name="kam-mail"]');

beforeAll(async () => {
  mkdirSync('test-output', { recursive: true });
  [browser, server] = await Promise.all([launchBrowser(), startPlayground(stateDir)]);
  page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => void d.accept());
  await page.goto(server.url);
  await sheetTab(page, 'Accounts').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(stateDir, { recursive: true, force: true });
});

describe('the playground’s Outbox', () => {
  it('shows each manager’s digest after the clock moves and the daily check runs', async () => {
    await expect(outboxTab().textContent()).resolves.toBe('Outbox (0)');

    await button(page, '+1 day').click();
    await settled();
    await button(page, 'Run daily check').click();
    await settled();
    await outboxTab().click();
    await settled();

    await expect(clockNow(page).textContent()).resolves.toContain('2026-11-27');
    await expect(outboxTab().textContent()).resolves.toBe('Outbox (3)');
    const list = await sent().allTextContents();
    expect(list.join('\n')).toContain('To ieva.jankauskiene@example.com');
    expect(list.join('\n')).toContain('To mantas.vaitkus@example.com');
    await sent().filter({ hasText: 'ieva.jankauskiene@example.com' }).click();
    const frame = mailFrame();
    await frame.getByRole('heading', { name: 'Your key accounts on 27 Nov' }).waitFor();
    await expect(frame.getByText('Act now', { exact: true }).count()).resolves.toBe(1);
    await expect(
      frame.getByRole('link', { name: 'Open in the workbook' }).first().getAttribute('href'),
    ).resolves.toMatch(
      /^https:\/\/docs\.google\.com\/spreadsheets\/d\/[\w-]+\/edit#gid=\d+&range=A\d+$/,
    );
    await page.screenshot({ path: SCREENSHOT });

    await button(page, 'Plain text').click();
    await expect(page.locator('pre.outbox-text').textContent()).resolves.toContain(
      'Žalgirio Statyba UAB (KA-004)',
    );
    expect(errors).toEqual([]);
  });

  it('sends nothing twice when the daily check is run again the same day', async () => {
    await button(page, 'Run daily check').click();
    await settled();

    await expect(outboxTab().textContent()).resolves.toBe('Outbox (3)');
  });

  it('speaks Lithuanian once the workbook’s language is Lithuanian', async () => {
    await page.getByRole('combobox', { name: 'Language' }).selectOption('lt');
    await settled();
    await button(page, '+1 day').click();
    await settled();
    await button(page, 'Run daily check').click();
    await settled();
    await outboxTab().click();
    await settled();

    await expect(outboxTab().textContent()).resolves.toBe('Outbox (6)');
    await sent().filter({ hasText: 'ieva.jankauskiene@example.com' }).first().click();
    await button(page, 'HTML').click();
    await mailFrame()
      .getByRole('heading', { name: 'Jūsų pagrindinės paskyros, lapkričio 28 d.' })
      .waitFor();
    await expect(mailFrame().getByText('Veikite dabar', { exact: true }).count()).resolves.toBe(1);
    await page.screenshot({ path: 'test-output/playground-outbox-lt.png' });
    expect(errors).toEqual([]);
  });
});
