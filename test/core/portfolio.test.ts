import { concentrationOf, keyClientsWithoutAccount, managerLoads } from '../../src/core/portfolio';
import { DEFAULT_THRESHOLDS } from '../../src/core/tier';

describe('portfolio', () => {
  describe('concentrationOf', () => {
    it('names a mono-client above 50 % (R1.3) with the top shares and HHI', () => {
      const result = concentrationOf(
        [
          { client: 'Alfa', revenue: 600 },
          { client: 'Beta', revenue: 300 },
          { client: 'Gama', revenue: 100 },
        ],
        DEFAULT_THRESHOLDS,
      );

      expect(result).toMatchObject({ total: 1000, top3Share: 1, hhi: 4600, monoClients: ['Alfa'] });
      expect(result?.topClient).toEqual({ client: 'Alfa', share: 0.6, tier: 'mono' });
    });

    it('has nothing to say without revenue', () => {
      expect(concentrationOf([{ client: 'Alfa', revenue: 0 }], DEFAULT_THRESHOLDS)).toBeUndefined();
    });
  });

  describe('managerLoads', () => {
    it('warns about a manager with 4 revenue key accounts (R2.2)', () => {
      const accounts = [
        ...['key', 'key', 'critical', 'key'].map((tier) => ({
          manager: 'Rasa',
          revenue: 100,
          tier: tier as 'key',
        })),
        { manager: 'Tomas', revenue: 500, tier: 'mono' as const },
        { manager: 'Tomas', revenue: 0, tier: 'regular' as const },
      ];

      const loads = managerLoads(accounts);

      expect(loads).toEqual([
        { manager: 'Tomas', revenueKeyAccounts: 1, revenue: 500, accounts: 2, overloaded: false },
        { manager: 'Rasa', revenueKeyAccounts: 4, revenue: 400, accounts: 4, overloaded: true },
      ]);
    });

    it('does not warn at exactly 3 revenue key accounts (R2.2: 1 to 3), nor count regular or untiered accounts', () => {
      const accounts = [
        ...(['key', 'critical', 'mono', 'regular'] as const).map((tier) => ({
          manager: ' Rasa ',
          revenue: 10,
          tier,
        })),
        { manager: 'Rasa', revenue: 5 },
      ];

      expect(managerLoads(accounts)).toEqual([
        { manager: 'Rasa', revenueKeyAccounts: 3, revenue: 45, accounts: 5, overloaded: false },
      ]);
    });

    it('leaves out accounts without a manager, and lists the managers by revenue, largest first', () => {
      const accounts = [
        { manager: '  ', revenue: 900, tier: 'mono' as const },
        { manager: 'Ieva', revenue: 100 },
        { manager: 'Tomas', revenue: 300 },
        { manager: 'Rasa', revenue: 200 },
      ];

      expect(managerLoads(accounts).map((l) => l.manager)).toEqual(['Tomas', 'Rasa', 'Ieva']);
    });
  });

  describe('concentrationOf, in detail', () => {
    it('leaves out clients without revenue and names every mono-client under low thresholds (R1.3)', () => {
      const result = concentrationOf(
        [
          { client: 'Credit note', revenue: -50 },
          { client: 'Beta', revenue: 450 },
          { client: 'Alfa', revenue: 550 },
          { client: 'Idle', revenue: 0 },
        ],
        { key: 0.1, critical: 0.2, mono: 0.4 },
      );

      expect(result).toMatchObject({ total: 1000, monoClients: ['Alfa', 'Beta'], top3Share: 1 });
      expect(result?.topClient).toEqual({ client: 'Alfa', share: 0.55, tier: 'mono' });
      expect(result?.hhi).toBe(5050);
    });

    it('puts the largest client first whatever the order, and the top 3 out of more clients', () => {
      const result = concentrationOf(
        [10, 20, 30, 40].map((revenue) => ({ client: `C${revenue}`, revenue })),
        DEFAULT_THRESHOLDS,
      );

      expect(result?.topClient).toEqual({ client: 'C40', share: 0.4, tier: 'critical' });
      expect(result?.top3Share).toBe(0.9);
      expect(result?.monoClients).toEqual([]);
    });
  });

  describe('concentrationOf, without revenue to speak of', () => {
    it('has nothing to say when no listed client brings revenue, even beside a company total (R1: the company total)', () => {
      const clients = [
        { client: 'Alfa', revenue: 0 },
        { client: 'Beta', revenue: 0 },
      ];

      const result = concentrationOf(clients, DEFAULT_THRESHOLDS, 5000);

      expect(result).toBeUndefined();
    });

    it('has nothing to say when the revenue adds up to less than a cent', () => {
      const result = concentrationOf([{ client: 'Alfa', revenue: 0.004 }], DEFAULT_THRESHOLDS);

      expect(result).toBeUndefined();
    });
  });

  describe('keyClientsWithoutAccount', () => {
    const nameKey = (client: string) => client.trim().toLowerCase();

    it('lists every key client without an account, largest first (R1.1 with R3)', () => {
      const clients = [
        { client: 'Alfa', revenue: 3000, row: 2 },
        { client: 'Beta', revenue: 1200, row: 3 },
        { client: 'Gama', revenue: 400, row: 4 },
        { client: 'Delta', revenue: 1500, row: 5 },
        { client: 'Epsilon', revenue: 2500, row: 6 },
      ];
      const hasAccount = (client: string) => client === 'Alfa';

      const unmanaged = keyClientsWithoutAccount(
        clients,
        hasAccount,
        10000,
        DEFAULT_THRESHOLDS,
        nameKey,
      );

      expect(unmanaged).toEqual([
        { client: 'Epsilon', revenue: 2500, share: 0.25, tier: 'critical', row: 6 },
        { client: 'Delta', revenue: 1500, share: 0.15, tier: 'key', row: 5 },
        { client: 'Beta', revenue: 1200, share: 0.12, tier: 'key', row: 3 },
      ]);
    });

    it('counts a client named on several rows once, its revenue added up to the cent, linked to its first row', () => {
      const clients = [
        { client: 'Beta', revenue: 60.1, row: 3 },
        { client: 'Alfa', revenue: 10, row: 4 },
        { client: ' beta ', revenue: 50.2, row: 7 },
      ];

      const unmanaged = keyClientsWithoutAccount(
        clients,
        () => false,
        1000,
        DEFAULT_THRESHOLDS,
        nameKey,
      );

      expect(unmanaged).toEqual([
        { client: 'Beta', revenue: 110.3, share: 0.1103, tier: 'key', row: 3 },
      ]);
    });

    it('names a mono-client without an account too (R1.3)', () => {
      const clients = [{ client: 'Alfa', revenue: 600, row: 2 }];

      const unmanaged = keyClientsWithoutAccount(
        clients,
        () => false,
        1000,
        DEFAULT_THRESHOLDS,
        nameKey,
      );

      expect(unmanaged.map((c) => c.tier)).toEqual(['mono']);
    });

    it('lists nothing, rather than fail, while the Revenue sheet adds up to nothing', () => {
      const clients = [{ client: 'Alfa', revenue: 0, row: 2 }];

      const unmanaged = keyClientsWithoutAccount(
        clients,
        () => false,
        0,
        DEFAULT_THRESHOLDS,
        nameKey,
      );

      expect(unmanaged).toEqual([]);
    });
  });
});
