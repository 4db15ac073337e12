/**
 * Jest for `npm run mutate` (stryker.config.mjs): only tests that import src directly.
 * KAM_MUTATE=core runs test/core; KAM_MUTATE=server runs test/dossier and the unit tests of
 * test/server (bundle-level tests run dist/Code.js, which mutants of src never reach).
 */
const base = require('./jest.config.js');

const server = process.env.KAM_MUTATE === 'server';
/** KAM_MUTATE_TESTS=a.test.ts,b.test.ts narrows the run to those files (one module at a time). */
const only = process.env.KAM_MUTATE_TESTS?.split(',').map((path) => `<rootDir>/${path.trim()}`);

module.exports = {
  ...base,
  roots: server ? ['<rootDir>/test/dossier', '<rootDir>/test/server'] : ['<rootDir>/test/core'],
  ...(only ? { roots: ['<rootDir>/test'], testMatch: only } : {}),
  testPathIgnorePatterns: ['/node_modules/', '\\.bundle\\.test\\.ts$', '\\.browser\\.test\\.ts$'],
  setupFiles: ['<rootDir>/test/helpers/mutate-setup.ts'],
};
