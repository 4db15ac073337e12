// R5: a positive contact at least every 10 days (R5.1), a 2-week pause after a negative one
// (R5.2), counted as the R5 Decisions say; who is in contact (R6.2).
import {
  type ContactEvent,
  contactStatus,
  contactsDatedLater,
  isInsidePause,
  lastContactByPerson,
  nextContactDue,
  nextPositiveContactDue,
  pauseEnd,
  pausesOf,
} from '../../src/core/contacts';
import { dayOfIso, isoOf } from '../../src/core/days';
import { DEFAULT_INTERVALS } from '../../src/core/intervals';

const iso = (text: string) => dayOfIso(text) as number;
const today = iso('2026-11-26');
const daysAgo = (n: number) => today - n;
const contact = (ago: number, outcome: ContactEvent['outcome'], personal = true): ContactEvent => ({
  day: daysAgo(ago),
  outcome,
  personal,
});

describe('contacts', () => {
  describe('nextPositiveContactDue', () => {
    it('is 10 days after the last positive contact (R5.1)', () => {
      expect(isoOf(nextPositiveContactDue(iso('2026-11-20')))).toBe('2026-11-30');
    });
  });

  describe('pauseEnd', () => {
    it('allows personal contact again 14 days after a negative one (R5.2)', () => {
      expect(isoOf(pauseEnd(iso('2026-11-20')))).toBe('2026-12-04');
      expect(isInsidePause(iso('2026-11-20'), iso('2026-12-03'))).toBe(true);
      expect(isInsidePause(iso('2026-11-20'), iso('2026-12-04'))).toBe(false);
      expect(isInsidePause(iso('2026-11-20'), iso('2026-11-20'))).toBe(false);
    });
  });

  describe('nextContactDue', () => {
    it('moves the due day to the end of a pause that covers it (R5.1, R5.2)', () => {
      expect(isoOf(nextContactDue(iso('2026-11-01'), iso('2026-11-05')) as number)).toBe(
        '2026-11-19',
      );
    });

    it('keeps the R5.1 day when an old negative contact ended its pause long ago', () => {
      expect(isoOf(nextContactDue(iso('2026-11-20'), iso('2026-09-01')) as number)).toBe(
        '2026-11-30',
      );
    });

    it('is blank with no contacts at all', () => {
      expect(nextContactDue(undefined, undefined)).toBeUndefined();
    });
  });

  describe('contactStatus', () => {
    it('says overdue after a gap of 11 days', () => {
      const status = contactStatus([contact(11, 'positive')], today);

      expect(status).toMatchObject({ kind: 'overdue', daysSince: 11, due: daysAgo(1) });
    });

    it('says due soon when the due day is within the warning days', () => {
      expect(contactStatus([contact(8, 'positive')], today)).toMatchObject({
        kind: 'dueSoon',
        daysSince: 8,
      });
      expect(contactStatus([contact(5, 'positive')], today)).toMatchObject({
        kind: 'ok',
        daysSince: 5,
      });
    });

    it('says pausing until day 14 after a negative contact 5 days ago (R5.2)', () => {
      const status = contactStatus([contact(20, 'positive'), contact(5, 'negative')], today);

      expect(status.kind).toBe('pausing');
      expect(status.pause).toEqual({ negative: daysAgo(5), until: daysAgo(5) + 14 });
    });

    it('flags a personal contact inside the pause as pause broken (R5.2)', () => {
      const contacts = [contact(8, 'negative'), contact(5, 'neutral', true)];

      expect(contactStatus(contacts, today)).toMatchObject({
        kind: 'pauseBroken',
        pause: { negative: daysAgo(8), breach: daysAgo(5) },
      });
    });

    it('does not count a colleague or a written reply inside the pause as a breach', () => {
      const contacts = [contact(8, 'negative'), contact(5, 'positive', false)];

      expect(contactStatus(contacts, today).kind).toBe('pausing');
    });

    it('returns to the R5.1 rhythm once the pause is over', () => {
      const contacts = [contact(20, 'negative'), contact(3, 'positive')];

      expect(contactStatus(contacts, today).kind).toBe('ok');
    });

    it('says never when no positive contact was ever logged', () => {
      expect(contactStatus([contact(3, 'neutral')], today)).toEqual({ kind: 'never' });
    });

    it('ignores contacts dated after today', () => {
      expect(contactStatus([contact(-2, 'negative'), contact(2, 'positive')], today).kind).toBe(
        'ok',
      );
    });

    it('counts a positive contact made today: the next one is due in 10 days (R5.1)', () => {
      const status = contactStatus([contact(0, 'positive')], today);

      expect(status).toEqual({ kind: 'ok', lastPositive: today, due: today + 10, daysSince: 0 });
    });

    it('counts the days from the latest positive contact, whatever the order of the rows (R5.1)', () => {
      const contacts = [contact(15, 'positive'), contact(3, 'positive'), contact(12, 'positive')];

      expect(contactStatus(contacts, today)).toMatchObject({ kind: 'ok', daysSince: 3 });
    });

    it('says due soon from 3 days before the due day up to the due day itself, overdue the day after (R5.1)', () => {
      const kinds = [6, 7, 10, 11].map(
        (ago) => contactStatus([contact(ago, 'positive')], today).kind,
      );

      expect(kinds).toEqual(['ok', 'dueSoon', 'dueSoon', 'overdue']);
    });

    it('shows the pause that lasts longest when two written complaints overlap (R5.2)', () => {
      const contacts = [
        contact(20, 'positive'),
        contact(10, 'negative', false),
        contact(3, 'negative', false),
      ];

      expect(contactStatus(contacts, today)).toMatchObject({
        kind: 'pausing',
        pause: { negative: daysAgo(3), until: daysAgo(3) + 14 },
      });
    });

    it('follows configured intervals', () => {
      const intervals = { ...DEFAULT_INTERVALS, positiveContactDays: 7, contactDueSoonDays: 0 };

      expect(contactStatus([contact(8, 'positive')], today, intervals).kind).toBe('overdue');
    });
  });

  describe('contactsDatedLater', () => {
    it('names a contact dated tomorrow for the user to correct, not one dated today', () => {
      const contacts = [contact(0, 'positive'), contact(-1, 'positive'), contact(3, 'negative')];

      expect(contactsDatedLater(contacts, today)).toEqual([contact(-1, 'positive')]);
    });
  });

  describe('lastContactByPerson', () => {
    it('gives each client person’s latest contact by today, for who is in contact (R6.2)', () => {
      const ona = (day: string): ContactEvent => ({
        day: iso(day),
        outcome: 'neutral',
        personal: true,
        person: 'ona',
      });
      const contacts = [ona('2026-11-01'), ona('2026-11-20'), ona('2026-11-05'), ona('2026-12-05')];

      expect(lastContactByPerson(contacts, today)).toEqual(new Map([['ona', iso('2026-11-20')]]));
    });
  });

  describe('pausesOf', () => {
    it('lists every pause with its first breach, for the scorecard (R4.3)', () => {
      const contacts = [
        contact(60, 'negative'),
        contact(55, 'positive'),
        contact(30, 'negative'),
        contact(10, 'positive'),
      ];

      expect(pausesOf(contacts, today)).toEqual([
        { negative: daysAgo(60), until: daysAgo(46), breach: daysAgo(55) },
        { negative: daysAgo(30), until: daysAgo(16) },
      ]);
    });

    it('lists the pauses in date order with the first breach in time, whatever the order of the rows (R5.2)', () => {
      const contacts = [
        contact(2, 'neutral'),
        contact(4, 'positive'),
        contact(5, 'negative'),
        contact(40, 'positive'),
        contact(30, 'negative'),
      ];

      expect(pausesOf(contacts, today)).toEqual([
        { negative: daysAgo(30), until: daysAgo(16) },
        { negative: daysAgo(5), until: daysAgo(5) + 14, breach: daysAgo(4) },
      ]);
    });
  });
});
