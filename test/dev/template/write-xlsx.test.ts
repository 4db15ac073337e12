import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { templateXlsx } from '../../../dev/template/write-workbook';
import {
  columnLetter,
  DEFAULT_SETTINGS,
  type Lang,
  numberFormatOf,
  SETTINGS,
  SHEETS,
  settingCellValue,
} from '../../../src/template';
import {
  headerNotes,
  headerRow,
  listValues,
  type ReadSheet,
  readXlsx,
  textAt,
  validationAt,
} from './read-xlsx';

const _root = join(__dirname, '..', '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'kam-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each<Lang>(['en', 'lt'])('the downloadable template in %s', (lang) => {
  let file: string;
  let sheets: ReadSheet[];
  const byName = (name: string) => sheets.find((sheet) => sheet.name === name)!;

  beforeAll(async () => {
    file = join(dir, `template-${lang}.xlsx`);
    writeFileSync(file, await templateXlsx(lang));
    sheets = await readXlsx(readFileSync(file));
  });

  it('opens with the guide, then every sheet of the definition by its name, and hides the lists last', () => {
    const names = sheets.map((sheet) => sheet.name);

    expect(names.slice(1, -1)).toEqual(SHEETS.map((sheet) => sheet.name[lang]));
    expect(sheets[0].name).toBe(lang === 'en' ? 'How to fill it' : 'Kaip pildyti');
    expect(sheets.map((sheet) => sheet.hidden)).toEqual(
      names.map((_, i) => i === names.length - 1),
    );
  });

  it('has every header of the definition, in order, with its help as the header note', () => {
    for (const def of SHEETS) {
      const sheet = byName(def.name[lang]).sheet;

      const headers = headerRow(sheet);
      const notes = headerNotes(sheet, headers.length);

      expect(headers).toEqual(def.columns.map((column) => column.header[lang]));
      expect(notes).toEqual(def.columns.map((column) => column.help[lang]));
    }
  });

  it('freezes the header row and sizes columns as the definition says', () => {
    for (const def of SHEETS) {
      const read = byName(def.name[lang]);

      const pixels = (read.sheet['!cols'] ?? []).map((col) => Math.round((col.width ?? 0) * 7 + 5));

      expect(read.frozenRows).toBe(1);
      def.columns.forEach((column, i) => {
        expect(Math.abs(pixels[i] - column.width)).toBeLessThanOrEqual(1);
      });
    }
  });

  it('offers every choice and yes/no column as a dropdown of its labels, read from the hidden lists sheet', () => {
    for (const def of SHEETS.filter((sheet) => sheet.layout === 'table')) {
      const read = byName(def.name[lang]);
      def.columns.forEach((column, i) => {
        if (!column.choices || column.computed) return;
        const letter = columnLetter(i);

        const validation = read.validations.find((v) => v.sqref === `${letter}2:${letter}1000`);

        expect(validation?.type).toBe('list');
        expect(validation?.formula1).toMatch(/^'[^']+'!\$[A-Z]+\$2:\$[A-Z]+\$\d+$/);
        expect(listValues(validation!.formula1, sheets)).toEqual(
          column.choices.map((c) => c.label[lang]),
        );
        expect(validation?.showErrorMessage).toBe(column.type !== 'multiChoice');
      });
    }
  });

  it('offers the nine decision-group roles of R3.3 in the article’s words', () => {
    const read = byName(lang === 'en' ? 'Decision group' : 'Sprendimų grupė');

    const role = read.validations.find((v) => v.sqref === 'E2:E1000')!;

    expect(listValues(role.formula1, sheets)).toHaveLength(9);
    expect(listValues(role.formula1, sheets)[0]).toBe(
      lang === 'en' ? 'Decision maker' : 'Sprendimų priėmėjas',
    );
  });

  it('lets an account id be picked from the Accounts ids, with a warning for others', () => {
    const accounts = SHEETS.find((sheet) => sheet.key === 'accounts')!.name[lang];

    for (const def of SHEETS.filter((sheet) =>
      sheet.columns.some((c) => c.references === 'accounts' && !c.computed),
    )) {
      const letter = columnLetter(def.columns.findIndex((column) => column.key === 'accountId'));
      const validation = byName(def.name[lang]).validations.find(
        (v) => v.sqref === `${letter}2:${letter}1000`,
      );

      expect(validation).toMatchObject({
        type: 'list',
        errorStyle: 'warning',
        formula1: `'${accounts}'!$A$2:$A$1000`,
      });
    }
  });

  it('never puts a list inline, so that Excel cannot find one over 255 characters to repair', () => {
    const lists = sheets.flatMap((sheet) => sheet.validations.filter((v) => v.type === 'list'));

    expect(lists.length).toBeGreaterThan(10);
    for (const list of lists) expect(list.formula1.startsWith('"')).toBe(false);
  });

  it('gives computed columns no dropdown: the add-on fills them', () => {
    for (const def of SHEETS) {
      const read = byName(def.name[lang]);
      def.columns.forEach((column, i) => {
        if (!column.computed) return;

        const covering = read.validations.filter((v) => v.sqref.startsWith(`${columnLetter(i)}2:`));

        expect(covering).toEqual([]);
      });
    }
  });

  it('formats date, money, percent and text data cells down to row 1000', () => {
    for (const def of SHEETS.filter((sheet) => sheet.layout === 'table')) {
      const sheet = byName(def.name[lang]).sheet;
      def.columns.forEach((column, i) => {
        const format = numberFormatOf(column);
        if (format === undefined) return;

        for (const row of [2, 1000])
          expect([column.key, sheet[`${columnLetter(i)}${row}`]?.z]).toEqual([column.key, format]);
      });
    }
  });

  it('writes the Settings with the article’s defaults, each value checked for its range or list (R1, R3.6, R5)', () => {
    const read = byName(lang === 'en' ? 'Settings' : 'Nustatymai');

    SETTINGS.forEach((setting, i) => {
      const row = i + 2;
      const validation = validationAt(read, `B${row}`);

      expect(textAt(read.sheet, `A${row}`)).toBe(setting.label[lang]);
      expect(read.sheet[`B${row}`]?.v ?? '').toBe(
        settingCellValue(setting, { ...DEFAULT_SETTINGS, language: lang }[setting.key], lang),
      );
      expect(validation?.type).toBe(
        setting.type === 'choice' ? 'list' : setting.type === 'number' ? 'whole' : 'decimal',
      );
    });
    expect(read.sheet.B2?.w).toBe('10%');
  });

  it('computes Revenue share and tier with one KAM_ formula each in row 2, tiers by the Settings thresholds (R1.1–R1.3)', () => {
    const revenue = byName(lang === 'en' ? 'Revenue' : 'Pajamos').sheet;
    const settings = lang === 'en' ? "'Settings'" : "'Nustatymai'";

    const formulas = [revenue.D2?.f, revenue.E2?.f];

    expect(formulas).toEqual([
      `KAM_SHARE(C2:C1000, ${settings}!$B$5)`,
      `KAM_TIER(C2:C1000, ${settings}!$B$5, ${settings}!$B$2, ${settings}!$B$3, ${settings}!$B$4)`,
    ]);
  });

  it('explains how to fill it, sheet by sheet, citing the rules', () => {
    const guide = sheets[0].sheet;

    const text = Array.from({ length: 30 }, (_, i) => textAt(guide, `A${i + 1}`)).join('\n');

    expect(text).toMatch(/R3\.7/);
    for (const def of SHEETS) expect(text).toContain(`${def.name[lang]}: ${def.help[lang]}`);
  });
});
