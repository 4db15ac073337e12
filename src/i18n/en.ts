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
    /** A menu item that failed: the alert and the KAM log line. */
    failedTitle: 'KAM could not finish',
    busy: 'Another KAM action (a save, a check) is writing to this workbook right now; try again in a minute.',
    failed: (item: string, reason: string) =>
      `“${item}” did not finish: ${reason}\n\nWhat it had done before stays; running it again completes it. The KAM log sheet has this message too; if it keeps failing, send it with your support request.`,
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
    /** The end of a list cut to fit a cell: "Ona, Petras, … and 3 more". */
    andMore: (n: number) => `… and ${n} more`,
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
      futureDated: 'Dated in the future',
    },
    futureDated: (rows: number, today: string) =>
      `${rows} ${rows === 1 ? 'row is' : 'rows are'} dated after today (${today}): a contact, review or update that has not happened yet is left out of the rules until its day comes. Check the date.`,
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
    missing: (parts: string) =>
      `Not found, so left out of the check: ${parts}. Run "Set up KAM workbook" to add what is missing.`,
    settingIgnored: (label: string, got: string) =>
      `Settings: "${label}" holds "${got}", which is out of bounds, so the article's default applied.`,
    lastRun: (at: string, outcome: string) => `Last check: ${at}, ${outcome}`,
    never: 'Last check: none yet',
    /** The menu's caption after a check that failed or stopped while writing. */
    lastRunUnfinished: (at: string) => `Last check did not finish (${at}): run it again`,
    /** The menu's caption while edits wait for a check (onEdit found KAM busy). */
    editsWaiting: (at: string) => `Edits since ${at} not checked yet: run checks now`,
    busy: 'Another KAM action is writing to this workbook right now, so the check did not run; try again in a minute.',
    /** Kept as the last run while the check writes, so that a check stopped midway says so. */
    writing:
      'The last check did not finish while writing the statuses; run it again: it rewrites every status.',
    unfinished: (reason: string) =>
      `The last check did not finish while writing the statuses (${reason}); some rows may show new values with old notes or colours. Run it again: it rewrites every status.`,
    failed: (reason: string) =>
      `The check failed before writing anything (${reason}); nothing was changed.`,
    failedAfter: (reason: string) =>
      `The check wrote every status, then failed (${reason}); run it again to log it and refresh the dashboard.`,
    repaired: 'The previous check had not finished; this one rewrote every status.',
    editsChecked: (at: string) =>
      `Edits made while KAM was busy (the last at ${at}) are checked now.`,
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
  /** The dossier sidebar (issue 5): sections R3.1–R3.6, contacts R5, plan R2.4/R4.3. */
  sidebar: {
    title: 'Key client dossier',
    menuItem: 'Open dossier',
    loading: 'Loading the dossier…',
    saving: 'Saving…',
    saved: 'Saved.',
    nothingChanged: 'Nothing changed, nothing saved.',
    account: 'Account',
    pickAccount: 'Choose an account…',
    noAccounts:
      'No key account you may open: only an account’s manager and their direct supervisor see its dossier (R3.5).',
    noSelection: 'Select a row of an account in any KAM sheet, or choose the account here.',
    sectionsLabel: 'Dossier sections',
    sections: {
      general: 'General',
      ourView: 'Our view',
      decisionGroup: 'Decision group',
      competitors: 'Competitors',
      contacts: 'Contacts',
      plan: 'Plan',
      review: 'Review',
    },
    sectionHelp: {
      general:
        'R3.1: general information about the client: the company, its environment, its industry and figures.',
      ourView:
        'R3.2: the view from our side: who worked with the client, the relationship, budget and how they decide.',
      decisionGroup:
        'R3.3: every person of the client who takes part in the decision, with one of the nine roles.',
      competitors:
        'R3.4, R6.2: the direct competitors trying to win this client; keep watching them even when all is well.',
      contacts:
        'R5.1: a positive contact at least every 10 days. R5.2: after a negative one, no personal contact for 2 weeks.',
      plan: 'R2.4, R4.3: work to a plan made in advance, sum up interim results and forecast.',
      review: 'R3.6: review the dossier whenever needed, and at least once every 3 months.',
    },
    save: 'Save',
    cancel: 'Cancel',
    edit: 'Edit',
    remove: 'Remove',
    confirmRemove: 'Confirm remove',
    archive: 'Archive',
    restore: 'Restore',
    archivedTag: 'archived',
    required: 'required',
    add: { decisionGroup: 'Add person', competitors: 'Add competitor', plan: 'Add action' },
    editing: (name: string) => `Editing ${name}`,
    adding: 'New entry',
    empty: {
      decisionGroup: 'Nobody yet.',
      competitors: 'No competitor profile yet (R3.4).',
      plan: 'No actions planned yet (R2.4).',
    },
    lastUpdated: (day: string) => `updated ${day}`,
    coverageTitle: 'Coverage (R3.3, R6.2)',
    rolesUncovered: (roles: string) => `Roles nobody covers: ${roles}.`,
    allRolesCovered: 'Every role of R3.3 is covered.',
    divisionsWithoutContact: (divisions: string) =>
      `Divisions without recent contact: ${divisions} (R6.2).`,
    strongOpponents: (names: string) => `Opponents with high influence: ${names} (R3.3).`,
    noSupporter: 'No supporter in the group yet (R3.3).',
    nextContactDue: (day: string) => `Next positive contact due: ${day} (R5.1).`,
    noPositiveContact: (days: number) =>
      `No positive contact logged yet; rule R5.1 asks for one at least every ${days} days.`,
    pauseInForce: (negative: string, until: string) =>
      `Pause in force: negative contact on ${negative}; no personal contact until ${until} (R5.2). Urgent matters go through colleagues.`,
    pauseBroken: (breach: string) =>
      `The pause was broken by a personal contact on ${breach} (R5.2).`,
    noPause: 'No pause in force (R5.2).',
    logContact: 'Log contact',
    personalYes: 'Personal contact (R5): in person, by phone or video, by the account’s manager.',
    personalNo:
      'Not a personal contact (R5): written, or made by someone other than the account’s manager.',
    pauseWarningTitle: 'Personal contact inside a pause (R5.2)',
    pauseWarning: (day: string, negative: string, until: string) =>
      `${day} falls inside the pause after the negative contact of ${negative}, which lasts until ${until}. Rule R5.2: no personal contact for 2 weeks; urgent matters go through other people. Log it anyway?`,
    logAnyway: 'Log it anyway',
    recentContacts: (shown: number, total: number) =>
      shown === total ? `Contacts (${total})` : `Latest ${shown} of ${total} contacts`,
    noContacts: 'No contacts logged yet.',
    personalTag: 'personal',
    lastReview: (day: string) => `Last review: ${day}.`,
    neverReviewed: 'Never reviewed (R3.6).',
    nextReviewDue: (day: string, months: number) =>
      `Next review due: ${day} (R3.6: at least every ${months} months).`,
    markReviewed: 'Mark reviewed',
    previousReviews: 'Previous reviews',
    findingsTitle: 'Needs attention',
    lastChange: (who: string, when: string) => `Last change: ${who}, ${when}.`,
    stale: (who: string, when: string) =>
      `Not saved: ${who} changed what you are editing at ${when}, after you opened it (Change history). Your input is kept: reload to see their change, then save again.`,
    staleUnknown:
      'Not saved: what you are editing was changed in the sheet after you opened it. Your input is kept: reload to see the change, then save again.',
    someone: 'someone',
    reloaded: 'Reloaded. Your input is still in the form: check it against the change, then save.',
    reloadKeep: 'Reload, keep my input',
    rowConflictTitle: 'This row changed while you were editing it',
    rowConflict:
      'Someone changed or removed the row you were editing, so your input was not saved onto it (and never onto another row). Add your input as a new row, or discard it and edit the row as it is now.',
    addAsNew: 'Add my input as a new row',
    discardDraft: 'Discard my input',
    busy: 'Someone else is saving to this workbook right now. Your input is kept; try again in a moment.',
    noAccess:
      'Only the account’s manager and their direct supervisor may open this dossier (R3.5).',
    notSetUp: 'This workbook is not set up yet: run Extensions › KAM › Set up KAM workbook first.',
    accountNotFound: 'There is no such account in the Accounts sheet.',
    itemNotFound: 'That row is no longer there; reload the dossier.',
    internal: 'The server failed; nothing was saved. Your input is kept.',
    callFailed: (detail: string) =>
      `The server could not be reached (${detail}). Your input is kept; try again: a save that did arrive is not written twice.`,
    writeFailed: (reason: string) =>
      `Saving failed while writing to the sheet (${reason}). Part of your change may be in the sheet: reload to see what it holds. Your input is kept.`,
    /** A save that was written, with the step after it that did not finish. */
    historyFailed: (reason: string) =>
      `Saved, but Change history could not be written (${reason}).`,
    statusesFailed: (reason: string) =>
      `Saved, but refreshing the statuses failed (${reason}); Run checks now repairs them.`,
    finishFailed: (reason: string) =>
      `Saved, but the workbook did not confirm the last writes (${reason}); reload to check what it holds.`,
    fixFields: 'Check the fields marked in red.',
    payloadFields: {
      payload: 'The request',
      accountId: 'Account',
      key: 'Row',
      sheet: 'Section',
      note: 'Note',
      confirmPause: 'Pause confirmation',
      values: 'Values',
      requestId: 'Request id',
    },
    problem: {
      NOT_AN_OBJECT: (label: string) => `${label} must be a set of named fields.`,
      REQUIRED: (label: string) => `${label} is required.`,
      NOT_TEXT: (label: string) => `${label} must be text.`,
      TOO_LONG: (label: string, max: string) =>
        `${label} must be at most ${max.replace(/\B(?=(\d{3})+$)/g, ',')} characters.`,
      NOT_A_NUMBER: (label: string) => `${label} must be a number.`,
      NOT_WHOLE: (label: string) => `${label} must be a whole number.`,
      NEGATIVE: (label: string) => `${label} must be 0 or more.`,
      NOT_A_DATE: (label: string) =>
        `${label} must be a date between 1900 and 2199, as YYYY-MM-DD.`,
      AFTER_TODAY: (label: string, today: string) =>
        `${label} is after today (${today}): log it on the day it happens.`,
      NOT_A_CHOICE: (label: string, choices: string) => `${label} must be one of: ${choices}.`,
      NOT_A_LIST: (label: string, choices: string) =>
        `${label} must be a list of some of: ${choices}.`,
      NOT_AN_EMAIL: (label: string) =>
        `${label} must be an e-mail address such as name@example.com.`,
      NOT_YES_NO: (label: string) => `${label} must be yes or no.`,
      NOT_BOOLEAN: (label: string) => `${label} must be true or false.`,
      UNKNOWN_FIELD: (label: string) => `${label} is not a field of this form.`,
      ACCOUNT_NOT_FOUND: (label: string) =>
        `${label}: there is no such account in the Accounts sheet.`,
      ITEM_NOT_FOUND: (label: string) => `${label}: that row is no longer there; reload.`,
      BAD_KEY: (label: string) => `${label} must be a row as the dossier loaded it; reload.`,
      STALE: (label: string) => `${label}: this changed after you opened it.`,
      BUSY: (label: string) => `${label}: someone else is saving right now; try again.`,
      NO_ACCESS: (label: string) =>
        `${label}: only the account’s manager and their direct supervisor may open it (R3.5).`,
      NOT_SET_UP: (label: string) => `${label}: the workbook is not set up yet.`,
      PAUSE: (label: string) =>
        `${label}: a personal contact inside a pause needs your confirmation (R5.2).`,
      WRITE_FAILED: (label: string) =>
        `${label}: saving failed while writing; part of it may be in the sheet.`,
      INTERNAL: (label: string) => `${label}: the server failed; nothing was saved.`,
    },
  },
  access: {
    menuCheck: 'Check access',
    menuProtect: 'Protect dossiers',
    menuSplit: 'Split by manager',
    menuOverview: 'Team overview',
    trigger: 'Access check',
    checkTitle: 'Who can open this file (R3.5)',
    allowed: (people: string) =>
      `R3.5 lets in the managers and direct supervisors named in Accounts, and the owner: ${people}.`,
    allClear: 'Nobody else can open this file.',
    outsider: (email: string, as: 'editor' | 'viewer') =>
      `${email} can open this file as ${as === 'editor' ? 'an editor' : 'a viewer'} but is not a manager or supervisor of its accounts (a person or a Google Group): remove them in Share (R3.5).`,
    link: 'Anyone with the link can open this file: set Share › General access to Restricted (R3.5).',
    domain:
      'Everyone in your organisation can open this file: set Share › General access to Restricted (R3.5).',
    linkUnknown:
      'Link sharing was not checked: KAM may read the sharing settings only of workbooks it created. Open Share › General access and make sure it says Restricted.',
    missing: (email: string) => `${email} is named in Accounts but cannot open this file.`,
    readsOthers: (email: string, count: number, ids: string) =>
      `${email} can read the dossiers of ${count} ${count === 1 ? 'account' : 'accounts'} they neither manage nor supervise (${ids}), which R3.5 keeps from them: protections stop editing, not reading. Split by manager gives each manager a workbook of their own.`,
    ownerReads: (email: string, count: number, ids: string) =>
      `${email} owns this file, so can read every dossier in it, including ${count} ${count === 1 ? 'account' : 'accounts'} they neither manage nor supervise (${ids}); R3.5 lets the owner in.`,
    summary: (problems: number) =>
      problems === 0
        ? 'Access check: only the people R3.5 allows can open this file.'
        : `Access check: ${problems} way(s) in that R3.5 does not allow.`,
    protectTitle: 'Dossiers protected (R3.5)',
    protected: (sheets: string, people: string) =>
      `Only these people can now edit ${sheets}: ${people}.`,
    assigners: (columns: string, people: string) =>
      `Only these people can now change who runs an account (${columns}): ${people}.`,
    runnerAssigns: (email: string) =>
      `You (${email}) ran this, so Google keeps you an editor of those columns too, although you are neither the owner nor a supervisor: let the owner or a supervisor run Protect dossiers to leave them the only ones.`,
    runnerKept: (email: string) =>
      `You (${email}) stay an editor of the protected sheets, so you are not locked out.`,
    readable:
      'Protections stop editing, not reading: everyone who can open the file can still read it. Use Check access and Split by manager to limit who can open it.',
    noAccounts: 'No accounts with a manager in the Accounts sheet yet.',
    splitTitle: 'Split by manager (R3.5)',
    workbookName: (title: string, manager: string) => `${title} – ${manager}`,
    created: (count: number) =>
      `Created ${count} workbook(s), one per manager, each shared with the manager and their direct supervisor only; they are listed in the Portfolio sheet. Nothing was deleted here.`,
    completed: (managers: string) =>
      `Finished the workbook(s) an earlier run had left unfinished: ${managers}.`,
    splitFailed: (manager: string, reason: string) =>
      `${manager}: the workbook could not be made or finished (${reason}). Run Split by manager again: it completes it, through its row in Portfolio, without making a second one.`,
    unrecorded: (url: string, reason: string) =>
      `the workbook ${url} was created but could not be listed in Portfolio (${reason}); add its row to Portfolio, or delete it, before running Split by manager again`,
    alreadySplit: (managers: string) =>
      `Already listed in Portfolio, not split again (delete the row to split again): ${managers}.`,
    unassigned: (ids: string) => `Accounts without a manager stay here only: ${ids}.`,
    orphans: (sheet: string, rows: number) =>
      `${sheet}: ${rows} row(s) name no account of Accounts and stay here only.`,
    otherClients: 'All other clients (total)',
    portfolio: {
      sheet: 'Portfolio',
      manager: 'Manager',
      supervisor: 'Supervisor',
      workbook: 'Workbook',
      link: 'Link',
      accounts: 'Accounts',
      created: 'Created',
      status: 'Split',
      unfinished: 'Not finished: run Split by manager again',
      finished: 'Done',
    },
    overview: {
      sheet: 'KAM team overview',
      title: (day: string) => `Team overview on ${day} (R3.6, R4.3, R5)`,
      workbook: 'Workbook',
      manager: 'Manager',
      account: 'Account',
      client: 'Client',
      tier: 'Tier',
      review: 'Review',
      nextReview: 'Next review due',
      contact: 'Contact status',
      flags: 'Flags',
      reviewStatus: {
        never: 'Never reviewed',
        ok: 'OK',
        dueSoon: 'Due soon',
        overdue: 'Overdue',
      },
      scorecard: (months: number) => `Manager scorecard, last ${months} months (R4.3)`,
      unreadable: 'Workbooks that could not be read',
      reason: 'Why',
      none: 'None.',
      noPortfolio: 'No Portfolio sheet with workbooks: run Split by manager first.',
      done: (accounts: number, workbooks: number, unreadable: number) =>
        `Team overview: ${accounts} accounts from ${workbooks} workbook(s)${unreadable > 0 ? `; ${unreadable} could not be read` : ''}.`,
    },
  },
};

export type Messages = typeof en;
