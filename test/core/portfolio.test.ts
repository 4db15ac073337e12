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
  });
});
