// R5 as the contact form needs it: whether a contact is personal (the R5 Decision) and which
// R5.2 pause, if any, a day falls inside.
import { isPersonal, pauseCovering, personalOf } from '../../src/core/contact-rules';

describe('contact-rules', () => {
  describe('isPersonal', () => {
    it('is personal when the account’s own manager meets, calls or video-calls (R5 Decision)', () => {
      const channels = ['inPerson', 'phone', 'video'];

      expect(channels.map((c) => isPersonal(c, ' Ieva@x.lt', 'ieva@x.lt '))).toEqual([
        true,
        true,
        true,
      ]);
    });

    it('is not personal in writing, by a colleague, or when nobody is named', () => {
      expect(isPersonal('email', 'ieva@x.lt', 'ieva@x.lt')).toBe(false);
      expect(isPersonal('letter', 'ieva@x.lt', 'ieva@x.lt')).toBe(false);
      expect(isPersonal('phone', 'mantas@x.lt', 'ieva@x.lt')).toBe(false);
      expect(isPersonal('phone', ' ', ' ')).toBe(false);
      expect(isPersonal('phone', '', '')).toBe(false);
    });
  });

  describe('personalOf', () => {
    it('takes the user’s Yes or No in the Personal cell over what the channel says (R5 Decision)', () => {
      const call = { channel: 'phone', ourPerson: 'ieva@x.lt' };

      expect(personalOf({ ...call, personal: false }, 'ieva@x.lt')).toBe(false);
      expect(personalOf({ channel: 'email', personal: true }, 'ieva@x.lt')).toBe(true);
    });

    it('works out a blank Personal cell from the channel and the account’s manager now', () => {
      const call = { channel: 'phone', ourPerson: 'Ieva@x.lt', personal: null };

      expect(personalOf(call, 'ieva@x.lt')).toBe(true);
      expect(personalOf(call, 'mantas@x.lt')).toBe(false);
    });

    it('is not personal when the row names no channel or nobody of ours', () => {
      expect(personalOf({ ourPerson: 'ieva@x.lt' }, 'ieva@x.lt')).toBe(false);
      expect(personalOf({ channel: 'phone', ourPerson: null }, 'ieva@x.lt')).toBe(false);
    });
  });

  describe('pauseCovering', () => {
    it('finds the pause a day falls inside: after the negative contact and before its 14th day (R5.2)', () => {
      const days = ['2026-11-20', '2026-11-21', '2026-12-03', '2026-12-04'].map((d) =>
        pauseCovering(['2026-11-20'], d, 14),
      );

      expect(days).toEqual([
        undefined,
        { negative: '2026-11-20', until: '2026-12-04' },
        { negative: '2026-11-20', until: '2026-12-04' },
        undefined,
      ]);
    });

    it('takes the latest negative contact whose pause covers the day, whatever their order', () => {
      const found = pauseCovering(
        ['2026-11-22', '2026-11-15', '2026-11-20', 'bad'],
        '2026-11-24',
        14,
      );

      expect(found).toEqual({ negative: '2026-11-22', until: '2026-12-06' });
      expect(pauseCovering(['2026-11-20', '2026-11-22'], '2026-11-24', 14)?.negative).toBe(
        '2026-11-22',
      );
    });

    it('finds no pause for a day that is not a date, or without negative contacts', () => {
      expect(pauseCovering(['2026-11-20'], 'tomorrow', 14)).toBeUndefined();
      expect(pauseCovering([], '2026-11-24', 14)).toBeUndefined();
    });

    it('follows the workbook’s pause length', () => {
      expect(pauseCovering(['2026-11-20'], '2026-11-24', 4)).toBeUndefined();
      expect(pauseCovering(['2026-11-20'], '2026-11-24', 5)?.until).toBe('2026-11-25');
    });
  });
});
