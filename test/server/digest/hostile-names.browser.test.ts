// Hostile names in Chromium: a client, a client person and a plan action written as markup in
// the workbook reach the manager's digest as text, never as elements or scripts; the e-mail
// also reads on a phone's width (a screenshot for people to look at).
import { useChromium } from '../../helpers/chromium';
import { digestWorkbook, fireHourly, MANAGERS, mailTo } from '../../helpers/digests';

const CLIENT = '<img src=x onerror="window.__kamHacked = 1">Žalgirio & Co "UAB"';
const PERSON = '<script>window.__kamHacked = 2</script>Rūta';
const ACTION = '"><svg onload="window.__kamHacked = 3"></svg>Call back';
const SCREENSHOT = 'test-output/digest-phone.png';

const chromium = useChromium();

describe('a digest with hostile names', () => {
  it('shows the client, person and plan action as text in Chromium, running nothing', async () => {
    const emu = digestWorkbook();
    emu.range('Accounts!B5').setValue(CLIENT);
    const contacts = emu.spreadsheet.getSheetByName('Contacts')!;
    const rows = contacts.getDataRange().getValues();
    const latest = rows.reduce<number>(
      (best, r, i) =>
        r[1] === 'KA-004' && r[0] instanceof Date && (best < 0 || r[0] > (rows[best][0] as Date))
          ? i
          : best,
      -1,
    );
    emu.range(`Contacts!C${latest + 1}`).setValue(PERSON);
    const plan = emu.spreadsheet.getSheetByName('Plan')!.getDataRange().getValues();
    const action = plan.findIndex((r) => r[0] === 'KA-004');
    emu
      .range(`Plan!C${action + 1}:F${action + 1}`)
      .setValues([
        [ACTION, 'ieva.jankauskiene@example.com', new Date('2026-11-27T00:00:00+02:00'), 'Planned'],
      ]);
    fireHourly(emu);
    const mail = mailTo(emu, MANAGERS[0])[0];
    const page = await chromium.browser.newPage({ viewport: { width: 390, height: 844 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    await page.setContent(mail.htmlBody ?? '', { waitUntil: 'load' });

    const seen = await page.evaluate(() => ({
      hacked: (window as unknown as { __kamHacked?: number }).__kamHacked,
      injected: document.querySelectorAll('img, script, svg, iframe').length,
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a reader sees
      text: document.body.innerText,
      width: document.documentElement.scrollWidth,
    }));
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    await page.close();
    expect(seen.hacked).toBeUndefined();
    expect(seen.injected).toBe(0);
    expect(errors).toEqual([]);
    expect(seen.text).toContain(CLIENT);
    expect(seen.text).toContain(`Last in contact: ${PERSON}.`);
    expect(seen.text).toContain(`Plan: “${ACTION}”, due on 27 Nov.`);
    expect(seen.width).toBeLessThanOrEqual(390);
  });
});
