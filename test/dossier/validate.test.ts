// What the sidebar sends is checked field by field before anything is written (the form runs
// the same checks): every refusal names the field at fault, so the user sees where to fix it.
import { causeOf } from '../../src/core/errors';
import { fieldsFor } from '../../src/dossier/fields';
import type { FieldDef } from '../../src/dossier/types';
import {
  checkAccountId,
  checkBoolean,
  checkKey,
  checkOneOf,
  checkPayload,
  checkRequestId,
  checkValue,
  checkValues,
  isBlankValue,
  isPlainObject,
} from '../../src/dossier/validate';

/** The code, field and detail a check refused with, or "accepted". */
function refusal(check: () => unknown): unknown {
  try {
    check();
  } catch (error) {
    const cause = causeOf(error);
    if (!cause) throw error;
    return { code: cause.code, field: cause.field, detail: cause.detail };
  }
  return 'accepted';
}

const field = (type: FieldDef['type'], extra: Partial<FieldDef> = {}): FieldDef => ({
  key: 'f',
  label: 'F',
  help: '',
  type,
  required: false,
  ...extra,
});

const THREAT = field('choice', {
  key: 'threat',
  choices: [
    { key: 'low', label: 'Low' },
    { key: 'high', label: 'High' },
  ],
});
const TAGS = field('multiChoice', { key: 'tags', choices: THREAT.choices });
const fields = fieldsFor('en');

