// The downloadable .xlsx (R3.7) carries what the maps need (issue 14): "Reports to" and "Our
// contact" in the Decision group, the Whitespace sheet, and the offerings column of Settings,
// with dropdowns.
import { templateXlsx } from '../../../dev/template/write-workbook';
import { type Lang, sheetDef } from '../../../src/template';
import { headerRow, listValues, type ReadSheet, readXlsx, validationAt } from './read-xlsx';

describe.each<Lang>(['en', 'lt'])('the template for the maps in %s', (lang) => {
  let sheets: ReadSheet[];
  const byName = (key: Parameters<typeof sheetDef>[0]) =>
    sheets.find((sheet) => sheet.name === sheetDef(key).name[lang])!;

  beforeAll(async () => {
    sheets = await readXlsx(await templateXlsx(lang));
  });

  it('has Reports to and Our contact in the Decision group, Reports to picked from its people', () => {
    const group = byName('decisionGroup');
    const header = headerRow(group.sheet);
    const at = header.indexOf(lang === 'en' ? 'Reports to' : 'Pavaldus');

    const rule = validationAt(group, `${String.fromCharCode(65 + at)}2`)!;

    expect(header).toContain(lang === 'en' ? 'Our contact' : 'Mūsų kontaktas');
    expect(rule.type).toBe('list');
    expect(rule.formula1).toContain('$B$2:$B$1000');
  });

  it('has the Whitespace sheet with a strict status dropdown and an offering picked from Settings', () => {
    const whitespace = byName('whitespace');

    const status = validationAt(whitespace, 'D2')!;
    const offering = validationAt(whitespace, 'C2')!;

    expect(headerRow(whitespace.sheet)).toEqual(
      sheetDef('whitespace').columns.map((c) => c.header[lang]),
    );
    expect(listValues(status.formula1, sheets)).toHaveLength(4);
    expect(offering.formula1).toContain(`'${sheetDef('settings').name[lang]}'!$D$2`);
    expect(headerRow(byName('settings').sheet)[3]).toBe(
      lang === 'en' ? 'Our offerings' : 'Mūsų pasiūlymai',
    );
  });
});
