// R5.1 and R6.2 per person: days since our last contact, coloured by the account's windows.
import { dayOfIso } from '../../src/core/days';
import { lastContactWith, personRhythm } from '../../src/core/person-rhythm';

const day = (iso: string) => dayOfIso(iso)!;
const today = day('2026-11-26');

describe('lastContactWith', () => {
  it('takes the later of the contact log and the Last contact cell, counting today and never a day after it (R6.2)', () => {
    expect(lastContactWith(day('2026-11-20'), day('2026-11-22'), today)).toBe(day('2026-11-22'));
    expect(lastContactWith(day('2026-11-20'), day('2026-12-01'), today)).toBe(day('2026-11-20'));
    expect(lastContactWith(undefined, undefined, today)).toBeUndefined();
    expect(lastContactWith(today, undefined, today)).toBe(today);
  });
});

describe('personRhythm', () => {
  it('is in rhythm up to day 6, due soon from day 7 to 10, overdue from day 11 (10 days, warned 3 ahead)', () => {
    const kinds = [6, 7, 10, 11].map((n) => personRhythm(today - n, today).kind);

    expect(kinds).toEqual(['ok', 'dueSoon', 'dueSoon', 'overdue']);
  });

  it('turns grey once the last contact falls before the review interval, and when there is none', () => {
    expect(personRhythm(day('2026-08-26'), today).kind).toBe('overdue');
    expect(personRhythm(day('2026-08-25'), today)).toEqual({
      kind: 'lapsed',
      last: day('2026-08-25'),
      days: 93,
    });
    expect(personRhythm(undefined, today).kind).toBe('never');
  });

  it('follows the workbook’s own windows', () => {
    const intervals = { positiveContactDays: 20, contactDueSoonDays: 5, reviewMonths: 1 };

    expect(personRhythm(today - 14, today, intervals).kind).toBe('ok');
    expect(personRhythm(today - 15, today, intervals).kind).toBe('dueSoon');
    expect(personRhythm(day('2026-10-25'), today, intervals).kind).toBe('lapsed');
  });
});
