// Bundle-level: drives dist/Code.js through the emulator (`npm run build` first).
// The head of sales' dashboard (issue 4): concentration with the mono-client alert (R1.3),
// manager load (R2.2), the scorecard (R4.3), the lists of late accounts, and two charts.
import type { Emulator } from '../../../dev/emulator';
import { demoWorkbook } from '../../helpers/demo-workbook';

function dashboard(emu: Emulator): unknown[][] {
  return emu.spreadsheet.getSheetByName('KAM dashboard')!.getDataRange().getValues();
}

function rowAfter(lines: unknown[][], title: string, offset: number): unknown[] {
  return lines[lines.findIndex((line) => line[0] === title) + offset];
}

describe('dashboard', () => {
  const emu = demoWorkbook({ monoClient: true });
  emu.run('runChecksNow');
  const lines = dashboard(emu);

  it('alerts to a mono-client: start building relationships with new clients now (R1.3)', () => {
    const alert = rowAfter(lines, 'Revenue concentration', 3)[0];

    expect(alert).toMatch(
      /^Mono-client: .+ brings 55 % of revenue\. Start building relationships with new clients now\.$/,
    );
  });

  it('reports the top client share, the top 3 and the HHI', () => {
    const [total, , topShare, top3, hhi] = rowAfter(lines, 'Revenue concentration', 2) as number[];

    expect(total).toBeGreaterThan(0);
    expect(topShare).toBeCloseTo(0.55, 2);
    expect(top3).toBeGreaterThan(topShare);
    expect(hhi).toBeGreaterThan(3025);
  });

  it('scores every manager over the last 6 months, a broken pause lowering the score (R4.3)', () => {
    const start = lines.findIndex((line) => line[0] === 'Manager scorecard, last 6 months') + 2;
    const cards = lines.slice(start, start + 3);

    expect(cards.map((card) => card[0]).sort()).toEqual([
      'ieva.jankauskiene@example.com',
      'laura.stone@example.com',
      'mantas.vaitkus@example.com',
    ]);
    for (const card of cards) {
      for (const percent of card.slice(1)) {
        if (percent !== '') expect(percent).toBeGreaterThanOrEqual(0);
        if (percent !== '') expect(percent).toBeLessThanOrEqual(1);
      }
    }
    const pausesRespected = (manager: string) => cards.find((card) => card[0] === manager)![3];
    expect(pausesRespected('mantas.vaitkus@example.com')).toBeLessThan(1);
    expect([1, '']).toContain(pausesRespected('laura.stone@example.com'));
  });

  it('lists overdue reviews and contact gaps with a link to each Accounts row', () => {
    const review = rowAfter(lines, 'Overdue reviews', 2);
    const gaps = lines.slice(lines.findIndex((line) => line[0] === 'Contact gaps') + 2);

    expect(review.slice(0, 5)).toEqual([
      'KA-002',
      expect.any(String),
      expect.any(String),
      'Review overdue',
      12,
    ]);
    expect(review[5]).toEqual(new Date('2026-08-14T00:00:00+03:00'));
    expect(review[6]).toMatch(/^Accounts row \d+$/);
    expect(gaps.map((line) => line[0])).toEqual(expect.arrayContaining(['KA-004', 'KA-005']));
  });

  it('draws revenue concentration as a pie and manager load as columns', () => {
    const charts = emu.spreadsheet.getSheetByName('KAM dashboard')!.getCharts();

    expect(charts.map((chart) => chart.getOptions().get('title'))).toEqual([
      'Share of revenue by client',
      'Revenue key accounts per manager',
    ]);
  });
});

describe('dashboard without a mono-client', () => {
  const emu = demoWorkbook();
  emu.run('runChecksNow');
  const lines = dashboard(emu);

  it('warns about a manager with 4 revenue key accounts (R2.2)', () => {
    const start = lines.findIndex((line) => line[0] === 'Manager load') + 2;
    const ieva = lines
      .slice(start, start + 3)
      .find((line) => line[0] === 'ieva.jankauskiene@example.com');

    expect(ieva?.[1]).toBe(4);
    expect(ieva?.[4]).toBe('4 revenue key accounts: more than one manager usually carries (3)');
  });

  it('says that no client brings more than half of revenue (R1.3)', () => {
    expect(rowAfter(lines, 'Revenue concentration', 3)[0]).toBe(
      'No mono-client: no client brings more than half of revenue.',
    );
  });
});
