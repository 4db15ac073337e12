import {
  type ContactEvent,
  contactStatus,
  isInsidePause,
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

    it('follows configured intervals', () => {
      const intervals = { ...DEFAULT_INTERVALS, positiveContactDays: 7, contactDueSoonDays: 0 };

      expect(contactStatus([contact(8, 'positive')], today, intervals).kind).toBe('overdue');
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
  });
});
