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
      `Never reviewed: go through the dossier at least every ${months} months.`,
    reviewOverdue: (days: number, last: string, months: number) =>
      `Review overdue by ${days} ${days === 1 ? 'day' : 'days'}: last review ${last}; the dossier needs one every ${months} months.`,
    reviewDueSoon: (days: number, due: string) =>
      days === 0
        ? `Review due today (${due}).`
        : `Review due in ${days} ${days === 1 ? 'day' : 'days'}, on ${due}.`,
    contactNever: (every: number) =>
      `No positive contact logged: the relationship needs one at least every ${every} days.`,
    contactOverdue: (days: number, last: string, every: number) =>
      `Positive contact overdue by ${days} ${days === 1 ? 'day' : 'days'}: last one ${last}; the relationship needs one every ${every} days.`,
    contactDueSoon: (days: number, due: string) =>
      days === 0
        ? `Positive contact due today (${due}).`
        : `Positive contact due in ${days} ${days === 1 ? 'day' : 'days'}, on ${due}.`,
    pausing: (negative: string, until: string) =>
      `Negative contact on ${negative}: no personal contact until ${until}; urgent matters go through colleagues.`,
    pauseBroken: (negative: string, breach: string) =>
      `Pause broken: a personal contact on ${breach}, within 2 weeks of the negative contact of ${negative}.`,
    noDecisionMaker:
      'Nobody in the decision group is known to decide: find out who can decide alone or veto.',
    noSupporter: 'Nobody in the decision group is on our side yet: win a supporter.',
    strongOpponents: (names: string) =>
      `Opponent with high influence: ${names}. Plan how to answer their objections.`,
    singleThread:
      'Only one person of the client in contact lately: build relationships with more of them.',
    divisionsWithoutContact: (divisions: string) =>
      `No recent contact in: ${divisions}. Build trust with every division.`,
    noCompetitor: 'No competitor profile: who else is trying to win this client?',
    staleCompetitors: (names: string, months: number) =>
      `Competitor profile older than ${months} months: ${names}. Update what you know about them.`,
  },
  monoClientAlert:
    'Mono-client: more than half of revenue comes from this client. Start building relationships with new clients now.',
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
    concentration: 'Revenue concentration',
    total: 'Total revenue',
    topClient: 'Top client',
    topShare: 'Top client share',
    top3: 'Top 3 share',
    hhi: 'HHI (0–10,000)',
    mono: (client: string, share: string) =>
      `Mono-client: ${client} brings ${share} of revenue. Start building relationships with new clients now.`,
    noMono: 'No mono-client: no client brings more than half of revenue.',
    noRevenue: 'No revenue in the Revenue sheet yet.',
    topClients: 'Largest clients',
    client: 'Client',
    share: 'Share',
    load: 'Manager load',
    manager: 'Manager',
    revenueKeyAccounts: 'Revenue key accounts',
    revenue: 'Revenue',
    accounts: 'All accounts',
    warning: 'Warning',
    overloaded: (n: number) =>
      `${n} revenue key accounts: more than one manager usually carries (3)`,
    scorecard: (months: number) => `Manager scorecard, last ${months} months`,
    reviewsOnTime: 'Reviews on time',
    rhythmKept: 'Positive-contact rhythm kept',
    pausesRespected: 'Pauses respected',
    planDone: 'Plan actions done on time',
    dossierComplete: 'Dossier complete',
    overdueReviews: 'Overdue reviews',
    contactGaps: 'Contact gaps',
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
    'KAM helps you run key accounts by the method of the article “Rules for working with key clients”: tiers, dossiers, contact rhythm and reviews.',
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
  /** The dossier sidebar: sections R3.1–R3.6, contacts R5, plan R2.4/R4.3; rule numbers only in hovers. */
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
      'No key account you may open: only an account’s manager and their direct supervisor see its dossier.',
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
        'What the client company is: its history, structure and people around it, its industry and known figures.',
      ourView:
        'How we stand with the client: who of us worked with them, the relationship now and hoped for, their budget and how they decide.',
      decisionGroup:
        'Everyone on the client’s side who takes part in the decision: their role, where they stand and how much they weigh.',
      competitors:
        'Rivals selling something similar who try to win this client; keep watching them even when all is well.',
      contacts:
        'A positive contact at least every 10 days; after a negative one, no personal contact for 2 weeks.',
      plan: 'Work to a plan made in advance: what to achieve, who does what by when, and what came of it.',
      review: 'Go through the whole dossier at least every 3 months and write down what changed.',
    },
    /** The hover of a hint or a section: the rules of the method it follows. */
    rules: (codes: string) =>
      /[,–]/.test(codes) ? `The method’s rules ${codes}` : `The method’s rule ${codes}`,
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
      competitors: 'No competitor profile yet: who else is trying to win this client?',
      plan: 'No actions planned yet.',
    },
    lastUpdated: (day: string) => `updated ${day}`,
    /** A decision-group line: role · attitude · influence · division, each part said. */
    attitudePart: (label: string) => label.toLowerCase(),
    influencePart: (label: string) => `${label.toLowerCase()} influence`,
    unsaved: (fields: string) => `Unsaved: ${fields}`,
    noUnsaved: 'No unsaved changes.',
    coverageTitle: 'Coverage',
    rolesUncovered: (roles: string) => `Roles nobody holds yet: ${roles}.`,
    allRolesCovered: 'Every role has someone.',
    attitudes: (supporters: number, neutral: number, opponents: number) =>
      `Where they stand: ${supporters} for us, ${neutral} neutral, ${opponents} against.`,
    divisionsWithoutContact: (divisions: string) =>
      `Divisions without recent contact: ${divisions}.`,
    strongOpponents: (names: string) => `Opponents with high influence: ${names}.`,
    noSupporter: 'Nobody is on our side yet: win a supporter.',
    nextContactDue: (day: string) => `Next positive contact due: ${day}.`,
    noPositiveContact: (days: number) =>
      `No positive contact logged yet; the relationship needs one at least every ${days} days.`,
    pauseInForce: (negative: string, until: string) =>
      `Pause in force: negative contact on ${negative}; no personal contact until ${until}. Urgent matters go through colleagues.`,
    pauseBroken: (breach: string) => `The pause was broken by a personal contact on ${breach}.`,
    noPause: 'No pause in force.',
    logContact: 'Log contact',
    editContact: (day: string) => `Edit the contact of ${day}`,
    personalYes: 'Personal contact: in person, by phone or video, by the account’s manager.',
    personalNo:
      'Not a personal contact: written, or made by someone other than the account’s manager.',
    pauseWarningTitle: 'Personal contact inside a pause',
    pauseWarning: (day: string, negative: string, until: string) =>
      `${day} falls inside the pause after the negative contact of ${negative}, which lasts until ${until}: no personal contact for 2 weeks; urgent matters go through other people. Save it anyway?`,
    logAnyway: 'Save it anyway',
    newPerson: (name: string) =>
      `${name} is not in the decision group yet. Add them, so that coverage counts them?`,
    addToGroup: 'Add to the decision group',
    notNow: 'Not now',
    someoneNew: 'Someone not in the group…',
    newPersonName: 'Their first and last name',
    onRecordTag: 'broken pause',
    onRecord:
      'This contact shows a broken pause. It can change only with a reason, and the breach stays on record for the scorecard.',
    reason: 'Reason for the change',
    reasonHelp: 'Kept in Change history, where the head of sales sees it.',
    removeContact: (day: string) =>
      `Remove the contact of ${day}? Its values stay in Change history.`,
    recentContacts: (shown: number, total: number) =>
      shown === total ? `Contacts (${total})` : `Latest ${shown} of ${total} contacts`,
    noContacts: 'No contacts logged yet.',
    personalTag: 'personal',
    lastReview: (day: string) => `Last review: ${day}.`,
    neverReviewed: 'Never reviewed.',
    nextReviewDue: (day: string, months: number) =>
      `Next review due: ${day} (at least every ${months} months).`,
    markReviewed: 'Mark reviewed',
    reviewConfirm: (day: string) => `Mark the dossier reviewed on ${day}, with this note?`,
    confirmReviewed: 'Yes, mark reviewed',
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
    noAccess: 'Only the account’s manager and their direct supervisor may open this dossier.',
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
      note: 'What changed',
      date: 'Date',
      reason: 'Reason for the change',
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
        `${label}: only the account’s manager and their direct supervisor may open it.`,
      NOT_SET_UP: (label: string) => `${label}: the workbook is not set up yet.`,
      PAUSE: (label: string) =>
        `${label}: a personal contact inside a pause needs your confirmation.`,
      IN_FUTURE: (label: string, today: string) =>
        `${label} cannot be later than today (${today}): log what has already happened.`,
      BEFORE_LAST_REVIEW: (label: string, last: string) =>
        `${label} cannot be before the last review (${last}).`,
      WRITE_FAILED: (label: string) =>
        `${label}: saving failed while writing; part of it may be in the sheet.`,
      INTERNAL: (label: string) => `${label}: the server failed; nothing was saved.`,
    },
  },
  /** Change history's own lines (R4.3): why a contact on record changed, and the breach kept. */
  record: {
    reason: 'Reason for the change',
    breach: 'Broken pause (on record)',
    breachText: (breach: string, negative: string) =>
      `Personal contact on ${breach}, inside the pause after the negative contact of ${negative}`,
    kept: 'Kept on record: the scorecard still counts it',
  },
  access: {
    menuCheck: 'Check access',
    menuProtect: 'Protect dossiers',
    menuSplit: 'Split by manager',
    menuOverview: 'Team overview',
    trigger: 'Access check',
    checkTitle: 'Who can open this file',
    allowed: (people: string) =>
      `A dossier is for the account’s manager and their direct supervisor only: the managers and supervisors named in Accounts, and the owner, may open this file: ${people}.`,
    allClear: 'Nobody else can open this file.',
    outsider: (email: string, as: 'editor' | 'viewer') =>
      `${email} can open this file as ${as === 'editor' ? 'an editor' : 'a viewer'} but is not a manager or supervisor of its accounts (a person or a Google Group): remove them in Share.`,
    link: 'Anyone with the link can open this file: set Share › General access to Restricted.',
    domain:
      'Everyone in your organisation can open this file: set Share › General access to Restricted.',
    linkUnknown:
      'Link sharing was not checked: KAM may read the sharing settings only of workbooks it created. Open Share › General access and make sure it says Restricted.',
    missing: (email: string) => `${email} is named in Accounts but cannot open this file.`,
    readsOthers: (email: string, count: number, ids: string) =>
      `${email} can read the dossiers of ${count} ${count === 1 ? 'account' : 'accounts'} they neither manage nor supervise (${ids}), which only each account's manager and their direct supervisor should see: protections stop editing, not reading. Split by manager gives each manager a workbook of their own.`,
    ownerReads: (email: string, count: number, ids: string) =>
      `${email} owns this file, so can read every dossier in it, including ${count} ${count === 1 ? 'account' : 'accounts'} they neither manage nor supervise (${ids}); the owner is let in.`,
    summary: (problems: number) =>
      problems === 0
        ? 'Access check: only the people allowed can open this file.'
        : `Access check: ${problems} way(s) in for people who should not see the dossiers.`,
    protectTitle: 'Dossiers protected',
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
    splitTitle: 'Split by manager',
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
      title: (day: string) => `Team overview on ${day}`,
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
      scorecard: (months: number) => `Manager scorecard, last ${months} months`,
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
