import { DEFAULT_SETTINGS, SETTINGS, settingNumberFormat, settingsRows } from '../../src/template';

describe('settings', () => {
  describe('DEFAULT_SETTINGS', () => {
    it('holds the article’s numbers: 10 %, 20 %, 50 % (R1), 3 months (R3.6), 10 days and a 14-day pause (R5)', () => {
      const defaults = DEFAULT_SETTINGS;

      expect(defaults).toMatchObject({
        keyThreshold: 0.1,
        criticalThreshold: 0.2,
        monoThreshold: 0.5,
        reviewMonths: 3,
        positiveContactDays: 10,
        pauseDays: 14,
        language: 'en',
      });
      expect(defaults.reviewDueSoonDays).toBeGreaterThan(0);
      expect(defaults.contactDueSoonDays).toBeGreaterThan(0);
    });
  });

  describe('SETTINGS', () => {
    it('has one row for every default, each with limits or choices and a help citing its rule', () => {
      const keys = SETTINGS.map((setting) => setting.key);

      expect(keys.sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
      for (const setting of SETTINGS) {
        if (setting.type === 'choice') expect(setting.choices?.length).toBeGreaterThan(1);
        else {
          expect(setting.min).toBeDefined();
          expect(setting.max).toBeDefined();
          expect(setting.help.en).toMatch(/R\d/);
          expect(setting.help.lt).toMatch(/R\d/);
        }
      }
    });

    it('formats thresholds as percentages and intervals as whole numbers', () => {
      const formats = SETTINGS.map((setting) => [setting.key, settingNumberFormat(setting)]);

      expect(Object.fromEntries(formats)).toMatchObject({
        keyThreshold: '0%',
        pauseDays: '0',
        language: '@',
      });
    });
  });

  describe('settingsRows', () => {
    it('writes the Lithuanian labels, the defaults and the language as its label', () => {
      const rows = settingsRows('lt');

      expect(rows[0]).toEqual(['Pagrindinio kliento dalis', 0.1, expect.stringContaining('R1.1')]);
      expect(rows.at(-1)?.slice(0, 2)).toEqual(['Kalba', 'Lietuvių']);
    });
  });
});
