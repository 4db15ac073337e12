// A manager's day in the sidebar, in headless Chromium on the demo portfolio at 2026-11-26
// (issue 13): contacts logged, edited and removed with the person picked from the decision
// group; a review on a chosen day; sections that carry no form over; a General save after a
// contact. Every step leaves a screenshot in test-output/manager-day/.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { openSidebar, type Sidebar } from '../../dev/browser/harness';
import type { Emulator } from '../../dev/emulator';
import { useChromium } from '../helpers/chromium';
import { demoWorkbook } from '../helpers/demo-workbook';

const IEVA = 'ieva.jankauskiene@example.com';
const MANTAS = 'mantas.vaitkus@example.com';
const RUTA = 'ruta.zemaitiene@example.com';
const SHOTS = 'test-output/manager-day';

const chromium = useChromium();
const opened: Sidebar[] = [];

beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

async function open(emu: Emulator, account: string, user: string): Promise<Page> {
  const sidebar = await openSidebar(chromium.browser, emu, { user });
  opened.push(sidebar);
  const { page } = sidebar;
  await page.locator('#kam-account').waitFor();
  await page.selectOption('#kam-account', account);
  await page.locator('nav.tabs').waitFor();
  return page;
}

/** What the manager sees (the 300 × 900 pane, not the whole page), `at` scrolled into view. */
async function shot(page: Page, name: string, at?: string): Promise<void> {
  if (at) await page.locator(at).first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

async function saved(page: Page, word = 'Saved.'): Promise<void> {
  await page.getByRole('status').filter({ hasText: word }).waitFor({ timeout: 5000 });
}

async function press(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name, exact: true }).click();
}

async function tab(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name, exact: true }).click();
  await page.getByRole('heading', { name, exact: true }).waitFor();
}

/** The list item of the contact with this summary. */
const contactItem = (page: Page, summary: string) =>
  page.locator('.items li').filter({ hasText: summary });

function rowsOf(emu: Emulator, sheet: string, account: string): Record<string, unknown>[] {
  const values = emu.spreadsheet.getSheetByName(sheet)!.getDataRange().getDisplayValues();
  const header = values[0];
  const at = header.indexOf('Account ID');
  return values
    .slice(1)
    .filter((row) => row[at] === account)
    .map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]])));
}

