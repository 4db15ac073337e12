/**
 * Jest for `npm run mutate` (stryker.config.mjs): only tests that import src directly.
 * KAM_MUTATE=core runs test/core; KAM_MUTATE=server runs the unit tests of the mutated server
 * modules (bundle-level tests run dist/Code.js, which mutants of src never reach).
 */
const base = require('./jest.config.js');

/**
 * Each mutated server module's own unit tests. The flow tests (a whole check, a save, a split)
 * reach these modules too, but a mutant covered by 20 of them costs ten seconds or more, which
 * made the server part take over two hours on 2 cores; its own tests take a fraction of that.
 * A mutant these tests miss counts as survived even if a flow test would kill it, so the score
 * is a lower bound.
 */
const SERVER_TESTS = [
  'test/dossier/validate.test.ts',
  'test/dossier/review-day.test.ts',
  'test/server/check/account-status.test.ts',
  'test/server/check/on-edit.test.ts',
  'test/server/dossier/access.test.ts',
  'test/server/link-access.test.ts',
  'test/server/dossier/diff.test.ts',
  'test/server/dossier/read.test.ts',
  'test/server/sheet/table-codec.test.ts',
  'test/server/sheet/hostile-text.property.test.ts',
  'test/server/sheet/table-read.test.ts',
  'test/server/sheet/table-io.test.ts',
  'test/server/sheet/narrow-read.test.ts',
  'test/server/sheet/table-write.test.ts',
  'test/server/dossier/save-retry.test.ts',
  'test/server/check/future-dates.test.ts',
  'test/server/sheet/writer.test.ts',
  'test/server/sheet/writer-plain-text.test.ts',
  'test/server/sheet/workbook.test.ts',
];

const server = process.env.KAM_MUTATE === 'server';
/** KAM_MUTATE_TESTS=a.test.ts,b.test.ts narrows the run to those files (one module at a time). */
const only = process.env.KAM_MUTATE_TESTS?.split(',').map((path) => path.trim());
const tests = only ?? (server ? SERVER_TESTS : undefined);

module.exports = {
  ...base,
  roots: ['<rootDir>/test'],
  testMatch: tests
    ? tests.map((path) => `<rootDir>/${path}`)
    : ['<rootDir>/test/core/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '\\.bundle\\.test\\.ts$', '\\.browser\\.test\\.ts$'],
  setupFiles: ['<rootDir>/test/helpers/mutate-setup.ts'],
};
