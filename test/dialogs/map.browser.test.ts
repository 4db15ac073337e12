// The relationship map and the whitespace map in a real headless Chromium (issue 14), drawn
// from the demo portfolio on 2026-11-26 through the emulated server: every person a node,
// colours by attitude and by the contact rules, gaps as empty slots, a loop reported, a click
// that opens the person, and 200 people with no two boxes overlapping.
import type { Page } from 'playwright-core';
import { foreignRequests, openDialog, openSidebar } from '../../dev/browser/harness';
import { DEMO_SCENARIOS } from '../../dev/demo/scenarios';
import type { Emulator } from '../../dev/emulator';
import { dayOfIso } from '../../src/core/days';
import { personRhythm } from '../../src/core/person-rhythm';
import { ATTITUDE_COLORS, RHYTHM_COLORS } from '../../src/dialogs/draw/colors';
import type { MapResult } from '../../src/dossier/map-types';
import { useChromium } from '../helpers/chromium';
import { demoWorkbook } from '../helpers/demo-workbook';

const chromium = useChromium();

const ACCOUNTS = ['KA-001', 'KA-002', 'KA-003', 'KA-004', 'KA-005', 'KA-006', 'KA-007', 'KA-008'];

/** Opens the map of an account as the sidebar would, and waits for it to be drawn. */
async function openMap(emu: Emulator, accountId: string, view = 'people') {
  expect(emu.scriptRun('kamOpenMap', { accountId, view })).toEqual({ ok: true });
  const dialog = await openDialog(chromium.browser, emu, 'Map');
  await dialog.page.locator(view === 'people' ? '.map-svg' : '.whitespace-svg').waitFor();
  return dialog;
}

/** What the server sent for the same account. */
function mapData(emu: Emulator) {
  const result = emu.scriptRun('kamMapData') as MapResult;
  if (!result.ok) throw new Error(result.message);
  return result.map;
}

const nodes = (page: Page) =>
  page.locator('.person').evaluateAll((els) =>
    els.map((el) => ({
      name: el.getAttribute('data-person'),
      attitude: el.getAttribute('data-attitude'),
      rhythm: el.getAttribute('data-rhythm'),
      days: el.getAttribute('data-days'),
      fill: el.querySelector('rect.box')?.getAttribute('fill'),
      pill: el.querySelector('.rhythm rect')?.getAttribute('fill'),
      paused: el.querySelector('.pause') !== null,
    })),
  );

describe('the relationship map', () => {
  it('draws every person of each demo account once, coloured by their attitude', async () => {
    const emu = demoWorkbook();
    for (const account of ACCOUNTS) {
      const dialog = await openMap(emu, account);

      const drawn = await nodes(dialog.page);

      const people = mapData(emu).people;
      expect(drawn.map((n) => n.name).sort()).toEqual(people.map((p) => p.name).sort());
      for (const node of drawn)
        expect(node.fill).toBe(ATTITUDE_COLORS[node.attitude as keyof typeof ATTITUDE_COLORS].fill);
      expect(dialog.errors).toEqual([]);
      expect(foreignRequests(dialog)).toEqual([]);
      expect(dialog.calls).toEqual(['kamMapData']);
      await dialog.page.context().close();
    }
  });

  it('colours the days since our last contact by the contact rules on 2026-11-26', async () => {
    const emu = demoWorkbook();
    const today = dayOfIso('2026-11-26')!;
    const seen = new Set<string>();
    for (const account of ACCOUNTS) {
      const dialog = await openMap(emu, account);

      for (const node of await nodes(dialog.page)) {
        const days = node.days === '' ? undefined : Number(node.days);
        const expected = personRhythm(days === undefined ? undefined : today - days, today).kind;
        expect(node.rhythm).toBe(expected);
        expect(node.pill).toBe(RHYTHM_COLORS[expected]);
        seen.add(expected);
      }
      await dialog.page.context().close();
    }
    expect([...seen]).toEqual(expect.arrayContaining(['ok', 'overdue']));
  });

  it('marks every person while the account’s pause is in force, and says until when', async () => {
    const emu = demoWorkbook();

    const dialog = await openMap(emu, DEMO_SCENARIOS.pausing);

    const drawn = await nodes(dialog.page);
    expect(drawn.every((n) => n.paused)).toBe(true);
    await expect(dialog.page.locator('#pause-banner').textContent()).resolves.toContain(
      '2026-12-05',
    );
    await dialog.page.screenshot({ path: 'test-output/map-pause-en.png', fullPage: true });
  });

  it('shows uncovered roles and divisions nobody covers as dashed empty slots', async () => {
    const emu = demoWorkbook();
    emu.scriptRun('kamSaveRow', {
      accountId: DEMO_SCENARIOS.noDecisionMaker,
      sheet: 'whitespace',
      key: null,
      values: { division: 'Research', offering: 'Training', status: 'opportunity' },
    });

    const dialog = await openMap(emu, DEMO_SCENARIOS.noDecisionMaker);

    const roles = await dialog.page.locator('.gap-role').allTextContents();
    expect(roles.some((t) => t.startsWith('Decision maker'))).toBe(true);
    expect(roles).toHaveLength(mapData(emu).rolesUncovered.length);
    await expect(dialog.page.locator('.gap-nobody').textContent()).resolves.toContain('Research');
    await expect(
      dialog.page.locator('.gap-role rect').first().getAttribute('stroke-dasharray'),
    ).resolves.toBe('6 4');
    await dialog.page.screenshot({ path: 'test-output/map-gaps-en.png', fullPage: true });
  });

  it('reports a Reports-to loop typed into the sheet and draws the cut line dashed', async () => {
    const emu = demoWorkbook();
    const sheet = emu.spreadsheet.getSheetByName('Decision group')!;
    const values = sheet.getDataRange().getValues();
    const header = values[0].map(String);
    const rows = values.flatMap((r, i) => (r[0] === 'KA-002' ? [i + 1] : []));
    const names = rows.map((r) => String(values[r - 1][header.indexOf('Person')]));
    const col = String.fromCharCode(65 + header.indexOf('Reports to'));
    emu.edit(`Decision group!${col}${rows[0]}`, names[1]);
    emu.edit(`Decision group!${col}${rows[1]}`, names[0]);

    const dialog = await openMap(emu, 'KA-002');

    await expect(dialog.page.locator('.cycle').textContent()).resolves.toContain(names[0]);
    await expect(dialog.page.locator('path.edge.cut').count()).resolves.toBe(1);
  });

  it('closes and opens a clicked person in the sidebar, on their form', async () => {
    const emu = demoWorkbook();
    const dialog = await openMap(emu, 'KA-003');
    const person = (await nodes(dialog.page))[1].name!;

    await dialog.page.locator(`.person[data-person="${person}"]`).click();
    await dialog.page.waitForFunction(() => (window as { __kamClosed?: boolean }).__kamClosed);
    const sidebar = await openSidebar(chromium.browser, emu);

    expect(dialog.calls).toEqual(['kamMapData', 'kamOpenPerson']);
    expect(emu.ui.shown.at(-1)!.kind).toBe('sidebar');
    await sidebar.page.getByRole('heading', { name: `Editing ${person}` }).waitFor();
  });

  it('draws the same map in Lithuanian', async () => {
    const emu = demoWorkbook({ lang: 'lt' });

    const dialog = await openMap(emu, 'KA-002');

    await expect(dialog.page.locator('h1').textContent()).resolves.toContain('Ryšių žemėlapis');
    await expect(dialog.page.locator('.gap-role').first().textContent()).resolves.toContain(
      'niekas',
    );
    await dialog.page.screenshot({ path: 'test-output/map-lt.png', fullPage: true });
    await dialog.page.click('#tab-whitespace');
    await dialog.page.locator('.whitespace-svg').waitFor();
    await dialog.page.screenshot({ path: 'test-output/whitespace-lt.png', fullPage: true });
  });
});

