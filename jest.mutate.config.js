/**
 * Jest for `npm run mutate` (Stryker): only the tests that import src directly (test/core,
 * test/dossier, test/template and the unit tests of test/server). Bundle-level tests run
 * dist/Code.js, which mutants of src never reach; browser tests need Chromium; test/build,
 * test/dev and test/playground test the tooling, not the rules.
 */
const base = require('./jest.config.js');

module.exports = {
  ...base,
  testPathIgnorePatterns: [
    '/node_modules/',
    '/test/(build|dev|playground|sidebar)/',
    '\\.bundle\\.test\\.ts$',
    '\\.browser\\.test\\.ts$',
  ],
};
