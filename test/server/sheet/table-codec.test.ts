import { dayOfIso } from '../../../src/core/days';
import { decodeCell, encodeCell } from '../../../src/server/sheet/table-codec';
import { contactsSheet } from '../../../src/template/sheets/contacts';
import type { ColumnDef } from '../../../src/template/types';
import { intlZone } from '../../helpers/zones';

const zone = intlZone('Europe/Vilnius');
const col = (key: string) => contactsSheet.columns.find((c) => c.key === key) as ColumnDef;

describe('table-codec', () => {
  describe('decodeCell', () => {
    it('reads a date cell as the calendar day in the spreadsheet zone', () => {
      expect(decodeCell(col('date'), new Date('2026-11-29T22:00:00Z'), zone)).toEqual({
        value: dayOfIso('2026-11-30'),
      });
    });

    it('reads a choice in either language, ignoring case and spaces', () => {
      expect(decodeCell(col('outcome'), 'NEGATIVE', zone).value).toBe('negative');
      expect(decodeCell(col('outcome'), ' neigiamas ', zone).value).toBe('negative');
      expect(decodeCell(col('personal'), 'Taip', zone).value).toBe(true);
      expect(decodeCell(col('personal'), false, zone).value).toBe(false);
    });

    it('reports a value a column does not allow, without guessing', () => {
      expect(decodeCell(col('outcome'), 'so-so', zone)).toEqual({
        value: undefined,
        problem: 'NOT_A_CHOICE',
      });
      expect(decodeCell(col('date'), 'yesterday', zone)).toEqual({
        value: undefined,
        problem: 'NOT_A_DATE',
      });
    });

    it('reads blank cells as undefined', () => {
      expect(decodeCell(col('summary'), '', zone)).toEqual({ value: undefined });
    });
  });

  describe('encodeCell', () => {
    it('writes choices as labels of the workbook language', () => {
      expect(encodeCell(col('outcome'), 'positive', 'lt', zone)).toBe('Teigiamas');
      expect(encodeCell(col('personal'), true, 'en', zone)).toBe('Yes');
    });

    it('writes a day as the Date of local midnight, which Sheets shows as that day', () => {
      const written = encodeCell(col('date'), dayOfIso('2026-03-29'), 'en', zone) as Date;

      expect(written.toISOString()).toBe('2026-03-28T22:00:00.000Z');
    });

    it('writes formula-like user text unchanged, for its plain-text cell to keep as text', () => {
      expect(encodeCell(col('summary'), '=HYPERLINK("http://x","y")', 'en', zone)).toBe(
        '=HYPERLINK("http://x","y")',
      );
    });
  });
});
