// English: every text a user reads, one place per language (STYLE: one messages module each).

export const en = {
  tier: { regular: 'Regular', key: 'Key', critical: 'Critical', mono: 'Mono-client' },
  menu: {
    title: 'KAM',
    setUp: 'Set up KAM workbook',
    about: 'About KAM',
  },
  setUp: {
    title: 'KAM workbook set up',
    nothing: 'Everything was already in place; nothing was changed.',
    createdSheets: (names: string) => `Sheets created: ${names}.`,
    addedColumns: (names: string) => `Columns added: ${names}.`,
    addedSettings: (names: string) => `Settings added: ${names}.`,
    kept: 'Nothing you wrote was moved, deleted or overwritten.',
  },
  about:
    'KAM helps you run key accounts by the method of the article (R1–R6): tiers, dossiers, contact rhythm and reviews.',
  fn: {
    /** "KAM_TIER: revenue in row 3 must be a number; got text "abc"." */
    where: (row: number, column: number, rows: number, columns: number): string =>
      columns === 1
        ? ` in row ${row}`
        : rows === 1
          ? ` in column ${column}`
          : ` in row ${row}, column ${column}`,
    message: (fn: string, arg: string, where: string, expected: string, got: string): string =>
      `${fn}: ${arg}${where} must be ${expected}; got ${got}.`,
    expected: {
      NOT_A_NUMBER: 'a number',
      NEGATIVE: 'a number of 0 or more',
      NOT_FINITE: 'a finite number',
      TOTAL_NOT_POSITIVE: 'greater than 0',
      TOTAL_BELOW_REVENUE: 'at least the revenue',
      NOT_A_SHARE: 'a share above 0 % and at most 100 %, such as 10 % or 0.1',
      THRESHOLDS_OUT_OF_ORDER: 'ordered key ≤ critical ≤ mono',
      NOT_A_DATE: 'a date (a date cell, not text)',
      NOT_WHOLE: 'a whole number',
      OUT_OF_RANGE: (limits: string) => `between ${limits}`,
      SINGLE_CELL: 'a single cell, not a range',
      RAGGED: 'a rectangular range (every row the same length)',
      SAME_SHAPE: (rows: number, columns: number) =>
        `a single cell or a range of ${rows} × ${columns} like the first argument`,
      REQUIRED_FOR_CELL: 'given when the first argument is a single cell',
      NOT_EMPTY: 'a range with at least one revenue',
    },
    got: {
      text: (text: string) => `text "${text}"`,
      boolean: (value: boolean) => (value ? 'TRUE' : 'FALSE'),
      date: 'a date',
      number: (value: number) => `${value}`,
      nothing: 'nothing',
      range: (rows: number, columns: number) => `a range of ${rows} × ${columns}`,
      other: 'a value of another kind',
    },
  },
};

export type Messages = typeof en;
