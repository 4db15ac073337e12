import { concentrationOf, managerLoads } from '../../src/core/portfolio';
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
});
