import {
  choiceKeyOf,
  choiceKeysOf,
  choiceLabel,
  choiceLabels,
  columnDef,
  columnLetter,
  findColumn,
  findSetting,
  findSheet,
  normalizeHeader,
} from '../../src/template';

describe('lookup', () => {
  describe('normalizeHeader', () => {
    it('ignores case and every kind of space', () => {
      const normalized = normalizeHeader(' Last\u00a0Positive  CONTACT\t');

      expect(normalized).toBe('lastpositivecontact');
    });
  });

  describe('findColumn', () => {
    it('finds a column by its English or Lithuanian header, whatever the case and spacing', () => {
      const english = findColumn('accounts', 'last positive contact');
      const lithuanian = findColumn('accounts', 'PASKUTINIS teigiamas kontaktas');

      expect(english?.key).toBe('lastPositiveContact');
      expect(lithuanian?.key).toBe('lastPositiveContact');
    });

    it('finds nothing for a header the sheet does not have, or a blank one', () => {
      const unknown = findColumn('contacts', 'Mood');
      const blank = findColumn('contacts', '  ');

      expect(unknown).toBeUndefined();
      expect(blank).toBeUndefined();
    });
  });

  describe('findSheet', () => {
    it('finds a sheet by its tab name in either language', () => {
      const sheets = ['Decision group', 'sprendimų grupė', 'Kliento dokumentacija'].map(
        (name) => findSheet(name)?.key,
      );

      expect(sheets).toEqual(['decisionGroup', 'decisionGroup', 'dossier']);
    });
  });

  describe('columnDef', () => {
    it('refuses a column key the sheet does not define', () => {
      const lookUp = () => columnDef('contacts', 'mood');

      expect(lookUp).toThrow('Unknown column "mood" in sheet "contacts"');
    });
  });

  describe('choiceKeyOf', () => {
    it('reads a decision-group role typed in either language, ignoring case and spaces (R3.3)', () => {
      const role = columnDef('decisionGroup', 'role');

      const keys = [
        'Decision maker',
        'sprendimų  PRIĖMĖJAS',
        'raktų sargas (vartininkas)',
        'Chief',
      ].map((text) => choiceKeyOf(role, text));

      expect(keys).toEqual(['decisionMaker', 'decisionMaker', 'gatekeeper', undefined]);
    });

    it('reads a yes/no cell in either language', () => {
      const personal = columnDef('contacts', 'personal');

      const keys = ['Taip', 'no', 'YES'].map((text) => choiceKeyOf(personal, text));

      expect(keys).toEqual(['yes', 'no', 'yes']);
    });
  });

  describe('choiceKeysOf', () => {
    it('reads several key types from one cell and reports the parts it does not know (R1.7)', () => {
      const keyTypes = columnDef('accounts', 'keyTypes');

      const read = choiceKeysOf(keyTypes, 'Perspektyvus klientas, expert; Golden antelope');

      expect(read).toEqual({ keys: ['prospective', 'expert'], unknown: ['Golden antelope'] });
    });
  });

  describe('choiceLabel and choiceLabels', () => {
    it('writes a choice in the workbook’s language and several joined by commas', () => {
      const outcome = columnDef('contacts', 'outcome');
      const keyTypes = columnDef('accounts', 'keyTypes');

      expect(choiceLabel(outcome, 'negative', 'lt')).toBe('Neigiamas');
      expect(choiceLabels(keyTypes, ['prospective', 'imageMaker'], 'en')).toBe(
        'Prospective, Image maker',
      );
    });

    it('refuses a choice key the column does not offer', () => {
      const outcome = columnDef('contacts', 'outcome');

      expect(() => choiceLabel(outcome, 'great', 'en')).toThrow('Unknown choice "great"');
    });
  });

  describe('findSetting', () => {
    it('finds the R5.2 pause setting by its label in either language', () => {
      const found = [
        'Pause after a negative contact (days)',
        'pauzė po neigiamo kontakto (dienos)',
      ].map((label) => findSetting(label)?.key);

      expect(found).toEqual(['pauseDays', 'pauseDays']);
    });
  });

  describe('columnLetter', () => {
    it('names columns A to Z, then AA onwards', () => {
      const letters = [0, 2, 25, 26, 27, 701, 702].map(columnLetter);

      expect(letters).toEqual(['A', 'C', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
    });
  });
});
