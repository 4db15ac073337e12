import { dayOfIso, isoOf } from '../../src/core/days';
import { DEFAULT_INTERVALS } from '../../src/core/intervals';
import { nextReviewDue, reviewStatus } from '../../src/core/review';

const iso = (text: string) => dayOfIso(text) as number;

describe('review', () => {
  describe('nextReviewDue', () => {
    it('is due 3 calendar months after the last review (R3.6)', () => {
      expect(isoOf(nextReviewDue(iso('2026-11-30')))).toBe('2027-02-28');
      expect(isoOf(nextReviewDue(iso('2026-08-15')))).toBe('2026-11-15');
    });

    it('follows a configured number of months', () => {
      expect(isoOf(nextReviewDue(iso('2026-01-31'), 1))).toBe('2026-02-28');
    });
  });

  describe('reviewStatus', () => {
    it('says overdue by 12 days when the last review was 2026-07-01 and today is 2026-10-13', () => {
      expect(reviewStatus(iso('2026-07-01'), iso('2026-10-13'))).toEqual({
        kind: 'overdue',
        due: iso('2026-10-01'),
        daysOverdue: 12,
      });
    });

    it('says due soon the day before and on the due day', () => {
      expect(reviewStatus(iso('2026-08-27'), iso('2026-11-26'))).toMatchObject({
        kind: 'dueSoon',
        daysLeft: 1,
      });
      expect(reviewStatus(iso('2026-08-26'), iso('2026-11-26'))).toMatchObject({
        kind: 'dueSoon',
        daysLeft: 0,
      });
    });

    it('says due soon from 14 days before the due day, and ok the day before that (R3.6)', () => {
      const today = iso('2026-11-26');

      expect(reviewStatus(iso('2026-09-10'), today)).toMatchObject({
        kind: 'dueSoon',
        daysLeft: 14,
      });
      expect(reviewStatus(iso('2026-09-11'), today)).toMatchObject({ kind: 'ok', daysLeft: 15 });
    });

    it('says ok while more than the warning days remain', () => {
      const today = iso('2026-11-26');

      expect(reviewStatus(iso('2026-11-01'), today)).toMatchObject({ kind: 'ok', daysLeft: 67 });
      expect(
        reviewStatus(iso('2026-09-10'), today, { ...DEFAULT_INTERVALS, reviewDueSoonDays: 0 }),
      ).toMatchObject({
        kind: 'ok',
      });
    });

    it('says never when the dossier was never reviewed', () => {
      expect(reviewStatus(undefined, iso('2026-11-26'))).toEqual({ kind: 'never' });
    });
  });
});
