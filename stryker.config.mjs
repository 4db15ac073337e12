// Mutation testing (issue 13 item 18), in two parts so that each mutant meets only the tests
// written for its code: `core` mutates src/core against test/core (pure, fast); `server`
// mutates the rule-bearing server modules and the sidebar/server validation against their own
// unit tests (an emulated workbook, no bundle; listed in jest.mutate.config.js). Pick the
// part with KAM_MUTATE=core|server; `npm run mutate` runs both and prints each score.
// On a busy machine, run one module at a time: KAM_MUTATE_TESTS (jest.mutate.config.js) names
// its test files, `--mutate` its source, KAM_MUTATE_REPORT the report's and sandbox's name.
const part = process.env.KAM_MUTATE === 'server' ? 'server' : 'core';

const MUTATE = {
  core: ['src/core/**/*.ts'],
  server: [
    'src/dossier/validate.ts',
    'src/server/sheet/table-codec.ts',
    'src/server/sheet/table-read.ts',
    'src/server/sheet/table-write.ts',
    'src/server/sheet/workbook.ts',
    'src/server/dossier/access.ts',
    'src/server/dossier/read.ts',
    'src/server/dossier/diff.ts',
    'src/server/check/on-edit.ts',
    'src/server/check/account-status.ts',
  ],
};

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'jest',
  jest: { configFile: 'jest.mutate.config.js', enableFindRelatedTests: false },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  mutate: MUTATE[part],
  // dist/ is copied: some unit tests also drive the built bundle (npm run build first); it is
  // built from unmutated src, so those tests kill no mutant through it and cost only the dry run.
  ignorePatterns: ['coverage', 'test-output', '.kam-playground', 'reports', '.stryker-tmp*'],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  ignoreStatic: true,
  // Generous: the machine may be busy, and a test slowed by that is no infinite loop.
  timeoutMS: 15000,
  timeoutFactor: 2,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${process.env.KAM_MUTATE_REPORT ?? part}.html` },
  jsonReporter: { fileName: `reports/mutation/${process.env.KAM_MUTATE_REPORT ?? part}.json` },
  thresholds: { high: part === 'core' ? 90 : 80, low: part === 'core' ? 90 : 80, break: null },
  tempDirName: `.stryker-tmp/${process.env.KAM_MUTATE_REPORT ?? part}`,
  // A run re-tests only the mutants whose source or covering tests changed since the last one
  // (each part keeps its own record in reports/); `--force` re-tests everything.
  incremental: true,
  incrementalFile: `reports/stryker-incremental-${process.env.KAM_MUTATE_REPORT ?? part}.json`,
};
