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

    it('keeps a list that exactly fills the cell whole', () => {
      expect(joinWithin(['Ona', 'Petras'], ', ', 11, more)).toBe('Ona, Petras');
    });

    it('keeps every name that fits beside the count, up to the last character', () => {
      const names = ['Ona Petraitienė', 'Jonas Jonaitis', 'Rūta Kazlauskienė'];

      const text = joinWithin(names, ', ', 45, more);

      expect(text).toBe('Ona Petraitienė, Jonas Jonaitis, … and 1 more');
    });

    it('cuts a lone text too long for the cell without claiming more to come', () => {
      const text = joinWithin(['x'.repeat(2_000)], ', ', 1_000, more);

      expect(text.length).toBeLessThanOrEqual(1_000);
      expect(text).toMatch(/^x+…$/);
    });
  });

  describe('cutText', () => {
    it('ends a cut text with an ellipsis at the given length', () => {
      expect(cutText('Petraitis', 5)).toBe('Petr…');
      expect(cutText('Ona', 5)).toBe('Ona');
    });

    it('keeps a text that exactly fills the room as it is', () => {
      expect(cutText('Ona', 3)).toBe('Ona');
    });
  });
});
