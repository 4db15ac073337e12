// The Accounts tier (the check), the Revenue sheet's own KAM_TIER and the dashboard's
// mono-client alert at the exact edges of R1.1–R1.3: a client exactly at each threshold of a
// Revenue sheet's total, and one cent either side (src on the emulator; the sheet's formulas
// run the bundle).
import fc from 'fast-check';
import type { Emulator } from '../../../dev/emulator';
import { createKamEmulator } from '../../../dev/kam-emulator';
import { dayOfDate } from '../../../src/core/days';
import type { Tier } from '../../../src/core/tier';
import { runCheck } from '../../../src/server/check/run';
import { dashboardModel } from '../../../src/server/dashboard/model';
import { sheetDef } from '../../../src/template';
import { withPlatform } from '../../helpers/platform';
import { THRESHOLD_CASES } from '../../helpers/thresholds';

const NOW = new Date('2026-11-26T09:00:00+02:00');
const LABEL: Record<string, Tier> = {
  Regular: 'regular',
  Key: 'key',
  Critical: 'critical',
  'Mono-client': 'mono',
};

/** A k for each threshold where the quotient of the summed floats lands on the wrong side. */
const FLOAT_TRAPS: Record<number, number> = { 0.1: 3, 0.2: 123, 0.5: 26 };

function workbook(): Emulator {
  const emu = createKamEmulator({ locale: 'en_US', now: NOW });
  emu.run('setUpKamWorkbook');
  return emu;
}

/** What each surface says of "Alfa" on a Revenue sheet of these rows (money as typed). */
function surfaces(emu: Emulator, revenue: number, others: number[]) {
  const formula = emu.spreadsheet.getSheetByName('Revenue')!.getRange('D2:E2').getFormulas()[0];
  emu.setSheetData('Revenue', [
    sheetDef('revenue').columns.map((c) => c.header.en),
    ['Alfa', '2026', revenue, ...formula],
    ...others.map((o, i) => [`Client ${i}`, '2026', o]),
  ]);
  emu.setSheetData('Accounts', [
    sheetDef('accounts').columns.map((c) => c.header.en),
    ['KA-001', 'Alfa', '', 'ieva@example.com', 'head@example.com'],
  ]);
  return withPlatform(emu, (platform) => {
    const summary = runCheck(platform, NOW);
    const model = dashboardModel(
      summary.portfolio,
      summary.statuses,
      dayOfDate(NOW, summary.portfolio.workbook.zone),
    );
    return {
      accounts: summary.portfolio.accounts[0].tier,
      sheet: LABEL[String(emu.inspect('Revenue!E2').value)],
      mono: model.concentration?.monoClients.includes('Alfa') ?? false,
    };
  });
}

describe('every surface that shows a tier, at the thresholds', () => {
  const emu = workbook();

  it.each(THRESHOLD_CASES)(
    'puts a client exactly at the %s threshold, and one cent either side, where the rule says',
    (_name, threshold, below, at, above) => {
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 5_000_000 }),
          fc.integer({ min: 1, max: 4 }),
          (k, parts) => {
            const percent = Math.round(threshold * 100);
            const revenueCents = percent * k;
            const restCents = (100 - percent) * k;
            const others = Array.from({ length: parts }, (_, i) =>
              i < parts - 1
                ? Math.floor(restCents / parts)
                : restCents - Math.floor(restCents / parts) * (parts - 1),
            ).map((cents) => cents / 100);

            const seen = [revenueCents - 1, revenueCents, revenueCents + 1].map((cents) =>
              surfaces(emu, cents / 100, others),
            );

            expect(seen.map((s) => s.accounts)).toEqual([below, at, above]);
            expect(seen.map((s) => s.sheet)).toEqual([below, at, above]);
            expect(seen.map((s) => s.mono)).toEqual([below, at, above].map((t) => t === 'mono'));
          },
        ),
        // Each example fails the old floating-point comparison (0.0999…, 0.2000…04, 0.5000…1).
        { numRuns: 8, examples: [[FLOAT_TRAPS[threshold], 3]] },
      );
    },
  );
});
