// Tests: the bare vm realm, the clock, refusals, call counting and logging.
import { bundle, emulate } from './helpers';

describe('emulator sandbox', () => {
  describe('globals', () => {
    it('offers only ECMAScript built-ins and the emulated services', () => {
      const emu = emulate(
        bundle(`return ['require', 'process', 'Buffer', 'setTimeout', 'setInterval', 'fetch', 'structuredClone', 'module', 'global']
          .filter((n) => typeof globalThis[n] !== 'undefined');`),
      );

      const leaked = emu.run('main');

      expect(leaked).toEqual([]);
    });

    it('exposes the Apps Script services', () => {
      const emu = emulate(
        bundle(`return [typeof SpreadsheetApp, typeof PropertiesService, typeof CacheService, typeof LockService,
          typeof ScriptApp, typeof Session, typeof Utilities, typeof Logger, typeof HtmlService, typeof console];`),
      );

      expect(emu.run('main')).toEqual(Array(10).fill('object'));
    });

    it('throws errors the bundle recognises as its own Error', () => {
      const emu = emulate(
        bundle(
          `try { SpreadsheetApp.getActiveSheet().getRange(0, 1); } catch (e) { return [e instanceof Error, e.message]; }`,
        ),
      );

      expect(emu.run('main')).toEqual([true, 'The starting row of the range is too small.']);
    });

    it('starts every execution with fresh globals', () => {
      const emu = emulate('var counter = 0; function bump() { counter++; return counter; }');

      expect([emu.run('bump'), emu.run('bump')]).toEqual([1, 1]);
    });
  });

  describe('refusals', () => {
    it('refuses a service method it does not emulate, loudly', () => {
      const emu = emulate(
        bundle('SpreadsheetApp.getActiveSheet().getRange("A1").getRichTextValues();'),
      );

      expect(() => emu.run('main')).toThrow('Emulator: Range.getRichTextValues is not emulated');
    });
  });

  describe('clock', () => {
    it('makes new Date() and Date.now() follow the emulator clock', () => {
      const emu = emulate(bundle('return [new Date().toISOString(), Date.now()];'), {
        now: new Date('2026-01-15T08:00:00Z'),
      });
      emu.clock.advanceDays(3);

      expect(emu.run('main')).toEqual([
        '2026-01-18T08:00:00.000Z',
        Date.parse('2026-01-18T08:00:00Z'),
      ]);
    });

    it('reads local-time Date fields in the script time zone', () => {
      const emu = emulate(
        bundle(
          'const d = new Date(2026, 10, 30); return [d.toISOString(), d.getDate(), d.getHours()];',
        ),
        {
          scriptTimeZone: 'America/New_York',
        },
      );

      expect(emu.run('main')).toEqual(['2026-11-30T05:00:00.000Z', 30, 0]);
    });

    it('keeps daylight saving time in local-time arithmetic', () => {
      const emu = emulate(
        bundle(
          'const d = new Date(2026, 2, 28, 12); d.setDate(d.getDate() + 1); return d.toISOString();',
        ),
        {
          scriptTimeZone: 'Europe/Vilnius',
        },
      );

      expect(emu.run('main')).toBe('2026-03-29T09:00:00.000Z');
    });
  });

  describe('call counting', () => {
    it('counts every service call by Class.method and resets', () => {
      const emu = emulate(
        bundle(
          'const s = SpreadsheetApp.getActiveSheet(); s.getRange("A1").getValues(); s.getRange("A2").getValues();',
        ),
      );

      emu.run('main');

      expect(emu.calls.byMethod()).toEqual({
        'Range.getValues': 2,
        'Sheet.getRange': 2,
        'SpreadsheetApp.getActiveSheet': 1,
      });
      expect(emu.calls.total()).toBe(5);
      emu.calls.reset();
      expect(emu.calls.total()).toBe(0);
    });

    it('records the calls and times of each execution', () => {
      const emu = emulate(bundle('SpreadsheetApp.getActiveSheet();'));

      emu.run('main');

      expect(emu.executions[0]).toMatchObject({ fnName: 'main', authMode: 'FULL', calls: 1 });
      expect(emu.executions[0].wallMs).toBeGreaterThanOrEqual(0);
    });
  });

  describe('logging', () => {
    it('records Logger and console output', () => {
      const emu = emulate(bundle('Logger.log("n=%s", 3); console.warn("careful", 1);'));

      emu.run('main');

      expect(emu.log.messages('Logger')).toEqual(['n=3']);
      expect(emu.log.messages('warn')).toEqual(['careful 1']);
    });
  });
});
