// R3.5 in the sidebar: a dossier opens for the account's manager, their direct supervisor and
// the file's owner, and for nobody else; who is asking is the active user.
import { canOpen, currentViewer, mayOpen, whoIsSaving } from '../../../src/server/dossier/access';
import type { TableRow } from '../../../src/server/sheet/table-read';
import type { Workbook } from '../../../src/server/sheet/workbook';

const MANAGER = 'ieva@x.lt';
const SUPERVISOR = 'ruta@x.lt';
const OWNER = 'boss@x.lt';

/** The owner of the file, counting how often it was asked for. */
function ownerLookup(email = OWNER) {
  const asked = { times: 0 };
  return {
    asked,
    owner: () => {
      asked.times++;
      return email;
    },
  };
}

const accountRow = (values: Record<string, unknown>): TableRow =>
  ({ rowNumber: 2, values, problems: {} }) as TableRow;

/** A workbook whose platform answers who is running and who owns the file. */
function workbookOf(
  who: { active: string; effective?: () => string },
  owner: () => { getEmail(): string } | null,
  // Every scope granted by default: asking for one that is already granted goes on.
  ensure: (scopes: readonly string[]) => void = () => undefined,
): Workbook {
  return {
    platform: {
      user: { active: () => who.active, effective: who.effective ?? (() => '') },
      consent: { missing: () => [], ensure },
    },
    spreadsheet: { getOwner: owner },
  } as unknown as Workbook;
}

describe('dossier access', () => {
  describe('mayOpen', () => {
    it('opens the dossier for its manager and their direct supervisor without asking who owns the file (R3.5)', () => {
      const { asked, owner } = ownerLookup();

      const open = [MANAGER, SUPERVISOR].map((user) => mayOpen(user, MANAGER, SUPERVISOR, owner));

      expect(open).toEqual([true, true]);
      expect(asked.times).toBe(0);
    });

    it('opens it for the file’s owner, who set the workbook up (R3.5 Decision)', () => {
      const { owner } = ownerLookup();

      expect(mayOpen(' Boss@X.lt ', MANAGER, SUPERVISOR, owner)).toBe(true);
    });

    it('refuses another manager, and a supervisor of another account (R3.5)', () => {
      const { owner } = ownerLookup();

      expect(mayOpen('mantas@x.lt', MANAGER, SUPERVISOR, owner)).toBe(false);
      expect(mayOpen(SUPERVISOR, MANAGER, 'jonas@x.lt', owner)).toBe(false);
    });

    it('refuses an unknown user even on an account naming nobody, in a file with no known owner', () => {
      const { owner } = ownerLookup('');

      expect(mayOpen('', '', '', owner)).toBe(false);
      expect(mayOpen('', MANAGER, SUPERVISOR, ownerLookup().owner)).toBe(false);
    });
  });

  describe('canOpen', () => {
    it('reads the manager and supervisor from the account’s row (R3.5)', () => {
      const row = accountRow({ accountId: 'KA-001', manager: MANAGER, supervisor: SUPERVISOR });
      const { owner } = ownerLookup();

      const open = [MANAGER, SUPERVISOR, 'mantas@x.lt'].map((user) =>
        canOpen({ user, owner }, row),
      );

      expect(open).toEqual([true, true, false]);
    });

    it('lets only the owner into an account with no manager or supervisor filled in', () => {
      const row = accountRow({ accountId: 'KA-001' });
      const { owner } = ownerLookup();

      expect(canOpen({ user: OWNER, owner }, row)).toBe(true);
      expect(canOpen({ user: MANAGER, owner }, row)).toBe(false);
    });

    it('does not mistake a non-text cell for an e-mail', () => {
      const row = accountRow({ accountId: 'KA-001', manager: ['x'], supervisor: 7 });

      expect(canOpen({ user: '7', owner: () => '' }, row)).toBe(false);
    });
  });

  describe('currentViewer', () => {
    it('is the active user, and asks for the file’s owner once, only when needed', () => {
      let asked = 0;
      const workbook = workbookOf({ active: MANAGER }, () => {
        asked++;
        return { getEmail: () => OWNER };
      });

      const viewer = currentViewer(workbook);
      const before = asked;
      const owners = [viewer.owner(), viewer.owner()];

      expect(viewer.user).toBe(MANAGER);
      expect(before).toBe(0);
      expect(owners).toEqual([OWNER, OWNER]);
      expect(asked).toBe(1);
    });

    it('takes a file without an owner (a shared drive) or one it may not ask about as owned by nobody', () => {
      const none = currentViewer(workbookOf({ active: MANAGER }, () => null));
      const refused = currentViewer(
        workbookOf({ active: MANAGER }, () => {
          throw new Error('no permission');
        }),
      );

      expect([none.owner(), refused.owner()]).toEqual(['', '']);
    });

    it('sends an unknown user who left the e-mail permission unticked to Google’s consent screen, not to “no access” (R3.5)', () => {
      const owner = () => ({ getEmail: () => OWNER });
      const unticked = (scopes: readonly string[]) => {
        if (scopes.includes('userinfo.email')) throw new Error('consent screen');
      };

      const unknown = () => currentViewer(workbookOf({ active: '' }, owner, unticked));
      const known = currentViewer(workbookOf({ active: MANAGER }, owner, unticked));

      expect(unknown).toThrow('consent screen');
      expect(known.user).toBe(MANAGER);
    });
  });

  describe('whoIsSaving', () => {
    it('is the active user when known, else the effective user, else nobody', () => {
      const owner = () => ({ getEmail: () => OWNER });
      const active = workbookOf({ active: MANAGER, effective: () => 'other@x.lt' }, owner);
      const effective = workbookOf({ active: '', effective: () => SUPERVISOR }, owner);
      const nobody = workbookOf(
        {
          active: '',
          effective: () => {
            throw new Error('no scope');
          },
        },
        owner,
      );

      const who = [active, effective, nobody].map((w) => whoIsSaving(w, currentViewer(w)));

      expect(who).toEqual([MANAGER, SUPERVISOR, '']);
    });
  });
});
