// What a user does to a sheet's structure in the Sheets UI, for tests: insert or delete rows and
// columns (firing on-change triggers, never onEdit) and press Delete on a block (firing onEdit).
import type { Env } from './env';
import type { ChangeType, Events } from './harness-events';
import type { EmuSheet } from './sheet';
import type { EmuSpreadsheet } from './spreadsheet';

export interface UserOptions {
  user?: string;
}

/** The structural user actions of the Emulator (index.ts), kept apart to keep files small. */
export abstract class StructureActions {
  abstract readonly env: Env;
  protected abstract readonly events: Events;
  abstract get spreadsheet(): EmuSpreadsheet;

  /** Deletes `howMany` rows from `row` (1-based) as the UI does, then fires onChange REMOVE_ROW. */
  deleteRows(sheetName: string, row: number, howMany: number, options: UserOptions = {}): void {
    this.structural(sheetName, options, 'REMOVE_ROW', (s) => s.deleteRows(row, howMany));
  }

  /** Inserts `howMany` rows after `afterRow` (0: above row 1), then fires onChange INSERT_ROW. */
  insertRows(
    sheetName: string,
    afterRow: number,
    howMany: number,
    options: UserOptions = {},
  ): void {
    this.structural(sheetName, options, 'INSERT_ROW', (s) =>
      afterRow < 1 ? s.insertRowsBefore(1, howMany) : s.insertRowsAfter(afterRow, howMany),
    );
  }

  /** Deletes `howMany` columns from `column` (1-based), then fires onChange REMOVE_COLUMN. */
  deleteColumns(
    sheetName: string,
    column: number,
    howMany: number,
    options: UserOptions = {},
  ): void {
    this.structural(sheetName, options, 'REMOVE_COLUMN', (s) => s.deleteColumns(column, howMany));
  }

  /** Inserts `howMany` columns after `afterColumn` (0: left of A), then fires INSERT_COLUMN. */
  insertColumns(
    sheetName: string,
    afterColumn: number,
    howMany: number,
    options: UserOptions = {},
  ): void {
    this.structural(sheetName, options, 'INSERT_COLUMN', (s) =>
      afterColumn < 1
        ? s.insertColumnsBefore(1, howMany)
        : s.insertColumnsAfter(afterColumn, howMany),
    );
  }

  /**
   * The user selects a block ("Sheet1!B2:C3") and presses Delete: contents are cleared (not
   * formats or notes), then onEdit fires with the range and, for one cell, oldValue.
   */
  clear(a1: string, options: UserOptions = {}): void {
    const r = this.spreadsheet.getRange(a1);
    const b = r._block;
    const nulls = Array.from({ length: b.nr }, () => new Array<null>(b.nc).fill(null));
    this.events.edit(r._sheet.getName(), b, nulls, options.user ?? this.env.options.user);
  }

  /**
   * Runs a UI change as `user` (protections apply: a user may not delete protected rows), then
   * fires the installable on-change triggers; Google fires no onEdit for these
   * (https://developers.google.com/apps-script/reference/script/event-type: ON_CHANGE "by adding
   * a row, which counts as a change instead of an edit").
   */
  private structural(
    sheetName: string,
    options: UserOptions,
    changeType: ChangeType,
    act: (sheet: EmuSheet) => unknown,
  ): void {
    const user = options.user ?? this.env.options.user;
    const sheet =
      this.spreadsheet.getSheetByName(sheetName) ?? this.env.fail(`No sheet named ${sheetName}`);
    const pseudo = this.events.pseudoExecution(user, sheet._ss._st.id);
    this.env.push(pseudo);
    try {
      act(sheet);
    } finally {
      this.env.pop(pseudo);
    }
    this.env.hooks?.flush();
    this.events.change(changeType, user);
  }
}
