// The days a user gives the sidebar (R3.6, R5 Decision): facts happen today or earlier, and a
// review never goes before the last one. The form and the server run these same checks.
import { causeOf } from '../../src/core/errors';
import { checkNotAfterToday, checkReviewDay, checkText } from '../../src/dossier/validate';

const TODAY = '2026-11-26';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (error) {
    return causeOf(error)?.code;
  }
}

describe('validate', () => {
  describe('checkNotAfterToday', () => {
    it('accepts today and refuses tomorrow', () => {
      expect(checkNotAfterToday(TODAY, TODAY, 'values.date')).toBe(TODAY);
      expect(codeOf(() => checkNotAfterToday('2026-11-27', TODAY, 'values.date'))).toBe(
        'IN_FUTURE',
      );
    });
  });

  describe('checkReviewDay', () => {
    it('names the date field when a review day is missing, so the form marks that field', () => {
      let field: string | undefined;

      try {
        checkReviewDay(null, TODAY, null);
      } catch (error) {
        field = causeOf(error)?.field;
      }

      expect(field).toBe('date');
    });

    it('accepts the day of the last review and any day up to today', () => {
      expect(checkReviewDay('2026-10-10', TODAY, '2026-10-10')).toBe('2026-10-10');
      expect(checkReviewDay(TODAY, TODAY, null)).toBe(TODAY);
    });

    it('refuses the day before the last review, a future day, a blank and a non-date', () => {
      expect(codeOf(() => checkReviewDay('2026-10-09', TODAY, '2026-10-10'))).toBe(
        'BEFORE_LAST_REVIEW',
      );
      expect(codeOf(() => checkReviewDay('2026-12-01', TODAY, null))).toBe('IN_FUTURE');
      expect(codeOf(() => checkReviewDay('', TODAY, null))).toBe('REQUIRED');
      expect(codeOf(() => checkReviewDay('26.11.2026', TODAY, null))).toBe('NOT_A_DATE');
    });
  });

  describe('checkText', () => {
    it('keeps a reason up to its limit, trimmed, and refuses one a character longer (R4.3)', () => {
      expect(checkText('  moved to a later day ', 'reason', 23)).toBe('moved to a later day');
      expect(checkText('x'.repeat(5), 'reason', 5)).toBe('xxxxx');
      expect(codeOf(() => checkText('x'.repeat(6), 'reason', 5))).toBe('TOO_LONG');
    });
  });
});
