// Set-up's dressing of one column or header row: number format, dropdown or check, width,
// formula, help note and the header's warning-only protection (R3.7: the template's sheets).
import { numberFormatOf } from '../../template/columns';
import type { ColumnDef, Lang, SettingKey, SheetDef, SheetKey } from '../../template/types';
import type { Platform } from '../platform/platform';
import type { DataValidation, Range, Sheet } from '../platform/sheets';
import { type Formula, kamFunction, writeFormula } from './writer';

/** The Spreadsheet service's builders and enums set-up needs. */
export type SheetKit = Platform['sheets'];

/**
 * A KAM formula set-up found that does not follow Settings (R1: a Revenue tier not linked to
 * the thresholds, a share not linked to the company total): where it is, what it says, and
 * the formula set-up would write. Set-up only reports it; the menu asks before linking it.
 */
export interface UnlinkedFormula {
  /** "Revenue!E2". */
  cell: string;
  range: Range;
  current: string;
  linked: Formula;
}

/** What set-up did, for its report. */
export interface SetupReport {
  createdSheets: string[];
  /** Columns added, as "Sheet: Header". */
  addedColumns: string[];
  /** Settings rows added, by label. */
  addedSettings: string[];
  /** Formulas of existing columns that do not follow Settings (never rewritten unasked). */
  unlinked: UnlinkedFormula[];
}

/** Marks the header protection KAM adds, so that a second run recognises its own. */
export const HEADER_PROTECTION = 'KAM header row';

/** Where each setting's value is: `'Settings'!$B$2`, for formulas that follow the workbook's settings. */
export type SettingCells = (key: SettingKey) => string | undefined;

/**
 * The data cells of a template column of a sheet already set up (`Accounts!A2:A`), for the
 * dropdowns that pick from it: an account id, "Reports to" a person, an offering (R3.3, R4.1).
 */
export type ListRange = (sheet: SheetKey, column: string) => Range | undefined;

/** The dropdown or check of a column's data cells; warning only, so nothing typed is refused. */
export function validationOf(
  column: ColumnDef,
  lang: Lang,
  kit: SheetKit,
  listRange?: ListRange,
): DataValidation | undefined {
  if (column.computed) return undefined;
  const list = column.listFrom && listRange?.(column.listFrom.sheet, column.listFrom.column);
  if (list)
    return kit
      .validation()
      .setAllowInvalid(true)
      .setHelpText(column.help[lang])
      .requireValueInRange(list, true)
      .build();
  const builder = kit.validation().setAllowInvalid(true).setHelpText(column.help[lang]);
  switch (column.type) {
    case 'choice':
    case 'multiChoice':
    case 'yesNo':
      return column.choices
        ? builder
            .requireValueInList(
              column.choices.map((c) => c.label[lang]),
              true,
            )
            .build()
        : undefined;
    case 'date':
      return builder.requireDate().build();
    case 'number':
    case 'money':
      return builder.requireNumberGreaterThanOrEqualTo(0).build();
    case 'email':
      return builder.requireTextIsEmail().build();
    case 'id': {
      const ids =
        column.references === 'accounts' ? listRange?.('accounts', 'accountId') : undefined;
      return ids ? builder.requireValueInRange(ids, true).build() : undefined;
    }
    default:
      return undefined;
  }
}

/** Formats, dropdown, width and formula of a column the set-up has just added (its cells are empty). */
export interface DressContext {
  letterOf: (key: string) => string;
  lang: Lang;
  listRange: ListRange;
  settingCells: SettingCells;
  kit: SheetKit;
}

export function dressColumn(
  sheet: Sheet,
  column: ColumnDef,
  index: number,
  context: DressContext,
): void {
  const { letterOf, lang, listRange, settingCells, kit } = context;
  const data = sheet.getRange(2, index + 1, Math.max(sheet.getMaxRows() - 1, 1), 1);
  const format = numberFormatOf(column);
  if (format !== undefined) data.setNumberFormat(format);
  const validation = validationOf(column, lang, kit, listRange);
  if (validation) data.setDataValidation(validation);
  sheet.setColumnWidth(index + 1, column.width);
  if (column.formula) {
    writeFormula(
      sheet.getRange(2, index + 1),
      kamFunction(column.formula(2, letterOf, undefined, settingCells)),
    );
  }
}

/** Header row: frozen, warning-only protected (it drives every reader), stretched to new columns. */
export function guardHeader(sheet: Sheet, width: number, kit: SheetKit): void {
  if (sheet.getFrozenRows() < 1) sheet.setFrozenRows(1);
  const ours = sheet
    .getProtections(kit.protectionType.range)
    .find((p) => p.getDescription() === HEADER_PROTECTION);
  const header = sheet.getRange(1, 1, 1, Math.max(width, 1));
  if (!ours) header.protect().setDescription(HEADER_PROTECTION).setWarningOnly(true);
  else if (ours.getRange().getNumColumns() < width) ours.setRange(header);
}

/** Adds the help note to found headers that have none; notes a user wrote stay. */
export function fillHeaderNotes(
  sheet: Sheet,
  def: SheetDef,
  columns: Map<string, number>,
  width: number,
  lang: Lang,
): void {
  const range = sheet.getRange(1, 1, 1, width);
  const notes = range.getNotes()[0].slice();
  let changed = false;
  for (const column of def.columns) {
    const index = columns.get(column.key);
    if (index !== undefined && index < width && notes[index] === '') {
      notes[index] = column.help[lang];
      changed = true;
    }
  }
  if (changed) range.setNotes([notes]);
}

/** A formula's text for comparison: no spaces, one case. */
const plain = (formula: string) => formula.replace(/\s+/g, '').toUpperCase();

/**
 * Checks the formula of an existing computed column against the one set-up would write
 * now (linked to Settings): one read of its first data cell. A cell that holds the same KAM
 * function in another form is reported; an empty cell or a user's own formula is left alone.
 * Example: `=KAM_TIER(C2:C)` where set-up writes `=KAM_TIER(C2:C, 'Settings'!$B$5, …)`.
 */
export function unlinkedFormula(
  sheet: Sheet,
  column: ColumnDef,
  index: number,
  context: Pick<DressContext, 'letterOf' | 'settingCells'>,
): UnlinkedFormula | undefined {
  if (!column.formula) return undefined;
  const wanted = column.formula(2, context.letterOf, undefined, context.settingCells);
  const fn = /^=(KAM_[A-Z_]+)\(/.exec(wanted)?.[1];
  const range = sheet.getRange(2, index + 1);
  const current = range.getFormula();
  if (!fn || !plain(current).startsWith(`=${fn}(`) || plain(current) === plain(wanted))
    return undefined;
  return {
    cell: `${sheet.getName()}!${range.getA1Notation()}`,
    range,
    current,
    linked: kamFunction(wanted),
  };
}
