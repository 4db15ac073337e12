// Bundle-level: Team overview formatted like the dashboard (R4.3): percentages, dates, bold
// title and headers, a frozen header, and the review and contact cells coloured by severity.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_MANAGERS, DEMO_SUPERVISOR } from '../../../dev/demo/scenarios';
import { demoWorkbook } from '../../helpers/demo-workbook';

const manifest = JSON.parse(
  readFileSync(join(__dirname, '..', '..', '..', 'appsscript.json'), 'utf8'),
);

describe('Team overview', () => {
  const emu = demoWorkbook();
  emu.setScopes(manifest.oauthScopes);
  emu.spreadsheet.addEditors([...DEMO_MANAGERS.map((m) => m.email), DEMO_SUPERVISOR.email]);
  emu.run('splitByManagerFromMenu');
  emu.run('teamOverviewFromMenu');
  const sheet = emu.spreadsheet.getSheetByName('KAM team overview')!;
  const range = sheet.getDataRange();
  const values = range.getValues();
  const shown = range.getDisplayValues();
  const formats = range.getNumberFormats();
  const weights = range.getFontWeights();
  const fills = range.getBackgrounds();
  const row = (id: string) => values.findIndex((line) => line[2] === id);
  const cards = values.findIndex((line) => String(line[0]).startsWith('Manager scorecard')) + 2;

  it('shows scores and shares as percentages, not fractions', () => {
    expect(formats[cards].slice(2, 7)).toEqual(Array(5).fill('0.0%'));
    expect(
      shown[cards].slice(2, 7).every((text) => text === '' || /^\d+(\.\d)?%$/.test(text)),
    ).toBe(true);
    expect(shown[row('KA-001')][4]).toBe('22.5%');
  });

  it('shows the next review due as a date', () => {
    expect(shown[row('KA-001')][7]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('makes the title and the header rows bold, and freezes the header', () => {
    expect(weights[0][0]).toBe('bold');
    expect(weights[2].every((w) => w === 'bold')).toBe(true);
    expect(weights[row('KA-001')][0]).toBe('normal');
    expect(sheet.getFrozenRows()).toBe(3);
  });

  it('colours the review and contact cells as the Accounts sheet does', () => {
    expect(values[row('KA-002')][6]).toBe('Overdue');
    expect(fills[row('KA-002')][6]).toBe('#f4c7c3');
    expect(values[row('KA-006')][8]).toBe('Pausing');
    expect(fills[row('KA-006')][8]).toBe('#c9daf8');
    expect(fills[row('KA-006')][0]).toBe('#ffffff');
  });
});
