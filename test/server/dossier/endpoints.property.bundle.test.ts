// Bundle-level: drives dist/Code.js through the emulator (`npm run build` first).
// Every sidebar endpoint fed random and malformed payloads through google.script.run (issue 5,
// item 9): each answers { ok: false, field, message } and the workbook is left as it was.
import fc from 'fast-check';
import type { Result, SectionResult } from '../../../src/dossier/types';
import { demoWorkbook } from '../../helpers/demo-workbook';

const emu = demoWorkbook();
const loaded = emu.scriptRun('kamLoadDossier', 'KA-001') as Result;
if (!loaded.ok) throw new Error(loaded.message);
const { dossierKey, people } = loaded.state.account!;
const section = emu.scriptRun('kamLoadSection', {
  accountId: 'KA-001',
  section: 'plan',
}) as SectionResult;
if (!section.ok) throw new Error(section.message);
const plan = section.patch.plan ?? [];
const KEYS = new Set([dossierKey, ...people.map((p) => p.key), ...plan.map((p) => p.key)]);
const IDS = new Set((loaded.state.accounts ?? []).map((a) => a.id.toLowerCase()));
const sheets = () => JSON.stringify(JSON.parse(emu.snapshot()).spreadsheets);
const BEFORE = sheets();

/** An id that names no account. */
const unknownId = fc.string({ maxLength: 120 }).filter((s) => !IDS.has(s.trim().toLowerCase()));
/** A row key as the sidebar sends it, naming no row of the account as loaded. */
const staleKey = fc.stringMatching(/^[0-9a-f]{16}\.\d$/).filter((k) => !KEYS.has(k));
const huge = fc.constantFrom('x'.repeat(50_001), '='.repeat(60_000));
const junk = fc.oneof(
  fc.jsonValue(),
  huge,
  fc.constantFrom(null, -1, 1.5, NaN, '2026-02-30', '', '   ', [], {}),
);
/** Values with at least one wrong field: unknown keys, wrong types, huge text, bad dates. */
const badValues = fc.oneof(
  junk.filter((v) => typeof v !== 'object' || v === null || Array.isArray(v)),
  fc.dictionary(
    fc.string({ minLength: 1, maxLength: 12 }).map((k) => `x${k}`),
    junk,
    { minKeys: 1 },
  ),
  fc.record({
    employees: fc.oneof(
      fc.string(),
      fc.double({ noNaN: false }).filter((n) => !Number.isInteger(n) || n < 0),
    ),
  }),
  fc.record({ description: huge }),
  fc.record({ date: fc.oneof(fc.string(), fc.integer()), channel: fc.string() }),
  fc.record({ role: fc.string().filter((s) => s !== 'decisionMaker'), person: fc.constant('') }),
);

const isEmptyObject = (v: unknown) =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0;

/** A payload that is wrong in at least one way. */
function payloads(keys: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<unknown> {
  const names = Object.keys(keys);
  const good = fc.record(keys);
  return fc.oneof(
    junk,
    // a required field missing
    fc.tuple(good, fc.constantFrom(...names)).map(([p, drop]) => {
      const { [drop]: _, ...rest } = p as Record<string, unknown>;
      return rest;
    }),
    // one field of the wrong type or shape (empty `values` would be a valid "nothing changed")
    fc
      .tuple(good, fc.constantFrom(...names), junk)
      .filter(([, key, value]) => !(key === 'values' && isEmptyObject(value)))
      .map(([p, key, value]) => ({ ...(p as object), [key]: value })),
    // an unknown account, a row key that names no row, or values that break a rule
    good.chain((p) =>
      fc.oneof(
        unknownId.map((accountId) => ({ ...(p as object), accountId })),
        staleKey.map((key) => ({ ...(p as object), key })),
        badValues.map((values) => ({ ...(p as object), values })),
      ),
    ),
    // an extra field
    good.map((p) => ({ ...(p as object), extra: 1 })),
  );
}

const accountId = fc.constant('KA-001');
const ENDPOINTS: Record<string, fc.Arbitrary<unknown>> = {
  kamLoadSection: payloads({ accountId, section: fc.constantFrom('plan', 'whitespace') }),
  kamSaveDossier: payloads({ accountId, key: fc.constant(dossierKey), values: badValues }),
  kamSaveRow: payloads({
    accountId,
    sheet: fc.constantFrom('decisionGroup', 'competitors', 'plan'),
    key: fc.oneof(fc.constant(null), staleKey),
    values: badValues,
  }),
  kamRemoveRow: payloads({
    accountId,
    sheet: fc.constantFrom('decisionGroup', 'plan'),
    key: staleKey,
  }),
  kamLogContact: payloads({ accountId, values: badValues, confirmPause: fc.boolean() }),
  // A key that names no contact: an edit or a removal of a row that is not there.
  kamSaveContact: payloads({
    accountId,
    key: staleKey,
    values: badValues,
    confirmPause: fc.boolean(),
    reason: fc.string(),
  }),
  kamRemoveContact: payloads({ accountId, key: staleKey, reason: fc.string() }),
  // Any note is a valid review, so the account is one that does not exist.
  kamMarkReviewed: payloads({ accountId: unknownId, note: fc.oneof(fc.string(), huge) }),
};

/** What the client receives, or the transport's refusal (an illegal value never reaches the server). */
function call(name: string, payload: unknown): Result | 'refused' {
  try {
    return emu.scriptRun(name, payload) as Result;
  } catch (error) {
    if (/illegal value/.test(String(error))) return 'refused';
    throw error;
  }
}

describe('dossier endpoints with random and malformed payloads', () => {
  it.each(Object.keys(ENDPOINTS))('%s answers a clear failure and changes nothing', (name) => {
    fc.assert(
      fc.property(ENDPOINTS[name], (payload) => {
        const result = call(name, payload);
        if (result === 'refused') return;
        expect(result).toMatchObject({
          ok: false,
          code: expect.any(String),
          field: expect.any(String),
          message: expect.any(String),
        });
        if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
        expect(result).not.toMatchObject({ code: 'INTERNAL' });
      }),
      { numRuns: 40 },
    );
    expect(sheets()).toBe(BEFORE);
  });

  it('kamLoadDossier refuses ids that are no account, and any non-text id', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          unknownId.filter((s) => s.trim() !== ''),
          fc.integer(),
          fc.array(fc.string()),
          fc.boolean(),
        ),
        (id) => {
          expect(call('kamLoadDossier', id)).toMatchObject({ ok: false, field: 'accountId' });
        },
      ),
      { numRuns: 40 },
    );
    expect(sheets()).toBe(BEFORE);
  });
});
