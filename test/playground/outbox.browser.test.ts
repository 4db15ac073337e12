// The playground's Outbox in headless Chromium (issue 15): after moving the clock and running the
// daily check, each manager's digest is there, rendered as a mail program shows it (its HTML in
// a sandboxed frame, or its plain text), in English and, once the workbook's language is
// switched, in Lithuanian.
import { usePlaygroundPage } from './playground-page';
import { button, clockNow } from './selectors';

const pg = usePlaygroundPage({ viewport: { width: 1400, height: 850 }, acceptDialogs: true });

const SCREENSHOT = 'test-output/playground-outbox.png';

const outboxTab = () => pg.page.getByRole('tab', { name: /^Outbox \(\d+\)$/ });
const sent = () => pg.page.getByRole('list', { name: 'Sent e-mails' }).getByRole('button');
const mailFrame = () => pg.page.frameLocator('iframe[name="kam-mail"]');

describe('the playground’s Outbox', () => {
  it('shows each manager’s digest after the clock moves and the daily check runs', async () => {
    await expect(outboxTab().textContent()).resolves.toBe('Outbox (0)');

    await button(pg.page, '+1 day').click();
    await pg.settled();
    await button(pg.page, 'Run daily check').click();
    await pg.settled();
    await outboxTab().click();
    await pg.settled();

    await expect(clockNow(pg.page).textContent()).resolves.toContain('2026-11-27');
    await expect(outboxTab().textContent()).resolves.toBe('Outbox (3)');
    // The list is drawn after the tab's count: wait for its three e-mails.
    await sent().nth(2).waitFor();
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
    await pg.page.screenshot({ path: SCREENSHOT });

    await button(pg.page, 'Plain text').click();
    await expect(pg.page.locator('pre.outbox-text').textContent()).resolves.toContain(
      'Žalgirio Statyba UAB (KA-004)',
    );
    expect(pg.errors).toEqual([]);
  });

  it('sends nothing twice when the daily check is run again the same day', async () => {
    await button(pg.page, 'Run daily check').click();
    await pg.settled();

    await expect(outboxTab().textContent()).resolves.toBe('Outbox (3)');
  });

  it('speaks Lithuanian once the workbook’s language is Lithuanian', async () => {
    await pg.page.getByRole('combobox', { name: 'Language' }).selectOption('lt');
    await pg.settled();
    await button(pg.page, '+1 day').click();
    await pg.settled();
    await button(pg.page, 'Run daily check').click();
    await pg.settled();
    await outboxTab().click();
    await pg.settled();

    await expect(outboxTab().textContent()).resolves.toBe('Outbox (6)');
    await sent().filter({ hasText: 'ieva.jankauskiene@example.com' }).first().click();
    await button(pg.page, 'HTML').click();
    await mailFrame()
      .getByRole('heading', { name: 'Jūsų pagrindinės paskyros, lapkričio 28 d.' })
      .waitFor();
    await expect(mailFrame().getByText('Veikite dabar', { exact: true }).count()).resolves.toBe(1);
    await pg.page.screenshot({ path: 'test-output/playground-outbox-lt.png' });
    expect(pg.errors).toEqual([]);
  });
});