describe('the whitespace map', () => {
  it('colours each cell by its status, names the competitor and sums by row and column', async () => {
    const emu = demoWorkbook();

    const dialog = await openMap(emu, 'KA-002', 'whitespace');

    const matrix = mapData(emu).whitespace;
    const cells = await dialog.page.locator('.ws-cell[data-status]').count();
    expect(cells).toBe(Object.values(matrix.cells).filter((c) => c.status).length);
    const held = Object.values(matrix.cells).find((c) => c.status === 'competitor');
    if (held)
      await expect(
        dialog.page.locator('.ws-cell[data-status="competitor"]').first().textContent(),
      ).resolves.toContain(held.competitors[0]);
    const totals = await dialog.page.locator('.ws-row-total').allTextContents();
    expect(totals.map((t) => Number(t.replace(/\D/g, '')))).toEqual(matrix.rowTotals);
    await dialog.page.screenshot({ path: 'test-output/whitespace-en.png', fullPage: true });
  });
});

describe('a map of 200 people', () => {
  it('stays readable: no two boxes overlap, drawn in under 500 ms', async () => {
    const emu = demoWorkbook();
    const divisions = [
      'Management',
      'Finance',
      'IT',
      'Operations',
      'Logistics',
      'Quality',
      'Sales',
      'Legal',
    ];
    const rows = Array.from({ length: 200 }, (_, i) => {
      const division = divisions[i % divisions.length];
      const boss =
        i < divisions.length ? (i === 0 ? '' : 'Person 1') : `Person ${i - divisions.length + 1}`;
      return [
        'KA-008',
        `Person ${i + 1}`,
        'Specialist',
        division,
        i === 0 ? 'Decision maker' : 'User',
        'Neutral',
        'Medium',
        '',
        '',
        '',
        boss,
        '',
      ];
    });
    const sheet = emu.spreadsheet.getSheetByName('Decision group')!;
    sheet.getRange(sheet.getLastRow() + 1, 1, rows.length, rows[0].length).setValues(rows);

    const dialog = await openMap(emu, 'KA-008');
    await dialog.page.getByRole('button', { name: 'Actual size' }).click();

    const boxes = await dialog.page
      .locator('.person rect.box')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
    const overlaps: string[] = [];
    boxes.forEach((a, i) => {
      for (const b of boxes.slice(i + 1))
        if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
          overlaps.push(`${JSON.stringify(a)} × ${JSON.stringify(b)}`);
    });
    expect(boxes.length).toBeGreaterThanOrEqual(200);
    expect(overlaps).toEqual([]);
    const drawn = Number(await dialog.page.evaluate(() => document.body.dataset.drawnMs));
    expect(drawn).toBeLessThan(500);
    await dialog.page.screenshot({ path: 'test-output/map-200-people.png' });
  });
});
