// R3.5 for the sidebar: the shared rule of src/core/access.ts (the account's manager, its
// direct supervisor or the file's owner).
import { mayAccess } from '../../core/access';
import type { CellValue } from '../sheet/table-codec';
import type { TableRow } from '../sheet/table-read';
import type { Workbook } from '../sheet/workbook';

/**
 * Whether a user may open an account's dossier. An unknown user ("": Apps Script could not
 * say who is running; with the userinfo.email scope an authorised user is always known) is
 * refused, since the rule cannot be checked. The owner is looked up only when needed.
 * Example: "ruta@x.lt" on an account supervised by "Ruta@x.lt" → true.
 */
export function mayOpen(
  user: string,
  manager: string | undefined,
  supervisor: string | undefined,
  owner: () => string,
): boolean {
  return mayAccess(user, { manager, supervisor }) || mayAccess(user, {}, owner());
}

/** Who is asking and who may see what (R3.5): the active user's e-mail and the file's owner. */
export interface Viewer {
  user: string;
  owner: () => string;
}

/** A cell that is not text (a number, a list) names nobody, so it lets nobody in. */
export function canOpen(viewer: Viewer, account: TableRow): boolean {
  const text = (v: CellValue) => (typeof v === 'string' ? v : undefined);
  return mayOpen(
    viewer.user,
    text(account.values.manager),
    text(account.values.supervisor),
    viewer.owner,
  );
}

/**
 * The viewer of this execution (R3.5): the active user and, when asked, the file's owner. An
 * unknown user first asks for the e-mail scope (ScriptApp.requireScopes): a user who left it
 * unticked gets Google's consent screen, not "no access".
 */
export function currentViewer(workbook: Workbook): Viewer {
  let owner: string | undefined;
  const user = workbook.platform.user.active();
  if (user === '') workbook.platform.consent.ensure(['userinfo.email']);
  return {
    user,
    owner: () => {
      if (owner === undefined) {
        try {
          owner = workbook.spreadsheet.getOwner()?.getEmail() ?? '';
        } catch {
          owner = '';
        }
      }
      return owner;
    },
  };
}

/** The user on whose behalf the server runs: the active user, else the effective one. */
export function whoIsSaving(workbook: Workbook, viewer: Viewer): string {
  if (viewer.user !== '') return viewer.user;
  try {
    return workbook.platform.user.effective();
  } catch {
    return '';
  }
}
