// English: every text a user reads, one place per language (STYLE: one messages module each).

export const en = {
  tier: { regular: 'Regular', key: 'Key', critical: 'Critical', mono: 'Mono-client' },
  menu: {
    title: 'KAM',
    setUp: 'Set up KAM workbook',
    runChecks: 'Run checks now',
    refreshDashboard: 'Refresh dashboard',
    dailyOn: 'Turn on daily check',
    dailyOff: 'Turn off daily check',
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
  /** Findings of the checks (R3.3, R3.4, R3.6, R5.1, R5.2, R6.2): a short flag and a note that says why. */
  finding: {
    short: {
      reviewNever: 'Never reviewed',
      reviewOverdue: 'Review overdue',
      reviewDueSoon: 'Review due soon',
      contactNever: 'No positive contact',
      contactOverdue: 'Positive contact overdue',
      contactDueSoon: 'Positive contact due soon',
      pausing: 'Pause after negative contact',
      pauseBroken: 'Pause broken',
      noDecisionMaker: 'No decision maker',
      noSupporter: 'No supporter',
      strongOpponents: 'Strong opponent',
      singleThread: 'One person in contact',
      divisionsWithoutContact: 'Divisions without contact',
      noCompetitor: 'No competitor profile',
      staleCompetitors: 'Competitor profile stale',
    },
    reviewNever: (months: number) =>
      `Never reviewed: rule R3.6 asks for a review at least every ${months} months.`,
    reviewOverdue: (days: number, last: string, months: number) =>
      `Review overdue by ${days} ${days === 1 ? 'day' : 'days'}: last review ${last}; rule R3.6 asks for one every ${months} months.`,
    reviewDueSoon: (days: number, due: string) =>
      days === 0
        ? `Review due today (${due}), rule R3.6.`
        : `Review due in ${days} ${days === 1 ? 'day' : 'days'}, on ${due} (rule R3.6).`,
    contactNever: (every: number) =>
      `No positive contact logged: rule R5.1 asks for one at least every ${every} days.`,
    contactOverdue: (days: number, last: string, every: number) =>
      `Positive contact overdue by ${days} ${days === 1 ? 'day' : 'days'}: last one ${last}; rule R5.1 asks for one every ${every} days.`,
    contactDueSoon: (days: number, due: string) =>
      days === 0
        ? `Positive contact due today (${due}), rule R5.1.`
        : `Positive contact due in ${days} ${days === 1 ? 'day' : 'days'}, on ${due} (rule R5.1).`,
    pausing: (negative: string, until: string) =>
      `Negative contact on ${negative}: no personal contact until ${until} (rule R5.2); urgent matters go through colleagues.`,
    pauseBroken: (negative: string, breach: string) =>
      `Pause broken: a personal contact on ${breach}, inside the 2 weeks after the negative contact of ${negative} (rule R5.2).`,
    noDecisionMaker: 'No decision maker known in the decision group (rule R3.3).',
    noSupporter: 'Nobody in the decision group is a supporter (rule R3.3).',
    strongOpponents: (names: string) => `Opponent with high influence: ${names} (rule R3.3).`,
    singleThread:
      'Only one person of the client in contact lately; build relationships with more (rule R6.2).',
    divisionsWithoutContact: (divisions: string) =>
      `No recent contact in: ${divisions}; build trust with all divisions (rule R6.2).`,
    noCompetitor: 'No competitor profile: who else is trying to win this client? (rule R3.4)',
    staleCompetitors: (names: string, months: number) =>
      `Competitor profile older than ${months} months: ${names} (rules R3.4, R6.2).`,
  },
  monoClientAlert:
    'Mono-client: more than half of revenue comes from this client. Start building relationships with new clients now (rule R1.3).',
  log: {
    sheet: 'KAM log',
    when: 'When',
    trigger: 'Run by',
    outcome: 'Result',
    message: 'Message',
    outcomes: { ok: 'OK', partial: 'Partly done, continues next run', failed: 'Failed' },
  },
  check: {
    by: { schedule: 'Daily check', change: 'Rows added or deleted', menu: 'Menu' },
    done: (accounts: number, alerts: number, warnings: number, info: number) =>
      `Checked ${accounts} accounts: ${alerts} need action now, ${warnings} soon, ${info} to note.`,
    partial: (computed: number, accounts: number) =>
      `Checked ${computed} of ${accounts} accounts before the time limit; the next run finishes the rest. Highlights are unchanged until then.`,
    turnedOn:
      'The daily check is on: every account is checked once a day, and the Log sheet shows each run.',
    alreadyOn: 'The daily check was already on; nothing changed.',
    turnedOff: 'The daily check is off.',
    lastRun: (at: string, outcome: string) => `Last check: ${at}, ${outcome}`,
    never: 'Last check: none yet',
  },
  dashboard: {
    sheet: 'KAM dashboard',
    title: (day: string) => `Key accounts on ${day}`,
    concentration: 'Revenue concentration (R1.2, R1.3)',
    total: 'Total revenue',
    topClient: 'Top client',
    topShare: 'Top client share',
    top3: 'Top 3 share',
    hhi: 'HHI (0–10,000)',
    mono: (client: string, share: string) =>
      `Mono-client: ${client} brings ${share} of revenue. Start building relationships with new clients now (R1.3).`,
    noMono: 'No mono-client: no client brings more than half of revenue (R1.3).',
    noRevenue: 'No revenue in the Revenue sheet yet.',
    topClients: 'Largest clients',
    client: 'Client',
    share: 'Share',
    load: 'Manager load (R2.1, R2.2)',
    manager: 'Manager',
    revenueKeyAccounts: 'Revenue key accounts',
    revenue: 'Revenue',
    accounts: 'All accounts',
    warning: 'Warning',
    overloaded: (n: number) => `${n} revenue key accounts: more than 3 (R2.2)`,
    scorecard: (months: number) => `Manager scorecard, last ${months} months (R4.3)`,
    reviewsOnTime: 'Reviews on time',
    rhythmKept: 'Positive-contact rhythm kept',
    pausesRespected: 'Pauses respected',
    planDone: 'Plan actions done on time',
    dossierComplete: 'Dossier complete',
    overdueReviews: 'Overdue reviews (R3.6)',
    contactGaps: 'Contact gaps (R5.1, R5.2)',
    account: 'Account',
    days: 'Days',
    since: 'Since',
    status: 'Status',
    link: 'Row',
    open: (row: number) => `Accounts row ${row}`,
    none: 'None.',
    neverReviewed: 'never reviewed',
    legend: 'Legend of the Accounts colours',
    legendItems: {
      alert: 'Act now: a rule is broken (review or contact overdue, pause broken)',
      warning: 'Soon: due within days, or a blind spot (no decision maker, no competitor profile)',
      info: 'Note: a pause in force, one person in contact, a silent division',
      ok: 'In order',
    },
    concentrationChart: 'Share of revenue by client',
    loadChart: 'Revenue key accounts per manager',
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
      ragged: 'rows of different lengths',
      other: 'a value of another kind',
    },
  },
};

export type Messages = typeof en;
