import { dayOfIso } from '../../../src/core/days';
import { decodeCell, encodeCell, isBlank, isDate } from '../../../src/server/sheet/table-codec';
import { sheetDef } from '../../../src/template';
import { contactsSheet } from '../../../src/template/sheets/contacts';
import type { ColumnDef } from '../../../src/template/types';
import { intlZone } from '../../helpers/zones';

const zone = intlZone('Europe/Vilnius');
const col = (key: string) => contactsSheet.columns.find((c) => c.key === key) as ColumnDef;
const accounts = (key: string) => sheetDef('accounts').columns.find((c) => c.key === key)!;
const plan = (key: string) => sheetDef('plan').columns.find((c) => c.key === key)!;
const dossier = (key: string) => sheetDef('dossier').columns.find((c) => c.key === key)!;

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
      expect(decodeCell(col('date'), '   ', zone)).toEqual({ value: undefined });
      expect(decodeCell(col('outcome'), null, zone)).toEqual({ value: undefined });
    });

    it('reads a date typed as ISO text, spaces around it, as that day', () => {
      expect(decodeCell(col('date'), ' 2026-11-30 ', zone)).toEqual({
        value: dayOfIso('2026-11-30'),
      });
    });

    it('reports a date cell holding a number or an invalid date, rather than guessing a day', () => {
      expect(decodeCell(col('date'), 46000, zone).problem).toBe('NOT_A_DATE');
      expect(decodeCell(col('date'), new Date(Number.NaN), zone).problem).toBe('NOT_A_DATE');
    });

    it('reads money and headcounts only from number cells (text that looks like a number is reported)', () => {
      expect(decodeCell(plan('revenueForecast'), 1250.5, zone)).toEqual({ value: 1250.5 });
      expect(decodeCell(dossier('employees'), '120', zone)).toEqual({
        value: undefined,
        problem: 'NOT_A_NUMBER',
      });
      expect(decodeCell(accounts('share'), Number.POSITIVE_INFINITY, zone).problem).toBe(
        'NOT_A_NUMBER',
      );
    });

    it('reads the key types of an account as their keys, once each, in either language (R1.7)', () => {
      expect(decodeCell(accounts('keyTypes'), 'Expert; image maker, Expert', zone)).toEqual({
        value: ['expert', 'imageMaker'],
      });
      expect(decodeCell(accounts('keyTypes'), 'Expert, famous', zone)).toEqual({
        value: undefined,
        problem: 'NOT_A_CHOICE',
      });
    });

    it('reads Personal from a checkbox or from yes/no text, and reports anything else (R5.2)', () => {
      expect(decodeCell(col('personal'), true, zone)).toEqual({ value: true });
      expect(decodeCell(col('personal'), 'No', zone)).toEqual({ value: false });
      expect(decodeCell(col('personal'), 'maybe', zone)).toEqual({
        value: undefined,
        problem: 'NOT_YES_NO',
      });
    });

    it('trims an e-mail, and keeps a malformed one as typed while reporting it (R3.5 compares e-mails)', () => {
      expect(decodeCell(accounts('manager'), ' ieva@x.lt ', zone)).toEqual({ value: 'ieva@x.lt' });
      expect(decodeCell(accounts('manager'), 'ieva at x', zone)).toEqual({
        value: 'ieva at x',
        problem: 'NOT_AN_EMAIL',
      });
    });

    it('reads text as typed, a number in a text cell as its digits and a date in a text cell as its day', () => {
      expect(decodeCell(col('summary'), ' Met Petras ', zone)).toEqual({ value: ' Met Petras ' });
      expect(decodeCell(accounts('accountId'), 7, zone)).toEqual({ value: '7' });
      expect(decodeCell(col('summary'), new Date('2026-11-29T22:00:00Z'), zone)).toEqual({
        value: '2026-11-30',
      });
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

    it('writes a blank value as an empty cell whatever the column', () => {
      const cells = [col('date'), col('outcome'), col('personal'), col('summary')].map((c) =>
        encodeCell(c, undefined, 'en', zone),
      );

      expect(cells).toEqual(['', '', '', '']);
      expect(encodeCell(col('summary'), '', 'en', zone)).toBe('');
      expect(encodeCell(col('personal'), '', 'en', zone)).toBe('');
    });

    it('writes numbers as numbers, and a date given as text as that text', () => {
      expect(encodeCell(plan('revenueForecast'), 1250.5, 'en', zone)).toBe(1250.5);
      expect(encodeCell(dossier('employees'), 12, 'en', zone)).toBe(12);
      expect(encodeCell(accounts('share'), 0.6, 'en', zone)).toBe(0.6);
      expect(encodeCell(col('date'), '2026-11-30', 'en', zone)).toBe('2026-11-30');
    });

    it('writes key types as labels joined by commas, keeping a key it does not know as it is', () => {
      expect(encodeCell(accounts('keyTypes'), ['expert', 'imageMaker'], 'lt', zone)).toBe(
        'Patyręs klientas (ekspertas), Įvaizdžio kūrėjas',
      );
      expect(encodeCell(accounts('keyTypes'), 'expert', 'en', zone)).toBe('Expert');
      expect(encodeCell(accounts('keyTypes'), ['odd'], 'en', zone)).toBe('odd');
    });

    it('writes a choice it does not know as it is, and No for false', () => {
      expect(encodeCell(col('outcome'), 'so-so', 'en', zone)).toBe('so-so');
      expect(encodeCell(col('personal'), false, 'lt', zone)).toBe('Ne');
    });

    it('writes a number into a text column as text', () => {
      expect(encodeCell(col('summary'), 7, 'en', zone)).toBe('7');
    });

    it('writes formula-like user text unchanged, for its plain-text cell to keep as text', () => {
      expect(encodeCell(col('summary'), '=HYPERLINK("http://x","y")', 'en', zone)).toBe(
        '=HYPERLINK("http://x","y")',
      );
    });
  });

  describe('isDate and isBlank', () => {
    it('recognises a date from another realm, and nothing else, as a date', () => {
      const dates = [new Date(), Object.assign(Object.create(null), {})].map(isDate);

      expect(dates).toEqual([true, false]);
      expect(isDate('2026-11-30')).toBe(false);
    });

    it('sees "", null and undefined as blank, and 0 and false as values', () => {
      expect(['', null, undefined].map(isBlank)).toEqual([true, true, true]);
      expect([0, false, ' '].map(isBlank)).toEqual([false, false, false]);
    });
  });
});
