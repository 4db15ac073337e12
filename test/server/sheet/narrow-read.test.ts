// Tests: a large workbook's sheets read narrowly (only some accounts' rows) give the same rows
// as a whole read, for fewer cells; blocks of rows merge only where a call costs more.

import { blocksOfRows, openNarrow } from '../../../src/server/sheet/narrow-read';
import { accountKey } from '../../../src/server/sheet/portfolio-read';
import { openWorkbook } from '../../../src/server/sheet/workbook';
import { sheetDef } from '../../../src/template/lookup';
import { SHEETS } from '../../../src/template/workbook';
import { demoWorkbook } from '../../helpers/demo-workbook';
import { withPlatform } from '../../helpers/platform';

describe('blocks of rows to read', () => {
  it('reads neighbouring rows together and far ones apart', () => {
    const blocks = blocksOfRows([40, 3, 9, 4], 10);

    expect(blocks).toEqual([
      [3, 9],
      [40, 40],
    ]);
  });
});

describe('a narrow read of a large workbook', () => {
  const emu = demoWorkbook({ scale: { accounts: 60, contacts: 6000 } });

  it('gives one account exactly the contact rows a whole read gives it', () => {
    const { narrow, whole } = withPlatform(emu, (platform) => {
      const workbook = openWorkbook(platform, platform.spreadsheet(), SHEETS);
      const key = accountKey('KA-007');
      return {
        narrow: openNarrow(workbook, 'contacts')!.table(new Set([key])),
        whole: workbook.table(sheetDef('contacts'))!,
      };
    });

    const ours = whole.rows.filter((row) => accountKey(row.values.accountId) === 'ka-007');
    expect(ours.length).toBeGreaterThan(20);
    expect(narrow.rows).toEqual(ours);
    expect(narrow.lastRow).toBe(whole.lastRow);
    expect(narrow.columns).toEqual(whole.columns);
  });

  it('costs less than reading the whole sheet, already at 60 accounts', () => {
    const cost = (read: 'narrow' | 'whole') => {
      const before = emu.executions.length;
      withPlatform(emu, (platform) => {
        const workbook = openWorkbook(platform, platform.spreadsheet(), SHEETS);
        if (read === 'narrow') openNarrow(workbook, 'contacts')!.table(new Set(['ka-007']));
        else workbook.table(sheetDef('contacts'));
      });
      return emu.executions.slice(before).reduce((ms, e) => ms + e.estimatedMs, 0);
    };

    expect(cost('narrow')).toBeLessThan(cost('whole') * 0.8);
  });
});
