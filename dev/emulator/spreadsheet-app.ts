// SpreadsheetApp: the bound (active) spreadsheet, other spreadsheets of the emulated Drive,
// getUi, flush, newDataValidation and the Spreadsheet enums.
import { type EmuDataValidationBuilder, newBuilder } from './data-validation';
import { createSpreadsheetState, findSpreadsheet, spreadsheetFor } from './drive';
import { canOpen } from './drive-access';
import type { Emulates } from './emulates';
import { DataValidationCriteria, ProtectionType, WrapStrategy } from './enums';
import { EmuObject } from './env';
import type { EmuRange } from './range';
import type { EmuSheet } from './sheet';
import type { EmuSpreadsheet } from './spreadsheet';
import { EmuUi } from './ui';

type GasApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

export class EmuSpreadsheetApp
  extends EmuObject
  implements
    Emulates<
      GasApp,
      | 'getActiveSpreadsheet'
      | 'getActive'
      | 'getActiveSheet'
      | 'getActiveRange'
      | 'getUi'
      | 'flush'
      | 'newDataValidation'
      | 'openById'
      | 'openByUrl'
      | 'create'
    >
{
  readonly _class = 'SpreadsheetApp';
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly ProtectionType = ProtectionType;
  readonly WrapStrategy = WrapStrategy;

  /** The spreadsheet the script is bound to in this execution, or null outside a document. */
  getActiveSpreadsheet(): EmuSpreadsheet | null {
    const id = this._env.exec ? this._env.exec.boundId : this._env.state.activeSpreadsheetId;
    const st = id ? findSpreadsheet(this._env, id) : null;
    return st ? spreadsheetFor(this._env, st) : null;
  }

  getActive(): EmuSpreadsheet | null {
    return this.getActiveSpreadsheet();
  }

  getActiveSheet(): EmuSheet | null {
    return this.getActiveSpreadsheet()?.getActiveSheet() ?? null;
  }

  getActiveRange(): EmuRange | null {
    return this.getActiveSpreadsheet()?.getActiveRange() ?? null;
  }

  /** Time-driven triggers have no UI: Google throws this message there. */
  getUi(): EmuUi {
    if (this._env.exec && !this._env.exec.hasUi)
      this._env.fail('Cannot call SpreadsheetApp.getUi() from this context.');
    return new EmuUi(this._env);
  }

  /** Applies pending changes: the emulator recalculates custom-function cells here. */
  flush(): void {
    this._env.hooks?.flush();
  }

  newDataValidation(): EmuDataValidationBuilder {
    return newBuilder(this._env, this.getActiveSpreadsheet());
  }

  openById(id: string): EmuSpreadsheet {
    const st = findSpreadsheet(this._env, String(id));
    if (!st)
      this._env.fail(
        'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
      );
    if (!canOpen(this._env, st, this._env.user))
      this._env.fail('You do not have permission to access the requested document.');
    return spreadsheetFor(this._env, st);
  }

  openByUrl(url: string): EmuSpreadsheet {
    const m = /\/spreadsheets\/d\/([A-Za-z0-9_-]+)/.exec(String(url));
    if (!m) return this._env.fail('Invalid argument: url');
    return this.openById(m[1]);
  }

  /**
   * A new spreadsheet in the emulated Drive, owned by the running user. Whether the Drive API
   * then counts it as created by the app (drive.file) is unconfirmed, so the emulator does not.
   */
  create(name: string, rows?: number, columns?: number): EmuSpreadsheet {
    const st = createSpreadsheetState(this._env, String(name), this._env.user);
    if (rows) st.sheets[0].maxRows = rows;
    if (columns) st.sheets[0].maxCols = columns;
    return spreadsheetFor(this._env, st);
  }
}
