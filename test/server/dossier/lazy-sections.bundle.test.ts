// Bundle-level: drives dist/Code.js through the emulator (`npm run build` first).
// The sidebar's load leaves the plan and the whitespace to their own call when their section
// opens: the first screen costs fewer service calls, and each section still shows its rows,
// to the same people only (R3.5).
import type { Emulator } from '../../../dev/emulator';
import type { DossierState, Item, Result, SectionResult } from '../../../src/dossier/types';
import { demoWorkbook } from '../../helpers/demo-workbook';

const MANTAS = 'mantas.vaitkus@example.com';

function load(emu: Emulator, id: string | null): DossierState {
  const result = emu.scriptRun('kamLoadDossier', id) as Result;
  if (!result.ok) throw new Error(result.message);
  return result.state;
}

function section(emu: Emulator, accountId: string, name: 'plan' | 'whitespace'): SectionResult {
  return emu.scriptRun('kamLoadSection', { accountId, section: name }) as SectionResult;
}

/** The rows of a sheet for an account, by header, as the sheet holds them. */
function sheetRows(emu: Emulator, sheet: string, account: string): Record<string, unknown>[] {
  const values = emu.spreadsheet.getSheetByName(sheet)!.getDataRange().getDisplayValues();
  const at = values[0].indexOf('Account ID');
  return values
    .slice(1)
    .filter((row) => row[at] === account)
    .map((row) => Object.fromEntries(values[0].map((h, i) => [h, row[i]])));
}

const titles = (items: readonly Item[] | undefined, key: string) =>
  (items ?? []).map((item) => item.values[key]);

describe('the sidebar’s lazy sections', () => {
  it('opens the selected row’s account in at most 26 service calls, reading neither Plan nor Whitespace', () => {
    const emu = demoWorkbook();
    emu.spreadsheet.getSheetByName('Accounts')!.getRange('A2').activate();
    emu.calls.reset();

    const state = load(emu, null);

    expect(emu.executions.at(-1)!.calls).toBeLessThanOrEqual(26);
    expect(emu.calls.count('Range.getValues')).toBe(7);
    expect(state.account).toMatchObject({ id: 'KA-001', findings: expect.any(Array) });
    expect(state.account?.plan).toBeUndefined();
    expect(state.account?.whitespace).toBeUndefined();
  });

  it('answers each section’s rows when it opens, every row of the sheet for that account', () => {
    const emu = demoWorkbook();
    load(emu, 'KA-002');

    const plan = section(emu, 'KA-002', 'plan');
    const whitespace = section(emu, 'KA-002', 'whitespace');

    if (!plan.ok || !whitespace.ok) throw new Error('refused');
    expect(titles(plan.patch.plan, 'objective')).toEqual(
      sheetRows(emu, 'Plan', 'KA-002').map((row) => row.Objective),
    );
    expect(titles(whitespace.patch.whitespace, 'offering')).toEqual(
      sheetRows(emu, 'Whitespace', 'KA-002').map((row) => row.Offering),
    );
    expect(plan.patch.plan!.length).toBeGreaterThan(0);
    expect(whitespace.patch.whitespace!.length).toBeGreaterThan(0);
    expect(plan.patch.plan![0].key).toMatch(/^[0-9a-f]{16}\.0$/);
  });

  it('refuses a section of an account the user may not open (R3.5), and an unknown section', () => {
    const emu = demoWorkbook();
    emu.user = MANTAS;

    const refused = section(emu, 'KA-001', 'plan');
    const mine = section(emu, 'KA-005', 'plan');
    const unknown = emu.scriptRun('kamLoadSection', { accountId: 'KA-005', section: 'contacts' });

    expect(refused).toMatchObject({ ok: false, code: 'NO_ACCESS', field: 'accountId' });
    expect(mine.ok).toBe(true);
    expect(unknown).toMatchObject({ ok: false, code: 'NOT_A_CHOICE', field: 'section' });
  });
});
