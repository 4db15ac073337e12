// The workbook as KAM opens it: its sheets found by name in either language, its settings
// read over the article's defaults (a typo never silently changes a rule), its language.
import { createKamEmulator } from '../../../dev/kam-emulator';
import {
  namedRangeOf,
  nameMatches,
  offeringsOf,
  openWorkbook,
  settingsOf,
  sheetsByKey,
} from '../../../src/server/sheet/workbook';
import { DEFAULT_SETTINGS, SHEETS, sheetDef } from '../../../src/template';
import { withPlatform } from '../../helpers/platform';
import { fillSheet, inWorkbook, unitWorkbook } from '../../helpers/unit-workbook';

const problems = (rows: unknown[][]) =>
  settingsOf(rows).problems.map((p) => [p.setting.key, p.got]);

describe('workbook', () => {
  describe('settingsOf', () => {
    it('uses the article’s numbers where the sheet says nothing (R1: 10/20/50 %, R3.6: 3 months, R5: 10 and 14 days)', () => {
      const read = settingsOf([]);

      expect(read.settings).toEqual(DEFAULT_SETTINGS);
      expect(read.problems).toEqual([]);
      expect(read.found.size).toBe(0);
    });

    it('keeps the article’s number for a rule setting left blank, and says so (R5)', () => {
      const read = settingsOf([['Positive contact every (days)', '']]);

      expect(read.settings.positiveContactDays).toBe(DEFAULT_SETTINGS.positiveContactDays);
      expect(problems([['Positive contact every (days)', '']])).toEqual([
        ['positiveContactDays', ''],
      ]);
    });

    it('reads each setting by its label in either language, ignoring case and spaces', () => {
      const rows = [
        ['Key client share', 0.05],
        ['KRITINĖS PRIKLAUSOMYBĖS DALIS', 0.15],
        [' mono-client share ', 0.4],
        ['Review every (months)', 6],
        ['Positive contact every (days)', 7],
        ['Pauzė po neigiamo kontakto (dienos)', 21],
        ['Language', 'Lietuvių'],
      ];

      const read = settingsOf(rows);

      expect(read.settings).toMatchObject({
        keyThreshold: 0.05,
        criticalThreshold: 0.15,
        monoThreshold: 0.4,
        reviewMonths: 6,
        positiveContactDays: 7,
        pauseDays: 21,
        language: 'lt',
      });
      expect(read.found).toEqual(
        new Set([
          'keyThreshold',
          'criticalThreshold',
          'monoThreshold',
          'reviewMonths',
          'positiveContactDays',
          'pauseDays',
          'language',
        ]),
      );
    });

    it('takes the language by its key or its label in either language', () => {
      const languages = ['lt', 'English', 'Anglų', ' LITHUANIAN '].map(
        (value) => settingsOf([['Language', value]]).settings.language,
      );

      expect(languages).toEqual(['lt', 'en', 'en', 'lt']);
    });

    it('keeps the default and reports a value out of bounds, so a typo cannot change a rule', () => {
      const rows = [
        ['Review every (months)', 25],
        ['Positive contact every (days)', 0],
        ['Pause after a negative contact (days)', 2.5],
        ['Key client share', 10],
        ['Language', 'French'],
      ];

      const read = settingsOf(rows);

      expect(read.settings).toEqual(DEFAULT_SETTINGS);
      expect(problems(rows)).toEqual([
        ['reviewMonths', '25'],
        ['positiveContactDays', '0'],
        ['pauseDays', '2.5'],
        ['keyThreshold', '10'],
        ['language', 'French'],
      ]);
    });

    it('takes values exactly on their bounds (1 and 24 months, 0.1 % and 100 %)', () => {
      const rows = [
        ['Review every (months)', 24],
        ['Review due soon (days)', 0],
        ['Key client share', 0.001],
        ['Critical dependency share', 1],
        ['Mono-client share', 1],
      ];

      const read = settingsOf(rows);

      expect(read.problems).toEqual([]);
      expect(read.settings).toMatchObject({
        reviewMonths: 24,
        reviewDueSoonDays: 0,
        keyThreshold: 0.001,
        criticalThreshold: 1,
        monoThreshold: 1,
      });
      expect(settingsOf([['Review every (months)', 1]]).settings.reviewMonths).toBe(1);
    });

    it('refuses text, a date, infinity and NaN where a number belongs, and a number for the language', () => {
      const rows = [
        ['Review every (months)', '6'],
        ['Positive contact every (days)', Number.POSITIVE_INFINITY],
        ['Pause after a negative contact (days)', Number.NaN],
        ['Key client share', new Date(0)],
        ['Language', 1],
      ];

      const read = settingsOf(rows);

      expect(read.settings).toEqual(DEFAULT_SETTINGS);
      expect(read.problems.map((p) => p.setting.key)).toEqual([
        'reviewMonths',
        'positiveContactDays',
        'pauseDays',
        'keyThreshold',
        'language',
      ]);
    });

    it('takes a share with decimals but a number of days only whole', () => {
      const read = settingsOf([
        ['Key client share', 0.125],
        ['Contact due soon (days)', 2.5],
      ]);

      expect(read.settings.keyThreshold).toBe(0.125);
      expect(read.settings.contactDueSoonDays).toBe(3);
      expect(read.problems.map((p) => p.setting.key)).toEqual(['contactDueSoonDays']);
    });

    it('falls back to the default thresholds as a set when they are out of order (R1: key ≤ critical ≤ mono)', () => {
      const rows = [
        ['Key client share', 0.3],
        ['Critical dependency share', 0.2],
        ['Mono-client share', 0.6],
      ];

      const read = settingsOf(rows);

      expect(read.settings).toMatchObject({
        keyThreshold: 0.1,
        criticalThreshold: 0.2,
        monoThreshold: 0.5,
      });
      expect(problems(rows)).toEqual([
        ['keyThreshold', '0.3'],
        ['criticalThreshold', '0.2'],
        ['monoThreshold', '0.6'],
      ]);
    });

    it('falls back too when critical is above mono, and accepts equal thresholds', () => {
      const above = settingsOf([
        ['Critical dependency share', 0.6],
        ['Mono-client share', 0.55],
      ]);
      const equal = settingsOf([
        ['Key client share', 0.2],
        ['Critical dependency share', 0.2],
        ['Mono-client share', 0.2],
      ]);

      expect(above.settings.monoThreshold).toBe(0.5);
      expect(above.settings.criticalThreshold).toBe(0.2);
      expect(equal.problems).toEqual([]);
      expect(equal.settings.monoThreshold).toBe(0.2);
    });

    it('ignores rows that are not settings: a title, a blank row, a number in the label column', () => {
      const read = settingsOf([['Setting', 'Value'], [], [12, 3], ['My own note', 'x']]);

      expect(read.settings).toEqual(DEFAULT_SETTINGS);
      expect(read.problems).toEqual([]);
      expect(read.found.size).toBe(0);
    });
  });

  describe('company revenue total', () => {
    it('leaves the company revenue total unset, and reports nothing, when its cell is blank (R1.1)', () => {
      const blanks = [
        [['Company revenue total', '']],
        [['Company revenue total', null]],
        [['Company revenue total']],
      ];

      const read = blanks.map((rows) => settingsOf(rows));

      expect(read.map((r) => r.settings.companyRevenueTotal)).toEqual([
        undefined,
        undefined,
        undefined,
      ]);
      expect(read.map((r) => r.problems)).toEqual([[], [], []]);
    });

    it('takes a company revenue total typed as a figure (R1.1)', () => {
      const read = settingsOf([['Company revenue total', 1_000_000]]);

      expect(read.settings.companyRevenueTotal).toBe(1_000_000);
      expect(read.problems).toEqual([]);
    });
  });

  describe('offeringsOf', () => {
    const settings = sheetDef('settings');

    it('lists our offerings under their header in either language, each once, skipping blanks and cells that are not text (R4.1)', () => {
      const values = [
        ['Setting', 'Value', '', 'Mūsų pasiūlymai'],
        ['', '', '', ' Support '],
        ['', '', '', ''],
        ['', '', '', 'support'],
        ['', '', '', 42],
        ['', ''],
        ['', '', '', 'Training'],
      ];

      expect(offeringsOf(values, settings)).toEqual(['Support', 'Training']);
    });

    it('finds the offerings column wherever the user moved it, the first column too', () => {
      const values = [['Our offerings'], ['Support']];

      expect(offeringsOf(values, settings)).toEqual(['Support']);
    });

    it('lists no offering for a sheet without their column, or without any row', () => {
      expect(
        offeringsOf(
          [
            ['Setting', 'Value'],
            ['', 'Support'],
          ],
          settings,
        ),
      ).toEqual([]);
      expect(offeringsOf([], settings)).toEqual([]);
    });
  });

  describe('nameMatches and sheetsByKey', () => {
    it('finds each template sheet by its English or Lithuanian name, any case or spacing', () => {
      const names = ['Decision group', ' SPRENDIMŲ GRUPĖ ', 'decisiongroup', 'Decision groups'];

      expect(names.map((n) => nameMatches(sheetDef('decisionGroup'), n))).toEqual([
        true,
        true,
        true,
        false,
      ]);
    });

    it('takes the first of two sheets with a matching name and leaves other sheets alone', () => {
      const emu = createKamEmulator({ code: '' });
      emu.setSheetData('kontaktai', [['first']]);
      emu.setSheetData('Contacts', [['second']]);

      const found = withPlatform(emu, (platform) => {
        const byKey = sheetsByKey(platform.spreadsheet(), SHEETS);
        return [...byKey].map(([key, sheet]) => [key, sheet.getName()]);
      });

      expect(found).toEqual([['contacts', 'kontaktai']]);
    });
  });

  describe('namedRangeOf', () => {
    it('names each table KAM_ and its key in capitals', () => {
      const names = ['contacts', 'decisionGroup', 'history'] as const;

      expect(names.map(namedRangeOf)).toEqual([
        'KAM_CONTACTS',
        'KAM_DECISION_GROUP',
        'KAM_HISTORY',
      ]);
    });
  });

  describe('openWorkbook', () => {
    it('reads the Settings sheet of a set-up workbook, and its language', () => {
      const emu = unitWorkbook({ lang: 'lt' });
      emu.setSheetData('Nustatymai', [
        ['Nustatymas', 'Reikšmė'],
        ['Peržiūra kas (mėnesiai)', 4],
        ['Kalba', 'Lietuvių'],
      ]);

      const opened = inWorkbook(emu, (workbook) => ({
        lang: workbook.lang,
        months: workbook.settings.reviewMonths,
        problems: workbook.settingProblems,
      }));

      expect(opened).toEqual({ lang: 'lt', months: 4, problems: [] });
    });

    it('takes the language from the spreadsheet’s locale when Settings does not name one', () => {
      const emu = createKamEmulator({ code: '', locale: 'lt_LT' });
      emu.setSheetData('Settings', [['Review every (months)', 30]]);

      const opened = inWorkbook(emu, (workbook) => ({
        lang: workbook.lang,
        language: workbook.settings.language,
        months: workbook.settings.reviewMonths,
        problems: workbook.settingProblems.map((p) => p.setting.key),
      }));

      expect(opened).toEqual({ lang: 'lt', language: 'lt', months: 3, problems: ['reviewMonths'] });
    });

    it('opens on the defaults, with no offerings, for a job that does not ask for Settings', () => {
      const emu = unitWorkbook();
      emu.setSheetData('Settings', [
        ['Setting', 'Value', '', 'Our offerings'],
        ['Review every (months)', 4, '', 'Support'],
      ]);

      const opened = withPlatform(emu, (platform) => {
        const workbook = openWorkbook(platform, platform.spreadsheet(), [sheetDef('accounts')]);
        return { months: workbook.settings.reviewMonths, offerings: workbook.offerings };
      });

      expect(opened).toEqual({ months: DEFAULT_SETTINGS.reviewMonths, offerings: [] });
    });

    it('reads Settings whichever sheets a job asks for before it', () => {
      const emu = unitWorkbook();
      emu.setSheetData('Settings', [['Review every (months)', 4]]);

      const months = withPlatform(
        emu,
        (platform) =>
          openWorkbook(platform, platform.spreadsheet(), [
            sheetDef('accounts'),
            sheetDef('settings'),
          ]).settings.reviewMonths,
      );

      expect(months).toBe(4);
    });

    it('keeps the Settings language over the locale', () => {
      const emu = createKamEmulator({ code: '', locale: 'lt_LT' });
      emu.setSheetData('Settings', [['Language', 'English']]);

      expect(inWorkbook(emu, (workbook) => workbook.lang)).toBe('en');
    });

    it('opens a spreadsheet without KAM’s sheets on the defaults, in the locale’s language', () => {
      const emu = createKamEmulator({ code: '', locale: 'en_US' });

      const opened = inWorkbook(emu, (workbook) => ({
        lang: workbook.lang,
        settings: workbook.settings,
        contacts: workbook.table(sheetDef('contacts')),
        read: workbook.read(sheetDef('contacts')),
        sheet: workbook.sheet('contacts'),
        problems: workbook.settingProblems,
      }));

      expect(opened).toEqual({
        lang: 'en',
        settings: DEFAULT_SETTINGS,
        contacts: undefined,
        read: undefined,
        sheet: undefined,
        problems: [],
      });
    });

    it('reads a table through its named range, whatever the tab is called, in one call', () => {
      const emu = unitWorkbook();
      fillSheet(emu, 'contacts', [{ accountId: 'KA-001', outcome: 'Positive' }]);
      emu.spreadsheet.getSheetByName('Contacts')!.setName('Calls 2026');

      const calls = inWorkbook(emu, (workbook) => {
        emu.calls.reset();
        const rows = workbook.table(sheetDef('contacts'))!.rows;
        return { rows: rows.map((r) => r.values.outcome), calls: emu.calls.byMethod() };
      });

      expect(calls).toEqual({
        rows: ['positive'],
        calls: { 'Spreadsheet.getRangeByName': 1, 'Range.getValues': 1 },
      });
    });

    it('finds a sheet by name when its named range is missing (an imported workbook), keeping only rows a filter keeps', () => {
      const emu = createKamEmulator({ code: '' });
      emu.setSheetData('Kontaktai', [
        ['Paskyros ID', 'Rezultatas'],
        ['KA-001', 'Teigiamas'],
        ['KA-002', 'Neigiamas'],
      ]);

      const rows = inWorkbook(emu, (workbook) =>
        workbook
          .table(sheetDef('contacts'), (cells) => cells[0] === 'KA-002')!
          .rows.map((r) => r.values.outcome),
      );
      const sheet = inWorkbook(emu, (workbook) => workbook.sheet('contacts')?.getName());

      expect(rows).toEqual(['negative']);
      expect(sheet).toBe('Kontaktai');
    });

    it('looks the sheets up once (for Settings and every table after it)', () => {
      const emu = createKamEmulator({ code: '' });
      emu.setSheetData('Contacts', [['Account ID']]);
      emu.setSheetData('Reviews', [['Account ID']]);

      const calls = withPlatform(emu, (platform) => {
        emu.calls.reset();
        const workbook = openWorkbook(platform, platform.spreadsheet(), SHEETS);
        workbook.table(sheetDef('contacts'));
        workbook.table(sheetDef('reviews'));
        workbook.sheet('plan');
        return emu.calls.count('Spreadsheet.getSheets');
      });

      expect(calls).toBe(1);
    });
  });
});
