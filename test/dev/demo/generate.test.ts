import { DEMO_MANAGERS, DEMO_SCENARIOS, DEMO_SUPERVISOR, generateDemo } from '../../../dev/demo';
import { columnDef, SHEETS, sheetDef } from '../../../src/template';
import { contactStatusOf, day, reviewStatusOf, rowsOf, tierOfAccount } from './helpers';

const TODAY = '2026-11-26';

describe('the demo portfolio', () => {
  const data = generateDemo();

  describe('generateDemo', () => {
    it('gives the same data for the same seed, and different data for another seed', () => {
      const again = generateDemo();
      const other = generateDemo({ seed: 7 });

      expect(again).toEqual(data);
      expect(other.contacts).not.toEqual(data.contacts);
    });

    it('has about 40 clients, 8 key accounts, 3 managers and 1 head of sales', () => {
      const managers = new Set(data.accounts.map((row) => row.manager));
      const supervisors = new Set(data.accounts.map((row) => row.supervisor));

      expect(data.revenue).toHaveLength(40);
      expect(data.accounts).toHaveLength(8);
      expect([...managers].sort()).toEqual(DEMO_MANAGERS.map((m) => m.email).sort());
      expect([...supervisors]).toEqual([DEMO_SUPERVISOR.email]);
    });

    it('logs six months of contacts ending on today, none after it', () => {
      const dates = data.contacts.map((row) => String(row.date));

      expect(dates[0] >= '2026-05-26').toBe(true);
      expect(dates.at(-1)! <= TODAY).toBe(true);
      expect(dates.at(-1)! >= '2026-11-20').toBe(true);
      expect([...dates].sort()).toEqual(dates);
    });

    it('uses only the template’s column keys and, for choices, its choice keys', () => {
      for (const sheet of SHEETS.filter((s) => s.layout === 'table')) {
        for (const row of data[sheet.key]) {
          for (const [key, value] of Object.entries(row)) {
            const column = columnDef(sheet, key);
            if (column.choices && column.type !== 'yesNo') {
              const keys = String(value).split(', ');
              for (const choice of keys) expect(column.choices.map((c) => c.key)).toContain(choice);
            }
            if (column.type === 'date') expect(value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
            if (column.type === 'yesNo') expect(typeof value).toBe('boolean');
            expect(column.computed).not.toBe(true);
          }
        }
      }
    });

    it('fills every required column of every row', () => {
      const missing: string[] = [];

      for (const sheet of SHEETS.filter((s) => s.layout === 'table')) {
        const required = sheet.columns.filter((column) => column.required && !column.computed);
        data[sheet.key].forEach((row, index) => {
          for (const column of required) {
            if (row[column.key] === undefined) missing.push(`${sheet.key}[${index}].${column.key}`);
          }
        });
      }

      expect(missing).toEqual([]);
    });

    it('marks a contact personal only for the account’s manager in person, by phone or video (R5)', () => {
      const managerOf = new Map(data.accounts.map((row) => [row.accountId, row.manager]));

      for (const row of data.contacts) {
        const expected =
          row.ourPerson === managerOf.get(String(row.accountId)) &&
          ['inPerson', 'phone', 'video'].includes(String(row.channel));
        expect(row.personal).toBe(expected);
      }
    });

    it('keeps the settings at the article’s defaults, one row per setting', () => {
      const settings = Object.fromEntries(data.settings.map((row) => [row.setting, row.value]));

      expect(settings).toMatchObject({
        keyThreshold: 0.1,
        reviewMonths: 3,
        positiveContactDays: 10,
        pauseDays: 14,
      });
    });

    it('fills dossiers partly, with KA-001 complete', () => {
      const filled = data.dossier.map((row) => Object.keys(row).length);

      expect(filled[0]).toBe(sheetDef('dossier').columns.length);
      expect(Math.min(...filled)).toBeLessThan(sheetDef('dossier').columns.length / 2);
    });
  });

  describe('its scenarios on today, as the rules core sees them', () => {
    it('has a healthy critical account (R1.2)', () => {
      const tier = tierOfAccount(data, DEMO_SCENARIOS.critical);
      const status = contactStatusOf(data, DEMO_SCENARIOS.critical, TODAY);

      expect(tier).toBe('critical');
      expect(status.kind).toBe('ok');
      expect(reviewStatusOf(data, DEMO_SCENARIOS.critical, TODAY).kind).toBe('ok');
    });

    it('has a stale review, overdue by 12 days (R3.6)', () => {
      const status = reviewStatusOf(data, DEMO_SCENARIOS.staleReview, TODAY);

      expect(status).toMatchObject({ kind: 'overdue', daysOverdue: 12 });
    });

    it('has a review due tomorrow (R3.6)', () => {
      const status = reviewStatusOf(data, DEMO_SCENARIOS.reviewDueTomorrow, TODAY);

      expect(status).toMatchObject({ kind: 'dueSoon', daysLeft: 1 });
    });

    it('has a gap of 11 days since the last positive contact (R5.1)', () => {
      const status = contactStatusOf(data, DEMO_SCENARIOS.contactGap, TODAY);

      expect(status).toMatchObject({ kind: 'overdue', daysSince: 11 });
    });

    it('has a negative contact followed by a personal contact inside the 14-day pause (R5.2)', () => {
      const status = contactStatusOf(data, DEMO_SCENARIOS.pauseBroken, TODAY);

      expect(status.kind).toBe('pauseBroken');
      expect(status.pause).toMatchObject({
        negative: day('2026-11-18'),
        breach: day('2026-11-21'),
      });
    });

    it('has a negative contact 5 days ago with only a colleague’s e-mail since: pausing (R5.2)', () => {
      const status = contactStatusOf(data, DEMO_SCENARIOS.pausing, TODAY);

      expect(status.kind).toBe('pausing');
      expect(status.pause?.negative).toBe(day('2026-11-21'));
    });

    it('keeps the contact rhythm of every other account in order (R5.1, R5.2)', () => {
      const others = data.accounts
        .map((row) => String(row.accountId))
        .filter(
          (id) =>
            id !== DEMO_SCENARIOS.pauseBroken &&
            id !== DEMO_SCENARIOS.pausing &&
            id !== DEMO_SCENARIOS.contactGap,
        );

      for (const id of others) expect(contactStatusOf(data, id, TODAY).kind).toBe('ok');
    });

    it('has an account whose decision group has no decision maker (R3.3)', () => {
      const roles = rowsOf(data, 'decisionGroup', DEMO_SCENARIOS.noDecisionMaker).map(
        (row) => row.role,
      );
      const withMaker = data.accounts.filter((account) =>
        rowsOf(data, 'decisionGroup', String(account.accountId)).some(
          (row) => row.role === 'decisionMaker',
        ),
      );

      expect(roles.length).toBeGreaterThan(0);
      expect(roles).not.toContain('decisionMaker');
      expect(withMaker).toHaveLength(7);
    });

    it('has an account with no competitor profile and one with a profile older than 3 months (R3.4, R6.2)', () => {
      const none = rowsOf(data, 'competitors', DEMO_SCENARIOS.noCompetitors);
      const stale = rowsOf(data, 'competitors', DEMO_SCENARIOS.staleCompetitor).map((row) =>
        String(row.lastUpdated),
      );

      expect(none).toHaveLength(0);
      expect(stale.every((updated) => updated < '2026-08-26')).toBe(true);
    });

    it('has a manager carrying four revenue key accounts (R2.2)', () => {
      const theirs = data.accounts.filter((row) => row.manager === DEMO_SCENARIOS.busyManager);

      const tiers = theirs.map((row) => tierOfAccount(data, String(row.accountId)));

      expect(tiers.filter((tier) => tier !== 'regular')).toHaveLength(4);
    });

    it('has no mono-client unless asked, then KA-001 brings more than half of the revenue (R1.3)', () => {
      const mono = generateDemo({ monoClient: true });

      expect(data.accounts.map((row) => tierOfAccount(data, String(row.accountId)))).not.toContain(
        'mono',
      );
      expect(tierOfAccount(mono, DEMO_SCENARIOS.mono)).toBe('mono');
    });

    it('moves every scenario with the given today', () => {
      const later = generateDemo({ today: '2027-03-31' });

      expect(reviewStatusOf(later, DEMO_SCENARIOS.staleReview, '2027-03-31')).toMatchObject({
        daysOverdue: 12,
      });
      expect(reviewStatusOf(later, DEMO_SCENARIOS.reviewDueTomorrow, '2027-03-31')).toMatchObject({
        daysLeft: 1,
      });
      expect(contactStatusOf(later, DEMO_SCENARIOS.pauseBroken, '2027-03-31').kind).toBe(
        'pauseBroken',
      );
      expect(contactStatusOf(later, DEMO_SCENARIOS.contactGap, '2027-03-31')).toMatchObject({
        daysSince: 11,
      });
    });
  });

  describe('scale', () => {
    it('builds 1,000 accounts and 100,000 contacts, every account and client distinct', () => {
      const big = generateDemo({ scale: { accounts: 1000, contacts: 100_000 } });

      expect(big.accounts).toHaveLength(1000);
      expect(big.contacts).toHaveLength(100_000);
      expect(new Set(big.accounts.map((row) => row.accountId)).size).toBe(1000);
      expect(new Set(big.revenue.map((row) => row.client)).size).toBe(big.revenue.length);
    });

    it('keeps the scenario accounts first and their situations intact', () => {
      const big = generateDemo({ scale: { accounts: 50, contacts: 5_000 } });

      expect(big.accounts[1].accountId).toBe('KA-002');
      expect(contactStatusOf(big, DEMO_SCENARIOS.pauseBroken, TODAY).kind).toBe('pauseBroken');
      expect(reviewStatusOf(big, DEMO_SCENARIOS.staleReview, TODAY)).toMatchObject({
        daysOverdue: 12,
      });
    });
  });
});
