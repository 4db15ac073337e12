// Range geometry and bookkeeping shared by the Range service class: position, A1 notation,
// offset, and the write path (protection check, then notifying the formula engine).
import { columnLetter, rangeA1 } from './a1';
import type { Block } from './cells';
import type { Emulates } from './emulates';
import { EmuObject, type Env } from './env';
import { canEdit } from './protection';
import type { EmuSheet } from './sheet';

type GasRange = GoogleAppsScript.Spreadsheet.Range;

/** Which axes a range spans whole (A1 without row numbers or without column letters). */
export interface Span {
  allRows?: boolean;
  allCols?: boolean;
}

export class RangeBase
  extends EmuObject
  implements
    Emulates<
      GasRange,
      | 'getRow'
      | 'getColumn'
      | 'getNumRows'
      | 'getNumColumns'
      | 'getLastRow'
      | 'getLastColumn'
      | 'getA1Notation'
      | 'getSheet'
      | 'offset'
      | 'activate'
      | 'getGridId'
    >
{
  readonly _class = 'Range';

  constructor(
    env: Env,
    readonly _sheet: EmuSheet,
    readonly _block: Block,
    /** Set for whole-column ("A:I") or whole-row ("2:5") ranges, which Google writes that way. */
    readonly _span: Span = {},
  ) {
    super(env);
  }

  get _st() {
    return this._sheet._st;
  }

  get _ss() {
    return this._sheet._ss._st;
  }

  getRow(): number {
    return this._block.r1 + 1;
  }

  getColumn(): number {
    return this._block.c1 + 1;
  }

  getNumRows(): number {
    return this._block.nr;
  }

  getNumColumns(): number {
    return this._block.nc;
  }

  getLastRow(): number {
    return this._block.r1 + this._block.nr;
  }

  getLastColumn(): number {
    return this._block.c1 + this._block.nc;
  }

  getGridId(): number {
    return this._st.id;
  }

  /** "A:I" for whole columns and "2:5" for whole rows, as Google writes them; else "A1:B2". */
  getA1Notation(): string {
    const b = this._block;
    if (this._span.allRows && !this._span.allCols)
      return `${columnLetter(b.c1)}:${columnLetter(b.c1 + b.nc - 1)}`;
    if (this._span.allCols && !this._span.allRows) return `${b.r1 + 1}:${b.r1 + b.nr}`;
    return rangeA1(b.r1, b.c1, b.r1 + b.nr - 1, b.c1 + b.nc - 1);
  }

  getSheet(): EmuSheet {
    return this._sheet;
  }

  /** A plain block; whole columns/rows stay whole only while that axis is not moved or resized. */
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): this {
    const b = this._block;
    const span: Span = {
      allRows: this._span.allRows && rowOffset === 0 && numRows === undefined,
      allCols: this._span.allCols && columnOffset === 0 && numColumns === undefined,
    };
    return this._sheet._range(
      b.r1 + rowOffset,
      b.c1 + columnOffset,
      numRows ?? b.nr,
      numColumns ?? b.nc,
      span,
    ) as unknown as this;
  }

  activate(): this {
    this._sheet._ss._select(this._st.id, this._block);
    return this;
  }

  /** Refuses edits a protection forbids to the running user (Google's message). */
  _assertEditable(): void {
    if (!canEdit(this._env, this._sheet._ss._st, this._st.id, this._block)) {
      this._env.fail(
        'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
      );
    }
  }

  _changed(): void {
    const b = this._block;
    this._env.hooks?.changed(
      this._ss.id,
      this._st.id,
      b.r1,
      b.c1,
      b.r1 + b.nr - 1,
      b.c1 + b.nc - 1,
    );
  }

  /** Visits each cell of the block with its row and column offsets. */
  _each(fn: (r: number, c: number, i: number, j: number) => void): void {
    const b = this._block;
    for (let i = 0; i < b.nr; i++) for (let j = 0; j < b.nc; j++) fn(b.r1 + i, b.c1 + j, i, j);
  }

  /** Checks a 2-D argument's shape against the range, with Google's messages. */
  _assertShape(data: unknown, what = 'data'): asserts data is unknown[][] {
    const b = this._block;
    if (!Array.isArray(data) || data.some((r) => !Array.isArray(r))) {
      this._env.fail(
        `The parameters (${typeof data}) don't match the method signature for SpreadsheetApp.Range.set${what}.`,
      );
    }
    if (data.length !== b.nr) {
      this._env.fail(
        `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${b.nr}.`,
      );
    }
    for (const row of data as unknown[][]) {
      if (row.length !== b.nc) {
        this._env.fail(
          `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${b.nc}.`,
        );
      }
    }
  }
}