describe('a manager’s day in the sidebar', () => {
  it('logs, edits and removes a contact with the person picked from the decision group', async () => {
    const emu = demoWorkbook();
    const page = await open(emu, 'KA-001', IEVA);
    await tab(page, 'Contacts');
    const group = await page.locator('#contacts-clientPerson option').allTextContents();
    await shot(page, '01-contacts');

    await page.fill('#contacts-date', '2026-11-27');
    await press(page, 'Log contact');
    expect(await page.locator('#contacts-date-error').textContent()).toBe(
      'Date cannot be later than today (2026-11-26): log what has already happened.',
    );
    await shot(page, '02-future-date-refused', '#contacts-date');
    await page.fill('#contacts-date', '2026-11-24');
    await page.selectOption('#contacts-clientPerson', 'Rokas Rimkus');
    await page.selectOption('#contacts-channel', 'phone');
    await page.selectOption('#contacts-outcome', 'positive');
    await page.fill('#contacts-summary', 'Called about the winter schedule.');
    expect(await page.locator('.savebar .unsaved').textContent()).toBe(
      'Unsaved: Date, Client person, Channel, Outcome, Summary',
    );
    await press(page, 'Log contact');
    await saved(page);
    await shot(page, '03-contact-logged', '.items li');
    await contactItem(page, 'Called about the winter schedule.')
      .getByRole('button', { name: 'Edit: 2026-11-24' })
      .click();
    await page.selectOption('#contacts-edit-outcome', 'neutral');
    expect(await page.locator('.savebar .unsaved').textContent()).toBe('Unsaved: Outcome');
    await shot(page, '04-contact-editing', '#contacts-edit-outcome');
    await press(page, 'Save');
    await saved(page);
    await shot(page, '05-contact-edited', '.items li');
    const edited = rowsOf(emu, 'Contacts', 'KA-001').find(
      (r) => r.Summary === 'Called about the winter schedule.',
    );
    await contactItem(page, 'Called about the winter schedule.')
      .getByRole('button', { name: 'Remove: 2026-11-24' })
      .click();
    await shot(page, '06-contact-remove-confirm', '.confirm');
    await press(page, 'Confirm remove');
    await saved(page);
    await shot(page, '07-contact-removed', '.banner');

    expect(group).toEqual(expect.arrayContaining(['Rokas Rimkus', 'Jurgita Urbonienė']));
    expect(edited).toMatchObject({
      Date: '2026-11-24',
      'Client person': 'Rokas Rimkus',
      Channel: 'Phone',
      Outcome: 'Neutral',
    });
    expect(
      rowsOf(emu, 'Contacts', 'KA-001').some(
        (r) => r.Summary === 'Called about the winter schedule.',
      ),
    ).toBe(false);
    const history = rowsOf(emu, 'Change history', 'KA-001');
    expect(history.map((h) => [h.Field, h['Old value'], h['New value']])).toEqual(
      expect.arrayContaining([
        ['Outcome', 'Positive', 'Neutral'],
        ['Outcome', 'Neutral', ''],
        ['Client person', 'Rokas Rimkus', ''],
      ]),
    );
    expect(history.every((h) => h.Who === IEVA)).toBe(true);
  });

  it('offers to add someone new to the decision group after logging a contact with them', async () => {
    const emu = demoWorkbook();
    const page = await open(emu, 'KA-004', IEVA);
    await tab(page, 'Contacts');

    await page.selectOption('#contacts-clientPerson', { label: 'Someone not in the group…' });
    await page.fill('#contacts-clientPerson-new', 'Simona Naujokė');
    await page.selectOption('#contacts-channel', 'email');
    await page.selectOption('#contacts-outcome', 'neutral');
    await press(page, 'Log contact');
    await saved(page);
    const offer = page.locator('.offer');
    await offer.waitFor();
    await shot(page, '08-new-person-offer', '.offer');
    await press(page, 'Add to the decision group');
    await page.getByRole('heading', { name: 'Decision group', exact: true }).waitFor();
    const prefilled = await page.inputValue('#decisionGroup-new-person');
    await page.selectOption('#decisionGroup-new-role', 'user');
    await shot(page, '09-new-person-in-group-form', '#decisionGroup-new-role');
    await press(page, 'Save');
    await saved(page);

    expect(await offer.count()).toBe(0);
    expect(prefilled).toBe('Simona Naujokė');
    expect(rowsOf(emu, 'Decision group', 'KA-004').at(-1)).toMatchObject({
      Person: 'Simona Naujokė',
      Role: 'User',
    });
    expect(rowsOf(emu, 'Contacts', 'KA-004').at(-1)).toMatchObject({
      'Client person': 'Simona Naujokė',
    });
  });

  it('asks for a reason before removing the call that broke a pause, and keeps the breach on record', async () => {
    const emu = demoWorkbook();
    const page = await open(emu, 'KA-005', MANTAS);
    await tab(page, 'Contacts');
    const call = page.locator('.items li').filter({ hasText: '2026-11-21' });

    expect(await call.locator('.tag.record').textContent()).toBe('broken pause');
    await call.getByRole('button', { name: 'Remove: 2026-11-21' }).click();
    await press(page, 'Confirm remove');
    expect(await page.locator('#remove-reason-error').textContent()).toBe(
      'Reason for the change is required.',
    );
    await shot(page, '10-remove-needs-reason', '.confirm');
    await page.fill('#remove-reason', 'Logged on the wrong account.');
    await press(page, 'Confirm remove');
    await saved(page);
    await shot(page, '11-removed-with-reason', '.banner');

    const history = rowsOf(emu, 'Change history', 'KA-005');
    expect(history.map((h) => h.Field)).toEqual(
      expect.arrayContaining(['Reason for the change', 'Broken pause (on record)']),
    );
    expect(history.find((h) => h.Field === 'Reason for the change')?.['New value']).toBe(
      'Logged on the wrong account.',
    );
  });

  it('marks a review on a chosen past day with a note, after a confirmation', async () => {
    const emu = demoWorkbook();
    const page = await open(emu, 'KA-002', IEVA);
    await tab(page, 'Review');

    await page.fill('#review-date', '2026-08-01');
    await press(page, 'Mark reviewed');
    const tooEarly = await page.locator('#review-date-error').textContent();
    const noNote = await page.locator('#review-changes-error').textContent();
    await shot(page, '12-review-refused', '#review-date');
    await page.fill('#review-date', '2026-11-20');
    await page.fill('#review-changes', 'Decision group checked after the reorganisation.');
    await press(page, 'Mark reviewed');
    const confirm = page.getByRole('alertdialog');
    await confirm.waitFor();
    const question = await confirm.textContent();
    await shot(page, '13-review-confirm', '.confirm');
    await press(page, 'Yes, mark reviewed');
    await saved(page);
    await shot(page, '14-reviewed', '.status-box');

    expect(tooEarly).toBe('Date cannot be before the last review (2026-08-14).');
    expect(noNote).toBe('What changed is required.');
    expect(question).toContain('Mark the dossier reviewed on 2026-11-20, with this note?');
    expect(question).toContain('Decision group checked after the reorganisation.');
    expect(await page.locator('.status-box').textContent()).toBe(
      'Last review: 2026-11-20.Next review due: 2027-02-20 (at least every 3 months).',
    );
    expect(rowsOf(emu, 'Reviews', 'KA-002').at(-1)).toMatchObject({
      Date: '2026-11-20',
      'Reviewer (e-mail)': IEVA,
      'What changed': 'Decision group checked after the reorganisation.',
    });
  });

  it('carries no open form into another section, and gives the draft back on return', async () => {
    const emu = demoWorkbook();
    const page = await open(emu, 'KA-003', IEVA);
    await tab(page, 'Decision group');
    await press(page, 'Add person');
    await page.fill('#decisionGroup-new-person', 'Half-typed Name');
    await shot(page, '15-form-open');

    await tab(page, 'Competitors');
    const inCompetitors = await page.locator('form').count();
    await shot(page, '16-next-section-clean');
    await tab(page, 'Plan');
    const inPlan = await page.locator('form').count();
    await tab(page, 'Decision group');
    const restored = await page.inputValue('#decisionGroup-new-person');
    await shot(page, '17-draft-back');

    expect(inCompetitors).toBe(0);
    expect(inPlan).toBe(0);
    expect(await page.getByRole('button', { name: 'Add person' }).count()).toBe(0);
    expect(restored).toBe('Half-typed Name');
  });

  it('accepts a General save while a contact was logged elsewhere on the same account', async () => {
    const emu = demoWorkbook();
    const manager = await open(emu, 'KA-004', IEVA);
    const supervisor = await open(emu, 'KA-004', RUTA);
    await manager.fill('#general-bank', 'SEB');
    await tab(manager, 'Contacts');
    await manager.selectOption('#contacts-channel', 'video');
    await manager.selectOption('#contacts-outcome', 'positive');
    await press(manager, 'Log contact');
    await saved(manager);
    await tab(supervisor, 'Contacts');
    await supervisor.selectOption('#contacts-channel', 'email');
    await supervisor.selectOption('#contacts-outcome', 'neutral');
    await press(supervisor, 'Log contact');
    await saved(supervisor);

    await tab(manager, 'General');
    const kept = await manager.inputValue('#general-bank');
    expect(await manager.locator('.savebar .unsaved').textContent()).toBe('Unsaved: Bank');
    await shot(manager, '18-general-after-contacts');
    await press(manager, 'Save');
    await saved(manager);
    await shot(manager, '19-general-saved');

    expect(kept).toBe('SEB');
    expect(rowsOf(emu, 'Dossier', 'KA-004')[0].Bank).toBe('SEB');
    expect(
      rowsOf(emu, 'Contacts', 'KA-004')
        .slice(-2)
        .map((r) => r['Our person (e-mail)']),
    ).toEqual([IEVA, RUTA]);
  });

  it('walks the same day in Lithuanian', async () => {
    const emu = demoWorkbook({ lang: 'lt' });
    const page = await open(emu, 'KA-005', MANTAS);
    const sections = [
      'Bendra informacija',
      'Vaizdas iš jūsų pusės',
      'Sprendimų grupė',
      'Konkurentai',
      'Kontaktai',
      'Planas',
      'Peržiūra',
    ];
    for (const [i, name] of sections.entries()) {
      await tab(page, name);
      await shot(page, `lt-${String(i + 1).padStart(2, '0')}-${name.split(' ')[0].toLowerCase()}`);
    }

    await tab(page, 'Sprendimų grupė');
    const line = await page.locator('.items .item-details').first().textContent();
    await tab(page, 'Kontaktai');
    const call = page.locator('.items li').filter({ hasText: '2026-11-21' });
    await call.getByRole('button', { name: 'Keisti: 2026-11-21' }).click();
    await page.fill('#contacts-edit-summary', 'Skambutis dėl sutarties.');
    await press(page, 'Išsaugoti');
    const reasonError = await page.locator('#contacts-edit-reason-error').textContent();
    await shot(page, 'lt-08-contact-edit-needs-reason', '#contacts-edit-reason');
    await page.fill('#contacts-edit-reason', 'Patikslinta santrauka.');
    await press(page, 'Išsaugoti');
    await saved(page, 'Išsaugota.');
    await tab(page, 'Peržiūra');
    await page.fill('#review-changes', 'Peržiūrėta sprendimų grupė.');
    await press(page, 'Pažymėti peržiūrėta');
    await page.getByRole('alertdialog').waitFor();
    await shot(page, 'lt-09-review-confirm', '.confirm');
    await press(page, 'Taip, pažymėti peržiūrėta');
    await saved(page, 'Išsaugota.');

    expect(line).toMatch(/^Sprendimų priėmėjas · neutralus · didelė įtaka · /);
    expect(reasonError).toBe('Pakeitimo priežastis: privaloma užpildyti.');
    expect(await page.locator('.status-box').textContent()).toContain(
      'Paskutinė peržiūra: 2026-11-26.',
    );
  });

  it('asks no other host for anything and throws no page errors', () => {
    expect(opened.length).toBeGreaterThan(6);
    expect(opened.flatMap((s) => s.errors)).toEqual([]);
    expect(
      opened.flatMap((s) =>
        s.requests.filter((url) => !url.startsWith('https://kam-sidebar.test/')),
      ),
    ).toEqual([]);
  });
});