describe('validate', () => {
  describe('checkValue', () => {
    it('reads null and undefined as a blank field of any type', () => {
      const types: FieldDef['type'][] = ['text', 'number', 'date', 'choice', 'yesNo'];

      const values = types.map((type) => [
        checkValue(field(type), null),
        checkValue(field(type), undefined),
      ]);

      expect(values.flat()).toEqual(Array(10).fill(null));
    });

    it('keeps text exactly as typed, and reads only spaces as blank', () => {
      const text = field('text');

      expect(checkValue(text, '  Acme, since 1990 ')).toBe('  Acme, since 1990 ');
      expect(checkValue(text, '   ')).toBeNull();
    });

    it('refuses text longer than the field allows, saying the limit, and takes text of exactly that length', () => {
      const short = field('text', { key: 'bank', maxLength: 5 });

      expect(checkValue(short, 'abcde')).toBe('abcde');
      expect(refusal(() => checkValue(short, 'abcdef'))).toEqual({
        code: 'TOO_LONG',
        field: 'values.bank',
        detail: '5',
      });
    });

    it('refuses a number where text is expected', () => {
      expect(refusal(() => checkValue(field('longText'), 12))).toMatchObject({ code: 'NOT_TEXT' });
    });

    it('trims an e-mail and refuses one without a domain', () => {
      const email = field('email', { key: 'owner' });

      expect(checkValue(email, ' ieva@x.lt ')).toBe('ieva@x.lt');
      expect(refusal(() => checkValue(email, 'ieva@x'))).toMatchObject({
        code: 'NOT_AN_EMAIL',
        field: 'values.owner',
      });
      expect(checkValue(email, '  ')).toBeNull();
    });

    it('names the field where the caller says it is', () => {
      expect(refusal(() => checkValue(field('yesNo'), 'yes', 'rows.3.archived'))).toMatchObject({
        code: 'NOT_YES_NO',
        field: 'rows.3.archived',
      });
    });

    it('refuses a headcount typed as text, a fraction of a person and a negative number', () => {
      const employees = field('number', { key: 'employees' });

      expect(refusal(() => checkValue(employees, '12'))).toMatchObject({ code: 'NOT_A_NUMBER' });
      expect(refusal(() => checkValue(employees, 12.5))).toMatchObject({ code: 'NOT_WHOLE' });
      expect(refusal(() => checkValue(employees, -1))).toMatchObject({ code: 'NEGATIVE' });
      expect(checkValue(employees, 0)).toBe(0);
    });

    it('takes money with cents, and refuses amounts beyond 10^15, NaN and infinity', () => {
      const budget = field('money', { key: 'budgetEstimate' });

      expect(checkValue(budget, 1234.56)).toBe(1234.56);
      expect(checkValue(budget, 1e15)).toBe(1e15);
      for (const bad of [1e15 + 1, Number.NaN, Number.POSITIVE_INFINITY, -2e15])
        expect(refusal(() => checkValue(budget, bad))).toMatchObject({ code: 'NOT_A_NUMBER' });
      expect(refusal(() => checkValue(budget, -1e15))).toMatchObject({ code: 'NEGATIVE' });
    });

    it('takes a real calendar day from 1900 to 2199 as ISO text, and reads "" as blank', () => {
      const due = field('date', { key: 'due' });

      expect(['1900-01-01', '2028-02-29', '2199-12-31'].map((d) => checkValue(due, d))).toEqual([
        '1900-01-01',
        '2028-02-29',
        '2199-12-31',
      ]);
      expect(checkValue(due, '')).toBeNull();
    });

    it('refuses a date before 1900 or after 2199 (a typo), a day that does not exist, and a date as a number', () => {
      const due = field('date', { key: 'due' });

      for (const bad of ['1899-12-31', '2200-01-01', '2027-02-29', '26.11.2026', 46000])
        expect(refusal(() => checkValue(due, bad))).toEqual({
          code: 'NOT_A_DATE',
          field: 'values.due',
          detail: undefined,
        });
    });

    it('takes a choice by its key, reads "" as blank, and refuses anything else listing the choices', () => {
      expect(checkValue(THREAT, 'high')).toBe('high');
      expect(checkValue(THREAT, '')).toBeNull();
      for (const bad of ['High', 'medium', 1])
        expect(refusal(() => checkValue(THREAT, bad))).toEqual({
          code: 'NOT_A_CHOICE',
          field: 'values.threat',
          detail: 'Low, High',
        });
    });

    it('takes a list of choices once each, and refuses a non-list or an unknown choice', () => {
      expect(checkValue(TAGS, ['high', 'low', 'high'])).toEqual(['high', 'low']);
      expect(checkValue(TAGS, [])).toEqual([]);
      expect(refusal(() => checkValue(TAGS, 'high'))).toMatchObject({
        code: 'NOT_A_LIST',
        detail: 'Low, High',
      });
      expect(refusal(() => checkValue(TAGS, ['high', 'odd']))).toMatchObject({
        code: 'NOT_A_CHOICE',
        detail: 'Low, High',
      });
      expect(refusal(() => checkValue(TAGS, ['high', 7]))).toMatchObject({ code: 'NOT_A_CHOICE' });
    });

    it('refuses a list longer than twice the choices (no flooding), and takes one of exactly that', () => {
      expect(checkValue(TAGS, ['low', 'low', 'high', 'high'])).toEqual(['low', 'high']);
      expect(refusal(() => checkValue(TAGS, ['low', 'low', 'high', 'high', 'low']))).toMatchObject({
        code: 'NOT_A_LIST',
      });
      expect(refusal(() => checkValue(field('multiChoice'), ['x']))).toMatchObject({
        code: 'NOT_A_LIST',
      });
    });

    it('refuses a date sent as a list holding a date', () => {
      expect(refusal(() => checkValue(field('date'), ['2026-11-30']))).toMatchObject({
        code: 'NOT_A_DATE',
      });
    });

    it('refuses any value of a choice field that offers no choices', () => {
      expect(refusal(() => checkValue(field('choice'), 'x'))).toMatchObject({
        code: 'NOT_A_CHOICE',
        detail: '',
      });
    });

    it('takes yes/no only as true or false', () => {
      expect(checkValue(field('yesNo'), false)).toBe(false);
      expect(checkValue(field('yesNo'), true)).toBe(true);
      expect(refusal(() => checkValue(field('yesNo'), 'no'))).toMatchObject({ code: 'NOT_YES_NO' });
    });
  });

  describe('isBlankValue', () => {
    it('sees null, undefined, only spaces and an empty list as blank, and 0 or false as filled', () => {
      const blanks = [null, undefined, ' ', []].map(isBlankValue);
      const filled = [0, false, 'x', ['a']].map(isBlankValue);

      expect(blanks).toEqual([true, true, true, true]);
      expect(filled).toEqual([false, false, false, false]);
    });
  });

  describe('isPlainObject', () => {
    it('takes a plain object, also one without a prototype, and refuses lists, dates and null', () => {
      const plain = [{}, Object.create(null)].map(isPlainObject);
      const others = [[], new Date(), null, 'x', new (class Payload {})(), undefined].map(
        isPlainObject,
      );

      expect(plain).toEqual([true, true]);
      expect(others).toEqual([false, false, false, false, false, false]);
    });
  });

  describe('checkValues', () => {
    it('refuses a new contact without its date, naming the field (the form’s required check, R5)', () => {
      const values = { ourPerson: 'ieva@x.lt', channel: 'meeting', outcome: 'positive' };

      expect(refusal(() => checkValues(fields.contacts, values, false))).toEqual({
        code: 'REQUIRED',
        field: 'values.date',
        detail: undefined,
      });
    });

    it('lets an edit send only the fields it changes', () => {
      const values = { outcome: 'negative' };

      expect(checkValues(fields.contacts, values, true)).toEqual({ outcome: 'negative' });
    });

    it('refuses a required field sent blank, even in an edit', () => {
      expect(refusal(() => checkValues(fields.contacts, { outcome: '' }, true))).toMatchObject({
        code: 'REQUIRED',
        field: 'values.outcome',
      });
      expect(refusal(() => checkValues(fields.plan, { action: '  ' }, true))).toMatchObject({
        code: 'REQUIRED',
        field: 'values.action',
      });
    });

    it('keeps optional fields sent blank as blanks, so a user can clear them', () => {
      const values = checkValues(fields.contacts, { summary: '', nextStep: null }, true);

      expect(values).toEqual({ summary: null, nextStep: null });
    });

    it('refuses a field the section does not have, and a payload that is not an object', () => {
      expect(refusal(() => checkValues(fields.contacts, { mood: 'good' }, true))).toMatchObject({
        code: 'UNKNOWN_FIELD',
        field: 'values.mood',
      });
      expect(refusal(() => checkValues(fields.contacts, [], true, 'rows.0'))).toMatchObject({
        code: 'NOT_AN_OBJECT',
        field: 'rows.0',
      });
    });

    it('checks each value sent, naming it under the given place', () => {
      expect(
        refusal(() => checkValues(fields.contacts, { date: '2026-02-30' }, true, 'edit')),
      ).toMatchObject({ code: 'NOT_A_DATE', field: 'edit.date' });
    });
  });

  describe('checkPayload', () => {
    it('takes an object with exactly the keys asked for', () => {
      const payload = { accountId: 'KA-001', values: {} };

      expect(checkPayload(payload, ['accountId', 'values'])).toBe(payload);
    });

    it('refuses a missing key, an extra key and a non-object, naming what is wrong', () => {
      expect(refusal(() => checkPayload({ accountId: 'x' }, ['accountId', 'values']))).toEqual({
        code: 'REQUIRED',
        field: 'values',
        detail: undefined,
      });
      expect(refusal(() => checkPayload({ accountId: 'x', admin: 1 }, ['accountId']))).toEqual({
        code: 'UNKNOWN_FIELD',
        field: 'admin',
        detail: undefined,
      });
      expect(refusal(() => checkPayload('x', ['accountId']))).toMatchObject({
        code: 'NOT_AN_OBJECT',
        field: 'payload',
      });
    });

    it('does not count an inherited property such as toString as a key sent', () => {
      expect(refusal(() => checkPayload({}, ['toString']))).toMatchObject({
        code: 'REQUIRED',
        field: 'toString',
      });
    });
  });

  describe('checkAccountId', () => {
    it('trims an account id and takes up to 100 characters', () => {
      expect(checkAccountId(' KA-001 ')).toBe('KA-001');
      expect(checkAccountId('x'.repeat(100))).toHaveLength(100);
    });

    it('refuses a blank id, a number and an id over 100 characters', () => {
      expect(refusal(() => checkAccountId('  '))).toMatchObject({
        code: 'REQUIRED',
        field: 'accountId',
      });
      expect(refusal(() => checkAccountId(1, 'id'))).toMatchObject({
        code: 'NOT_TEXT',
        field: 'id',
      });
      expect(refusal(() => checkAccountId('x'.repeat(101)))).toMatchObject({
        code: 'TOO_LONG',
        detail: '100',
      });
    });
  });

  describe('checkKey', () => {
    it('takes a row key as loaded: 16 lowercase hex digits, a dot and its place', () => {
      const keys = ['0123456789abcdef.0', '0123456789abcdef.1234567'];

      expect(keys.map((key) => checkKey(key))).toEqual(keys);
    });

    it('refuses anything else as a bad key, so an edit can never land on a guessed row', () => {
      const bad = [
        '0123456789ABCDEF.0',
        '0123456789abcde.0',
        '0123456789abcdef.12345678',
        '0123456789abcdef.',
        'x0123456789abcdef.0',
        '0123456789abcdef.0x',
        '',
        12,
      ];

      for (const key of bad)
        expect(refusal(() => checkKey(key))).toEqual({
          code: 'BAD_KEY',
          field: 'key',
          detail: undefined,
        });
    });

    it('takes a blank key only where the caller allows one (a row not saved yet)', () => {
      expect(checkKey('', 'rows.0.key', true)).toBe('');
      expect(refusal(() => checkKey('abc', 'rows.0.key', true))).toMatchObject({ code: 'BAD_KEY' });
      expect(refusal(() => checkKey(['0123456789abcdef.0']))).toMatchObject({ code: 'BAD_KEY' });
      expect(refusal(() => checkKey('', 'rows.0.key'))).toMatchObject({ field: 'rows.0.key' });
    });
  });

  describe('checkRequestId', () => {
    it("takes a save's request id as the sidebar sends it, and none when a payload has none", () => {
      const ids = ['3f2c9a7e-1b2d-4c5e-8f90-a1b2c3d4e5f6', 'abc_DEF1', 'x'.repeat(64)];

      expect(ids.map((id) => checkRequestId(id))).toEqual(ids);
      expect(checkRequestId(undefined)).toBeUndefined();
    });

    it('refuses any other request id, so a retried save is known only by its own id', () => {
      const bad = ['abc1234', 'x'.repeat(65), '!abcdefgh', 'abcdefgh!', 'abcd efgh', '', 12345678];

      for (const id of bad)
        expect(refusal(() => checkRequestId(id))).toEqual({
          code: 'BAD_KEY',
          field: 'requestId',
          detail: undefined,
        });
    });
  });

  describe('checkOneOf and checkBoolean', () => {
    it('takes one of the allowed words and refuses another, listing them', () => {
      expect(checkOneOf('plan', ['plan', 'contacts'], 'section')).toBe('plan');
      expect(refusal(() => checkOneOf('all', ['plan', 'contacts'], 'section'))).toEqual({
        code: 'NOT_A_CHOICE',
        field: 'section',
        detail: 'plan, contacts',
      });
      expect(refusal(() => checkOneOf(1, ['plan'], 'section'))).toMatchObject({
        code: 'NOT_A_CHOICE',
      });
    });

    it('takes a confirmation only as true or false', () => {
      expect(checkBoolean(true, 'confirmed')).toBe(true);
      expect(refusal(() => checkBoolean('yes', 'confirmed'))).toMatchObject({
        code: 'NOT_BOOLEAN',
        field: 'confirmed',
      });
    });
  });
});
