// Bundle-level: a manager's own workbook (Split by manager, R3.5) keeps shares and tiers of the
// company's revenue (R1.1–R1.3) without a pseudo-client the rules would treat as a client.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_MANAGERS, DEMO_SUPERVISOR } from '../../../dev/demo/scenarios';
import type { Emulator } from '../../../dev/emulator';
import { accountRows, demoWorkbook } from '../../helpers/demo-workbook';

const manifest = JSON.parse(
  readFileSync(join(__dirname, '..', '..', '..', 'appsscript.json'), 'utf8'),
);

/** The demo split by manager: the source and each manager's workbook id. */
function split(): { emu: Emulator; source: string; ids: string[] } {
  const emu = demoWorkbook();
  emu.setScopes(manifest.oauthScopes);
  emu.spreadsheet.addEditors([...DEMO_MANAGERS.map((m) => m.email), DEMO_SUPERVISOR.email]);
  const source = emu.spreadsheet.getId();
  emu.run('runChecksNow');
  emu.run('splitByManagerFromMenu');
  const links = emu.spreadsheet.getSheetByName('Portfolio')!.getDataRange().getValues().slice(1);
  const ids = links.map((r) => String(r[3]).match(/\/d\/([\w-]+)/)![1]);
  return { emu, source, ids };
}

/** Runs a menu item in another workbook of the emulator, as its owner opening it would. */
function runIn(emu: Emulator, id: string, fn: string): void {
  emu.env.state.activeSpreadsheetId = id;
  emu.run(fn);
}

function tiersIn(emu: Emulator, id: string): Map<string, [unknown, unknown]> {
  emu.env.state.activeSpreadsheetId = id;
  const rows = accountRows(emu);
  return new Map([...rows].map(([key, row]) => [key, [row.values.Share, row.values.Tier]]));
}

describe('a manager’s own workbook after Split by manager', () => {
  const { emu, source, ids } = split();
  const company = tiersIn(emu, source);

  it('gives every account the share and tier it has in the company workbook', () => {
    for (const id of ids) {
      runIn(emu, id, 'runChecksNow');

      for (const [account, [share, tier]] of tiersIn(emu, id)) {
        expect([account, tier]).toEqual([account, company.get(account)?.[1]]);
        expect(share).toBeCloseTo(company.get(account)?.[0] as number, 10);
      }
    }
  });

  it('shows the company shares and tiers in its Revenue sheet’s KAM_SHARE and KAM_TIER', () => {
    emu.env.state.activeSpreadsheetId = source;
    const companyRevenue = emu.spreadsheet.getSheetByName('Revenue')!.getDataRange().getValues();
    for (const id of ids) {
      emu.env.state.activeSpreadsheetId = id;
      const own = emu.spreadsheet.getSheetByName('Revenue')!.getDataRange().getValues().slice(1);

      for (const row of own.filter((r) => r[0] !== '')) {
        const same = companyRevenue.find((r) => r[0] === row[0])!;
        expect([row[0], row[4]]).toEqual([same[0], same[4]]);
        expect(row[3]).toBeCloseTo(same[3] as number, 10);
      }
    }
  });

  it('raises no mono-client alert for the other managers’ revenue, and lists no key client without an account', () => {
    for (const id of ids) {
      runIn(emu, id, 'refreshDashboardFromMenu');
      const board = emu.spreadsheet.getSheetByName('KAM dashboard')!.getDataRange().getValues();
      const text = board.flat().map(String);

      expect(text).toContain('No mono-client: no client brings more than half of revenue.');
      const section = board.findIndex((r) => r[0] === 'Key clients without an account');
      expect(board[section + 1][0]).toBe('None.');
    }
  });
});
