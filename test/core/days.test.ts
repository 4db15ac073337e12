import fc from 'fast-check';
import {
  addDays,
  addMonths,
  civilOf,
  dateOfDay,
  dayOf,
  dayOfDate,
  dayOfIso,
  hourOf,
  isoOf,
  weekdayOf,
} from '../../src/core/days';
import { intlZone } from '../helpers/zones';

const vilnius = intlZone('Europe/Vilnius');
const newYork = intlZone('America/New_York');
const iso = (text: string) => dayOfIso(text) as number;

describe('days', () => {
  describe('dayOf / civilOf', () => {
    it('round-trips every day between 1900 and 2200', () => {
      fc.assert(
        fc.property(fc.integer({ min: dayOf(1900, 1, 1), max: dayOf(2200, 12, 31) }), (day) => {
          const { year, month, day: d } = civilOf(day);

          expect(dayOf(year, month, d)).toBe(day);
        }),
      );
    });

    it('counts 2026-11-30 as day 20787 since 1970-01-01', () => {
      expect(dayOf(2026, 11, 30)).toBe(20787);
      expect(isoOf(20787)).toBe('2026-11-30');
    });
  });

  describe('dayOfIso', () => {
    it('refuses days that do not exist', () => {
      expect(dayOfIso('2027-02-29')).toBeUndefined();
      expect(dayOfIso('2026-13-01')).toBeUndefined();
      expect(dayOfIso('30/11/2026')).toBeUndefined();
      expect(dayOfIso('2028-02-29')).toBe(dayOf(2028, 2, 29));
    });

    it('knows the leap years of the Gregorian calendar: 2000 and 2028, not 1900 or 2100', () => {
      const leapDays = ['2000-02-29', '2028-02-29', '1900-02-29', '2100-02-29'].map(dayOfIso);

      expect(leapDays.map((d) => d !== undefined)).toEqual([true, true, false, false]);
    });

    it('refuses day 0, month 0, a 31st of a 30-day month, and anything but YYYY-MM-DD', () => {
      const texts = [
        '2026-11-00',
        '2026-00-10',
        '2026-11-31',
        '2026-1-05',
        ' 2026-11-05',
        '2026-11-05T00:00',
        '20261105',
      ];

      expect(texts.map(dayOfIso)).toEqual(Array(texts.length).fill(undefined));
    });

    it('reads the first and last days of the year and of the range Sheets users type (1900–2199)', () => {
      const days = ['1900-01-01', '1969-12-31', '1970-01-01', '2026-12-31', '2199-12-31'].map(
        (text) => dayOfIso(text),
      );

      expect(days).toEqual([-25567, -1, 0, 20818, 84005]);
    });
  });

  describe('isoOf', () => {
    it('writes every part with its leading zeros', () => {
      expect([isoOf(dayOf(2026, 1, 5)), isoOf(dayOf(999, 3, 7)), isoOf(-1)]).toEqual([
        '2026-01-05',
        '0999-03-07',
        '1969-12-31',
      ]);
    });
  });

  describe('civilOf', () => {
    it('gives the year, month and day of days around leap days and century ends', () => {
      const texts = [
        '2000-02-29',
        '2000-03-01',
        '1900-03-01',
        '2100-02-28',
        '2024-12-31',
        '1600-01-01',
      ];

      expect(texts.map((t) => isoOf(dayOfIso(t)!))).toEqual(texts);
      expect(civilOf(dayOf(2000, 2, 29))).toEqual({ year: 2000, month: 2, day: 29 });
      expect(civilOf(dayOf(2001, 1, 1))).toEqual({ year: 2001, month: 1, day: 1 });
    });
  });

  describe('addDays', () => {
    it('counts days forward and back across months and years (R5: 10 days, 14 days)', () => {
      expect(isoOf(addDays(iso('2026-12-25'), 10))).toBe('2027-01-04');
      expect(isoOf(addDays(iso('2026-03-01'), -1))).toBe('2026-02-28');
    });
  });

  describe('addMonths', () => {
    it('puts 3 months after 30 November at the end of February (R3.6)', () => {
      expect(isoOf(addMonths(iso('2026-11-30'), 3))).toBe('2027-02-28');
      expect(isoOf(addMonths(iso('2027-11-30'), 3))).toBe('2028-02-29');
    });

    it('keeps the day of the month when the target month has it', () => {
      expect(isoOf(addMonths(iso('2026-07-01'), 3))).toBe('2026-10-01');
      expect(isoOf(addMonths(iso('2026-10-31'), 3))).toBe('2027-01-31');
      expect(isoOf(addMonths(iso('2026-08-31'), -6))).toBe('2026-02-28');
    });

    it('crosses year ends both ways and clamps to every month length', () => {
      const moves: [string, number, string][] = [
        ['2026-01-31', -2, '2025-11-30'],
        ['2026-12-15', 1, '2027-01-15'],
        ['2026-11-15', 14, '2028-01-15'],
        ['2026-01-31', 1, '2026-02-28'],
        ['2026-01-31', 3, '2026-04-30'],
        ['2026-03-31', -1, '2026-02-28'],
        ['2026-05-31', 0, '2026-05-31'],
        ['2026-12-31', 12, '2027-12-31'],
        ['2027-11-30', -24, '2025-11-30'],
      ];

      expect(moves.map(([from, n]) => isoOf(addMonths(iso(from), n)))).toEqual(
        moves.map((m) => m[2]),
      );
    });
  });

  describe('dayOfDate / dateOfDay', () => {
    it('reads a Vilnius midnight as that calendar day, not the UTC day before', () => {
      const cell = new Date('2026-11-29T22:00:00Z');

      expect(isoOf(dayOfDate(cell, vilnius))).toBe('2026-11-30');
    });

    it('starts a day at local midnight across the spring daylight-saving change', () => {
      expect(dateOfDay(iso('2026-03-29'), vilnius).toISOString()).toBe('2026-03-28T22:00:00.000Z');
      expect(dateOfDay(iso('2026-03-30'), vilnius).toISOString()).toBe('2026-03-29T21:00:00.000Z');
    });

    it('starts a day at local midnight across the autumn daylight-saving change', () => {
      expect(dateOfDay(iso('2026-10-25'), vilnius).toISOString()).toBe('2026-10-24T21:00:00.000Z');
      expect(dateOfDay(iso('2026-10-26'), vilnius).toISOString()).toBe('2026-10-25T22:00:00.000Z');
      expect(dateOfDay(iso('2026-11-01'), newYork).toISOString()).toBe('2026-11-01T04:00:00.000Z');
    });

    it('writes the day the clocks jump from midnight to 01:00 as that day, not 23:00 the day before', () => {
      const starts = [
        ['Atlantic/Azores', '2026-03-29'],
        ['America/Havana', '2026-03-08'],
        ['America/Santiago', '2026-09-06'],
        ['Asia/Beirut', '2026-03-29'],
      ].map(([zone, day]) => dateOfDay(iso(day), intlZone(zone)).toISOString());

      expect(starts).toEqual([
        '2026-03-29T01:00:00.000Z',
        '2026-03-08T05:00:00.000Z',
        '2026-09-06T04:00:00.000Z',
        '2026-03-28T22:00:00.000Z',
      ]);
    });

    it('starts every day of 2026 at its first moment on the zone’s clocks, wherever the clocks change', () => {
      const zones = ['America/Santiago', 'Atlantic/Azores', 'Pacific/Auckland', 'Asia/Tehran'];
      const late = zones.flatMap((name) => {
        const zone = intlZone(name);
        const days = Array.from({ length: 365 }, (_, i) => dayOf(2026, 1, 1) + i);
        return days
          .filter((day) => {
            const start = dateOfDay(day, zone).getTime();
            return (
              dayOfDate(new Date(start), zone) !== day ||
              dayOfDate(new Date(start - 1), zone) === day
            );
          })
          .map((day) => `${name} ${isoOf(day)}`);
      });

      expect(late).toEqual([]);
    });

    it('round-trips every day in zones east and west of Greenwich', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: dayOf(2000, 1, 1), max: dayOf(2040, 12, 31) }),
          fc.constantFrom(vilnius, newYork, intlZone('Asia/Kolkata'), intlZone('Pacific/Auckland')),
          (day, zone) => {
            expect(dayOfDate(dateOfDay(day, zone), zone)).toBe(day);
          },
        ),
      );
    });

    it('reads any time of a day as that day', () => {
      const evening = new Date('2026-11-30T21:59:59Z');

      expect(isoOf(dayOfDate(evening, vilnius))).toBe('2026-11-30');
      expect(isoOf(dayOfDate(new Date('2026-11-30T22:00:00Z'), vilnius))).toBe('2026-12-01');
      expect(isoOf(dayOfDate(new Date('1969-12-31T23:00:00Z'), intlZone('UTC')))).toBe(
        '1969-12-31',
      );
    });
  });

  describe('weekdayOf and hourOf', () => {
    it('names the weekday and the hour on the spreadsheet’s clocks, for the digest’s day and hour', () => {
      expect(weekdayOf(dayOf(2026, 11, 30))).toBe(0);
      expect(weekdayOf(dayOf(1969, 12, 28))).toBe(6);
      expect(hourOf(new Date('2026-11-30T05:30:00Z'), vilnius)).toBe(7);
      expect(hourOf(new Date('2026-11-30T22:30:00Z'), vilnius)).toBe(0);
    });
  });
});
