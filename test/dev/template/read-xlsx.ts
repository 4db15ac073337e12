// An independent reader of the .xlsx for the tests: SheetJS for sheets, cells and notes, the
// raw sheet XML (jszip) for data validations and frozen panes, which SheetJS CE does not read.
import JSZip from 'jszip';
import * as XLSX from 'xlsx';

export interface ReadValidation {
  sqref: string;
  type: string;
  formula1: string;
  formula2?: string;
  errorStyle?: string;
  showErrorMessage: boolean;
}

export interface ReadSheet {
  name: string;
  hidden: boolean;
  sheet: XLSX.WorkSheet;
  validations: ReadValidation[];
  frozenRows: number;
}

function unescapeXml(text: string): string {
  return text
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? unescapeXml(match[1]) : undefined;
}

function validationsOf(xml: string): ReadValidation[] {
  return [...xml.matchAll(/<dataValidation\b([^>]*)>([\s\S]*?)<\/dataValidation>/g)].map(
    ([, attrs, body]) => {
      const formula = (n: number) => {
        const match = new RegExp(`<formula${n}>([\\s\\S]*?)</formula${n}>`).exec(body);
        return match ? unescapeXml(match[1]) : undefined;
      };
      return {
        sqref: attribute(attrs, 'sqref') ?? '',
        type: attribute(attrs, 'type') ?? 'any',
        formula1: formula(1) ?? '',
        ...(formula(2) === undefined ? {} : { formula2: formula(2) }),
        ...(attribute(attrs, 'errorStyle') === undefined
          ? {}
          : { errorStyle: attribute(attrs, 'errorStyle') }),
        showErrorMessage: attribute(attrs, 'showErrorMessage') === '1',
      };
    },
  );
}

/** Reads every sheet of an .xlsx, in tab order. */
export async function readXlsx(bytes: Buffer): Promise<ReadSheet[]> {
  const workbook = XLSX.read(bytes, { cellNF: true, cellStyles: true, sheetStubs: true });
  const zip = await JSZip.loadAsync(bytes);
  const workbookXml = await zip.file('xl/workbook.xml')!.async('string');
  const relsXml = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const targets = new Map(
    [...relsXml.matchAll(/<Relationship\b([^>]*)\/>/g)].map(([, attrs]) => [
      attribute(attrs, 'Id'),
      attribute(attrs, 'Target'),
    ]),
  );
  const sheets = [...workbookXml.matchAll(/<sheet\b([^>]*)\/>/g)].map(([, attrs]) => ({
    name: attribute(attrs, 'name') ?? '',
    hidden: attribute(attrs, 'state') === 'hidden',
    target: String(targets.get(attribute(attrs, 'r:id'))).replace(/^\/?(xl\/)?/, 'xl/'),
  }));
  return Promise.all(
    sheets.map(async ({ name, hidden, target }) => {
      const xml = await zip.file(target)!.async('string');
      const pane = /<pane\b([^>]*)\/>/.exec(xml);
      const frozen =
        pane && attribute(pane[1], 'state') === 'frozen'
          ? Number(attribute(pane[1], 'ySplit') ?? 0)
          : 0;
      return {
        name,
        hidden,
        sheet: workbook.Sheets[name],
        validations: validationsOf(xml),
        frozenRows: frozen,
      };
    }),
  );
}

/** The text of a cell ("" when blank). */
export function textAt(sheet: XLSX.WorkSheet, address: string): string {
  const cell = sheet[address] as XLSX.CellObject | undefined;
  return cell?.v === undefined ? '' : String(cell.v);
}

/** The cells of row 1, as far as they go. */
export function headerRow(sheet: XLSX.WorkSheet): string[] {
  const range = XLSX.utils.decode_range(sheet['!ref'] ?? 'A1');
  const headers: string[] = [];
  for (let c = 0; c <= range.e.c; c += 1)
    headers.push(textAt(sheet, XLSX.utils.encode_cell({ r: 0, c })));
  while (headers.length > 0 && headers.at(-1) === '') headers.pop();
  return headers;
}

/** The notes (comments) of row 1, one per header. */
export function headerNotes(sheet: XLSX.WorkSheet, count: number): string[] {
  return Array.from({ length: count }, (_, c) => {
    const cell = sheet[XLSX.utils.encode_cell({ r: 0, c })] as XLSX.CellObject | undefined;
    return (cell?.c ?? []).map((comment) => comment.t).join('\n');
  });
}

/**
 * The values a list validation offers: a range `'Sheet'!$B$2:$B$9` read from that sheet,
 * or an inline list `"a,b"`. A range on a sheet with no values yields [] (e.g. empty Accounts).
 */
export function listValues(formula1: string, sheets: readonly ReadSheet[]): string[] {
  if (formula1.startsWith('"')) return formula1.slice(1, -1).split(',');
  const match = /^'((?:[^']|'')+)'!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(formula1);
  if (!match) throw new Error(`Unexpected list formula ${formula1}`);
  const target = sheets.find((sheet) => sheet.name === match[1].replace(/''/g, "'"));
  if (!target) throw new Error(`List refers to a missing sheet: ${formula1}`);
  const values: string[] = [];
  for (let row = Number(match[3]); row <= Number(match[5]); row += 1) {
    const text = textAt(target.sheet, `${match[2]}${row}`);
    if (text !== '') values.push(text);
  }
  return values;
}

/** The validation whose ranges (`B2:B4 B7`) cover a cell, if any. */
export function validationAt(sheet: ReadSheet, address: string): ReadValidation | undefined {
  const cell = XLSX.utils.decode_cell(address);
  return sheet.validations.find((validation) =>
    validation.sqref.split(' ').some((part) => {
      const range = XLSX.utils.decode_range(part);
      return (
        cell.r >= range.s.r && cell.r <= range.e.r && cell.c >= range.s.c && cell.c <= range.e.c
      );
    }),
  );
}
