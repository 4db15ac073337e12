// R3.3 and R6.2: is the client's decision group covered? A decision maker known, a supporter
// won, no strong opponent unanswered, more than one person and every division in contact.
import { coverageOf, type Person, ROLES } from '../../src/core/coverage';
import { dayOfIso } from '../../src/core/days';

const day = (iso: string) => dayOfIso(iso)!;
const TODAY = day('2026-11-26');
const WINDOW = day('2026-08-26');
const NOBODY = new Map<string, number>();
const cover = (people: Person[], contacted = NOBODY) =>
  coverageOf(people, contacted, WINDOW, TODAY);

describe('coverage', () => {
  describe('coverageOf', () => {
    it('counts a person in the supporter role as a supporter, whatever their attitude (R3.3)', () => {
      const people: Person[] = [
        { name: 'Petras', role: 'decisionMaker', attitude: 'neutral' },
        { name: 'Ona', role: 'supporter', attitude: 'neutral' },
      ];

      expect(cover(people).noSupporter).toBe(false);
    });

    it('counts a person of any role with a supporter attitude as a supporter (R3.3)', () => {
      const people: Person[] = [{ name: 'Petras', role: 'user', attitude: 'supporter' }];

      expect(cover(people).noSupporter).toBe(false);
    });

    it('finds no supporter in a group of neutral people, nor in an empty group', () => {
      const people: Person[] = [
        { name: 'Petras', role: 'decisionMaker', attitude: 'neutral' },
        { name: 'Jonas', role: 'opponent' },
      ];

      expect(cover(people).noSupporter).toBe(true);
      expect(cover([]).noSupporter).toBe(true);
    });

    it('knows a decision maker only by the role (R3.3)', () => {
      const people: Person[] = [{ name: 'Petras', role: 'advisor', attitude: 'supporter' }];

      expect(cover(people).noDecisionMaker).toBe(true);
      expect(cover([{ name: 'Ona', role: 'decisionMaker' }]).noDecisionMaker).toBe(false);
      expect(cover([]).noDecisionMaker).toBe(true);
    });

    it('names opponents of high influence, by role or by attitude, and not those of lower influence (R3.3)', () => {
      const people: Person[] = [
        { name: 'Jonas', role: 'opponent', influence: 'high' },
        { name: 'Rasa', role: 'user', attitude: 'opponent', influence: 'high' },
        { name: 'Tomas', role: 'opponent', influence: 'medium' },
        { name: 'Ona', role: 'supporter', influence: 'high' },
      ];

      expect(cover(people).strongOpponents).toEqual(['Jonas', 'Rasa']);
    });

    it('lists the roles nobody in the group holds, for the sidebar’s coverage line', () => {
      const people: Person[] = [
        { name: 'Petras', role: 'decisionMaker' },
        { name: 'Ona', role: 'user' },
      ];

      expect(cover(people).rolesUncovered).toEqual(
        ROLES.filter((r) => r !== 'decisionMaker' && r !== 'user'),
      );
    });

    it('counts people in contact within the review interval, today and its first day included (R6.2)', () => {
      const people: Person[] = [
        { name: 'On the first day', lastContact: WINDOW },
        { name: 'Today', lastContact: TODAY },
        { name: 'A day too early', lastContact: WINDOW - 1 },
        { name: 'Tomorrow', lastContact: TODAY + 1 },
        { name: 'Never' },
      ];

      expect(cover(people).peopleInContact).toBe(2);
    });

    it('takes the later of a person’s logged contact and their own last-contact date, names matched in any case', () => {
      const contacted = new Map([['petras', day('2026-11-01')]]);
      const people: Person[] = [
        { name: ' Petras ', division: 'Board', lastContact: day('2025-01-01') },
        { name: 'Ona', division: 'Sales', lastContact: day('2026-11-20') },
      ];

      const coverage = cover(people, contacted);

      expect(coverage.peopleInContact).toBe(2);
      expect(coverage.divisionsWithoutContact).toEqual([]);
    });

    it('counts a logged contact with someone outside the group, and each person once', () => {
      const contacted = new Map([
        ['petras', day('2026-11-01')],
        ['someone else', day('2026-11-02')],
        ['old friend', day('2026-01-01')],
      ]);

      expect(cover([{ name: 'Petras', lastContact: TODAY }], contacted).peopleInContact).toBe(2);
    });

    it('names the divisions where nobody was in contact, a division counting once and blanks ignored (R6.2)', () => {
      const people: Person[] = [
        { name: 'Petras', division: 'Board', lastContact: day('2026-11-01') },
        { name: 'Ona', division: ' Board ', lastContact: day('2026-01-01') },
        { name: 'Jonas', division: 'IT', lastContact: day('2026-01-01') },
        { name: 'Rasa', division: 'IT' },
        { name: 'Tomas', division: '  ' },
        { name: 'Eglė', division: 'Sales', lastContact: TODAY + 3 },
      ];

      expect(cover(people).divisionsWithoutContact).toEqual(['IT', 'Sales']);
    });

    it('keeps a division in contact when its contacted person comes first', () => {
      const people: Person[] = [
        { name: 'Ona', division: 'Board', lastContact: day('2026-11-01') },
        { name: 'Petras', division: 'Board' },
      ];

      expect(cover(people).divisionsWithoutContact).toEqual([]);
    });
  });
});
