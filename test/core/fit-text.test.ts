// Derived text within a cell (issue 12, B.3): lists cut with "… and N more", never refused.
import { cutText, joinWithin } from '../../src/core/fit-text';

const more = (n: number) => `… and ${n} more`;

describe('fit-text', () => {
  describe('joinWithin', () => {
    it('joins a list that fits as it is', () => {
      expect(joinWithin(['Ona', 'Petras'], ', ', 50, more)).toBe('Ona, Petras');
    });

    it('counts the names that do not fit instead of dropping them silently', () => {
      const names = Array.from({ length: 40 }, (_, i) => `Person ${i + 1}`);

      const text = joinWithin(names, ', ', 60, more);

      expect(text.length).toBeLessThanOrEqual(60);
      expect(text).toMatch(/^Person 1, Person 2, .*… and \d+ more$/);
      const shown = text.split(', ').length - 1;
      expect(text).toContain(`… and ${40 - shown} more`);
    });

    it('cuts a single name longer than the room, and still says how many more there are', () => {
      const text = joinWithin(['x'.repeat(50_000), 'Ona'], '; ', 100, more);

      expect(text.length).toBeLessThanOrEqual(100);
      expect(text).toMatch(/^x+…; … and 1 more$/);
    });
  });

  describe('cutText', () => {
    it('ends a cut text with an ellipsis at the given length', () => {
      expect(cutText('Petraitis', 5)).toBe('Petr…');
      expect(cutText('Ona', 5)).toBe('Ona');
    });
  });
});
