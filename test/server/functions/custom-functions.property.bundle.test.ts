// Bundle-level: drives dist/Code.js through the emulator (`npm run build` first).
// Thousands of random cells and ranges through every custom function of the bundle: each
// answer is well shaped or a clear message, and invalid input never gets a tier or a share.
import fc from 'fast-check';
import { createKamEmulator } from '../../../dev/kam-emulator';

const emu = createKamEmulator({ locale: 'en_US' });
const TIERS = ['Regular', 'Key', 'Critical', 'Mono-client'];

const cell = fc.oneof(
  fc.double(),
  fc.double({ min: -1e300, max: 1e300 }),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    1e-300,
    1e300,
    0,
    -0,
  ),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('=IMPORTXML("http://x","//a")', '+1', '-5', '@x', '120', '2026-11-30', '10%'),
  fc.boolean(),
  fc.date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
  fc.constant(''),
);
const range = fc.array(fc.array(cell, { minLength: 1, maxLength: 3 }), {
  minLength: 1,
  maxLength: 6,
});
const ragged = fc.array(fc.array(cell, { maxLength: 3 }), { maxLength: 4 });
const argument = fc.oneof(cell, range, ragged);

const isValidRevenue = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isRectangular = (v: unknown): v is unknown[][] =>
  Array.isArray(v) &&
  v.length > 0 &&
  v.every((r) => Array.isArray(r) && r.length === (v[0] as unknown[]).length && r.length > 0);

function call(name: string, args: unknown[]): { value?: unknown; error?: string } {
  try {
    return { value: emu.customFunction(name, ...args) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** A thrown problem names its function and says what was expected. */
function expectClearError(name: string, error: string): void {
  expect(error).toMatch(
    new RegExp(
      `^${name}: [a-z_]+( in (row \\d+|column [A-Z]+|cell [A-Z]+\\d+)|, the \\d+(st|nd|rd|th) value of the range,)? must be .+; got .+\\.$`,
    ),
  );
}

describe('custom functions under random input', () => {
  it.each(['KAM_TIER', 'KAM_SHARE'])(
    '%s answers every cell with a result, a blank or a ⚠ message',
    (name) => {
      fc.assert(
        fc.property(
          argument,
          fc.option(fc.oneof(cell, range), { nil: undefined }),
          (revenue, total) => {
            const result = call(name, total === undefined ? [revenue] : [revenue, total]);

            if (result.error !== undefined) return expectClearError(name, result.error);
            const inputs = isRectangular(revenue) ? revenue : [[revenue]];
            const outputs = isRectangular(revenue)
              ? (result.value as unknown[][])
              : [[result.value]];
            expect(outputs.length).toBe(inputs.length);
            inputs.forEach((row, r) => {
              expect(outputs[r].length).toBe(row.length);
              row.forEach((input, c) => {
                const output = outputs[r][c];
                if (typeof output === 'string' && output.startsWith('⚠')) {
                  expect(output).toMatch(new RegExp(`^⚠ ${name}: `));
                } else if (input === '') {
                  expect(output).toBe('');
                } else {
                  expect(isValidRevenue(input)).toBe(true);
                  if (name === 'KAM_TIER') expect(TIERS).toContain(output);
                  else expect(output).toBeGreaterThanOrEqual(0);
                }
              });
            });
          },
        ),
        { numRuns: 500 },
      );
    },
  );

  it('KAM_HHI answers a number from 0 to 10,000, a blank, or a clear error', () => {
    fc.assert(
      fc.property(argument, (revenues) => {
        const result = call('KAM_HHI', [revenues]);

        if (result.error !== undefined) return expectClearError('KAM_HHI', result.error);
        if (result.value === '') return;
        expect(result.value).toBeGreaterThanOrEqual(0);
        expect(result.value).toBeLessThanOrEqual(10_000);
        const cells = (isRectangular(revenues) ? revenues : [[revenues]]).flat();
        expect(cells.every((v) => v === '' || isValidRevenue(v))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it.each(['KAM_NEXT_REVIEW', 'KAM_NEXT_CONTACT', 'KAM_PAUSE_END'])(
    '%s answers a date only for a date',
    (name) => {
      fc.assert(
        fc.property(argument, (input) => {
          const result = call(name, [input]);

          if (result.error !== undefined) return expectClearError(name, result.error);
          const inputs = isRectangular(input) ? input : [[input]];
          const outputs = isRectangular(input) ? (result.value as unknown[][]) : [[result.value]];
          inputs.forEach((row, r) => {
            row.forEach((value, c) => {
              const output = outputs[r][c];
              if (output instanceof Date) expect(value).toBeInstanceOf(Date);
              else if (value === '') expect(output).toBe('');
              else expect(String(output)).toMatch(new RegExp(`^⚠ ${name}: `));
            });
          });
        }),
        { numRuns: 500 },
      );
    },
  );
});
