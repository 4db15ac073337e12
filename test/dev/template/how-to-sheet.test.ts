// The template's "How to fill it" (R3.7) reads as a page, not a dump of cells: a large title
// on a band, bold headings, wrapped lines tall enough to show whole, no gridlines.
import ExcelJS from 'exceljs';
import { howToLines } from '../../../dev/template/how-to';
import { templateXlsx } from '../../../dev/template/write-workbook';
import type { Lang } from '../../../src/template';

describe.each<Lang>(['en', 'lt'])('the template guide in %s', (lang) => {
  let guide: ExcelJS.Worksheet;

  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await templateXlsx(lang)) as unknown as ArrayBuffer);
    guide = workbook.worksheets[0];
  });

  it('has a styled title, bold headings and wrapped text', () => {
    const lines = howToLines(lang);
    const at = (kind: string) => lines.findIndex((l) => l.kind === kind) + 1;

    const title = guide.getCell(`A${at('title')}`);
    const heading = guide.getCell(`A${at('heading')}`);
    const text = guide.getCell(`A${at('text')}`);

    expect(title.font).toMatchObject({ bold: true, size: 16 });
    expect(title.fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    expect(heading.font).toMatchObject({ bold: true });
    expect(text.alignment).toMatchObject({ wrapText: true });
    expect(text.font?.bold).toBeFalsy();
    expect(guide.views[0]).toMatchObject({ showGridLines: false });
  });

  it('gives every long line the height to show it whole', () => {
    const long = howToLines(lang)
      .map((line, i) => ({ ...line, row: i + 1 }))
      .filter((line) => line.kind === 'text' && line.text.length > 130);

    for (const line of long) expect(guide.getRow(line.row).height).toBeGreaterThan(30);
    expect(long.length).toBeGreaterThan(0);
  });
});
