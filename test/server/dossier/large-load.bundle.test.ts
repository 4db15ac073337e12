// Bundle-level: drives dist/Code.js through the emulator (`npm run build` first).
// The sidebar's load of a large workbook (60 accounts, read narrowly) reads Accounts for the one
// account it shows and leaves the list of accounts to its own call: the account shown is the
// same as a whole read gives, and the list holds exactly the accounts the user may open (R3.5).
import type { BriefResult } from '../../../src/dossier/map-types';
import type { AccountsResult, Result } from '../../../src/dossier/types';
import { demoWorkbook } from '../../helpers/demo-workbook';

const emu = demoWorkbook({ scale: { accounts: 60, contacts: 6000 } });

/** Accounts' rows as the sheet holds them: id, client, manager, supervisor. */
function accountsSheet(): { id: string; client: string; manager: string; supervisor: string }[] {
  const values = emu.spreadsheet.getSheetByName('Accounts')!.getDataRange().getValues();
  const at = (header: string) => values[0].indexOf(header);
  return values.slice(1).map((row) => ({
    id: String(row[at('Account ID')]),
    client: String(row[at('Client')]),
    manager: String(row[at('Manager (e-mail)')]),
    supervisor: String(row[at('Supervisor (e-mail)')]),
  }));
}

function load(id: string | null) {
  const result = emu.scriptRun('kamLoadDossier', id) as Result;
  if (!result.ok) throw new Error(result.message);
  return result.state;
}

describe('the sidebar’s load of a large workbook', () => {
  it('shows the account as a whole read of every sheet does, and leaves the list out', () => {
    const state = load('KA-007');
    emu.scriptRun('kamOpenBrief', { accountId: 'KA-007' });
    const brief = emu.scriptRun('kamBriefData') as BriefResult;

    if (!brief.ok) throw new Error(brief.message);
    const { view } = brief.brief;
    expect(state.accounts).toBeNull();
    expect({ ...state.account, plan: view.plan, whitespace: view.whitespace }).toEqual(view);
    expect(state.account?.contactCount).toBeGreaterThan(20);
  });

  it('opens the account of the row selected in Accounts, or in Contacts', () => {
    const accounts = emu.spreadsheet.getSheetByName('Accounts')!;
    accounts.getRange('A12').activate();
    const fromAccounts = load(null).account?.id;
    const contacts = emu.spreadsheet.getSheetByName('Contacts')!;
    contacts.getRange('D500').activate();
    const fromContacts = load(null).account?.id;

    expect(fromAccounts).toBe(accounts.getRange('A12').getValue());
    expect(fromContacts).toBe(contacts.getRange('B500').getValue());
  });

  it('lists every account for the owner, and only a manager’s own for the manager (R3.5)', () => {
    const rows = accountsSheet();
    const manager = rows[3].manager;

    const owner = emu.scriptRun('kamListAccounts') as AccountsResult;
    emu.user = manager;
    const theirs = emu.scriptRun('kamListAccounts') as AccountsResult;
    emu.user = 'manager@example.com';

    if (!owner.ok || !theirs.ok) throw new Error('refused');
    expect(owner.accounts).toEqual(rows.map(({ id, client }) => ({ id, client })));
    expect(theirs.accounts.map((a) => a.id)).toEqual(
      rows.filter((r) => r.manager === manager || r.supervisor === manager).map((r) => r.id),
    );
    expect(theirs.accounts.length).toBeLessThan(rows.length);
  });
});
