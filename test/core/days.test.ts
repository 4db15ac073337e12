import fc from 'fast-check';
import {
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
