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
    help: 'Help',
    checkInstallation: 'Check this installation',
  },
  setUp: {
    title: 'KAM workbook set up',
    nothing: 'Everything was already in place; nothing was changed.',
    createdSheets: (names: string) => `Sheets created: ${names}.`,
    addedColumns: (names: string) => `Columns added: ${names}.`,
    addedSettings: (names: string) => `Settings added: ${names}.`,
    kept: 'Nothing you wrote was moved, deleted or overwritten.',
    unlinked: (cells: string) =>
      `These Revenue formulas do not follow the Settings sheet, so changing a threshold or the company revenue total there does not change them:\n${cells}\n\nLink them to Settings? Only these cells are replaced.`,
    linked: (n: number) =>
      `${n} Revenue ${n === 1 ? 'formula now follows' : 'formulas now follow'} the Settings sheet.`,
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
      reportsToCycle: 'Reports-to loop',
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
    reportsToCycle: (names: string) =>
      `"Reports to" goes round in a loop: ${names}. Correct who reports to whom in the Decision group.`,
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
    dailyBy: (owner: string) => `Daily check: on, run by ${owner}`,
    someone: 'another user',
    alreadyOff: 'The daily check was already off; nothing changed.',
    runByYou: (owner: string) =>
      `The daily check is on, run by you (${owner}): every account is checked once a day, and again after rows are inserted or deleted. The KAM log sheet shows each run.`,
    runByOther: (owner: string) =>
      `The daily check is already on in this workbook: ${owner} runs it, and it checks every account for everyone. Its triggers belong to that person, so only they can turn it off; to change it, ask ${owner}.`,
    triggerLimit: (count: number, quota: number) =>
      `Google allows each person ${quota} triggers for KAM across all their spreadsheets, and you have ${count}. The daily check needs 2 in each workbook, so it can run in at most ${quota / 2} of your workbooks. Turn it off in a workbook you no longer use (KAM › Turn off daily check there), then try again.`,
    consentMissing: (scopes: string) =>
      `The daily check could not run: its owner no longer allows KAM to ${scopes}. A daily check cannot ask for permission, so open this spreadsheet as that person and choose KAM › Run checks now: Google asks again, and the daily check resumes the next hour.`,
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
  /** What each OAuth scope lets KAM do, as the consent screen means it. */
  scopes: {
    spreadsheets: 'see and edit your spreadsheets',
    'userinfo.email': 'see your e-mail address',
    'script.scriptapp': 'run the daily check while you are away',
    'script.container.ui': 'show its sidebar and dialogs',
    'drive.file': 'create and read the files it makes in your Drive',
    'script.send_mail': 'send the e-mail digests from your account',
  } as Record<string, string>,
  /** KAM › Help › Check this installation: each check, what it found, and what to do. */
  install: {
    title: 'KAM installation check',
    heading: (when: string, zone: string) => `KAM installation check, ${when} (${zone})`,
    context: (name: string, locale: string, user: string) =>
      `Spreadsheet “${name}”, locale ${locale}; run by ${user}.`,
    unknownUser: 'a user Apps Script did not name',
    summary: (failed: number, total: number) =>
      failed === 0
        ? `All ${total} checks passed.`
        : `${failed} of ${total} checks failed: see “What to do” below.`,
    marks: { pass: 'PASS', fail: 'FAIL', note: 'NOTE' },
    toDo: 'What to do',
    copy: 'To ask for help, copy this report into your support request:',
    logged: 'The report is also in the KAM log sheet.',
    notLogged: 'KAM may not edit this spreadsheet, so the report is not in the KAM log sheet.',
    failedProbe: (reason: string) => `The check itself failed: ${reason}`,
    probeDo: 'Run this check again; if it fails again, send this report to support.',
    names: {
      scopes: 'Permissions',
      email: 'Your e-mail address',
      text: 'Text that looks like a formula',
      triggers: 'The daily check’s triggers',
      zone: 'Dates in the spreadsheet’s time zone',
      lock: 'Document lock',
      cache: 'Document cache',
      quota: 'Triggers against Google’s limit',
    },
    scopesOk: (count: number) => `All ${count} permissions KAM asks for are granted.`,
    scopesMissing: (missing: string) => `Not granted: ${missing}.`,
    scopesDo:
      'Choose the KAM menu item you need (Open dossier, Turn on daily check…): Google shows its permission screen again; tick what is missing and allow.',
    emailOk: (email: string) => `Apps Script tells KAM who you are: ${email}.`,
    emailMissing:
      'Apps Script does not tell KAM who you are, so the sidebar cannot tell which dossiers you may open.',
    emailDo:
      'Allow KAM to see your e-mail address (Open dossier asks again). Google hides it from add-ons for personal accounts outside the add-on’s domain: use your work account.',
    textOk: (count: number) =>
      `${count} texts starting with =, +, - or @ (and an apostrophe) came back as written.`,
    textChanged: (changed: string) => `Text KAM wrote came back changed: ${changed}.`,
    textDo:
      'Until this is fixed, check such texts in the sheets by eye, and send this report to support.',
    plainText: (formula: boolean, apostrophe: boolean) =>
      `In a plain-text cell this spreadsheet keeps “=…” written by a script as ${formula ? 'a formula' : 'text'}, and a leading apostrophe ${apostrophe ? 'in the text' : 'out of the text'} (KAM’s writer is safe either way).`,
    triggersOff:
      'The daily check is off here, so there are no triggers to find. Turn it on and run this check again to confirm that Google lists them.',
    triggersOther: (owner: string) =>
      `The daily check is run by ${owner}; only ${owner} can see its triggers. Ask ${owner} to run this check.`,
    triggersOk: (count: number, here: boolean) =>
      `Google lists the daily check’s ${count} triggers. ${here ? 'The list for this spreadsheet shows the hourly one too.' : 'The list for this spreadsheet leaves the hourly one out, which KAM does not rely on.'}`,
    triggersMissing: (missing: number, count: number) =>
      `Google does not list ${missing} of the daily check’s ${count} triggers, so turning it off could leave one behind.`,
    triggersDo:
      'Turn the daily check off and on again (KAM menu). If this check still fails, send this report to support.',
    zoneOk: (zone: string, moments: number) =>
      `${zone}: the script’s clock and Google’s date formatting agree at ${moments} moments around this year’s clock changes.`,
    zoneOff: (zone: string, moments: string) =>
      `${zone}: the script’s clock and Google’s date formatting disagree at ${moments}, so dates near a clock change may be a day off.`,
    zoneDo:
      'Check the time zone in File › Settings, and send this report to support: KAM can count days by Google’s formatting instead.',
    zoneUnknown: (zone: string) =>
      `${zone}: the script’s clock does not know this zone, so KAM asks Google for every date (slower, but right).`,
    lockOk: 'KAM can take the document lock, which keeps two saves from overwriting each other.',
    lockMissing: 'Apps Script gives KAM no document lock here.',
    lockBusy: 'Another KAM task held the document lock for more than 10 seconds.',
    lockDo:
      'Wait until other KAM tasks (a check, a save) finish and run this check again; if it keeps failing, send this report to support.',
    cacheOk: 'The document cache keeps what KAM puts in it.',
    cacheMissing: 'Apps Script gives KAM no document cache here.',
    cacheForgot: 'The document cache did not keep what KAM put in it.',
    cacheDo:
      'A check too large for one run then starts over each hour. If the workbook has many hundreds of accounts, send this report to support.',
    quotaOk: (count: number, quota: number) =>
      `You have ${count} of the ${quota} triggers Google allows each person for KAM (2 in each workbook with the daily check on).`,
    quotaFull: (count: number, quota: number) =>
      `You have ${count} of the ${quota} triggers Google allows each person for KAM: there is no room for the daily check here.`,
    quotaDo: 'Turn the daily check off in workbooks you no longer use, then turn it on here.',
    needs: (scope: string) => `This check needs the permission to ${scope}.`,
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
    /** One meaning in both lists: days past the due day (of the review, of the positive contact). */
    daysOverdue: 'Days overdue',
    lastReview: 'Last review',
    lastPositive: 'Last positive contact',
    status: 'Status',
    link: 'Row',
    open: (row: number) => `Accounts row ${row}`,
    keyWithoutAccount: 'Key clients without an account',
    tier: 'Tier',
    openRevenue: (row: number) => `Revenue row ${row}`,
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
    /** "KAM_TIER: revenue in row 42 must be a number; got text "abc"." (the sheet's row). */
    whereOnSheet: (row: number, column: string, rows: number, columns: number): string =>
      columns === 1
        ? ` in row ${row}`
        : rows === 1
          ? ` in column ${column}`
          : ` in cell ${column}${row}`,
    /** Where the sheet's row cannot be told: "revenue, the 41st value of the range, must be…". */
    whereInRange: (n: number): string => {
      const tens = n % 100;
      const suffix =
        tens >= 11 && tens <= 13
          ? 'th'
          : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
      return `, the ${n}${suffix} value of the range,`;
    },
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
    /** A section whose rows come when it opens (the plan, the whitespace). */
    loadingRows: 'Loading the list…',
    rowsFailed: 'The list could not be loaded.',
    tryAgain: 'Try again',
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
      whitespace: 'Whitespace',
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
      whitespace:
        'Which of our offerings each division of the client buys from us, could buy, or buys from a competitor.',
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
    add: {
      decisionGroup: 'Add person',
      competitors: 'Add competitor',
      plan: 'Add action',
      whitespace: 'Add division and offering',
    },
    editing: (name: string) => `Editing ${name}`,
    adding: 'New entry',
    empty: {
      decisionGroup: 'Nobody yet.',
      competitors: 'No competitor profile yet: who else is trying to win this client?',
      plan: 'No actions planned yet.',
      whitespace: 'Nothing mapped yet: which divisions buy which of our offerings?',
    },
    openMap: 'Open map',
    openWhitespace: 'Open whitespace map',
    printBrief: 'Print brief',
    opening: 'Opening…',
    noOfferings:
      'No offerings listed yet: add what we sell to the "Our offerings" column of the Settings sheet.',
    pickNone: '— nobody —',
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
    /** The Personal control's choice left alone: KAM works it out (the R5 Decision). */
    personalAuto: (personal: boolean): string =>
      personal ? 'KAM decides (now: yes)' : 'KAM decides (now: no)',
    personalChosen: (personal: boolean): string =>
      personal ? 'You marked this contact personal.' : 'You marked this contact not personal.',
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
      NOT_A_PERSON: (label: string) =>
        `${label} must be another person of this account's decision group.`,
      REPORTS_TO_CYCLE: (label: string, names: string) =>
        `${label} would go round in a loop (${names}): someone cannot report to a person who reports to them.`,
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
  /** The relationship map, the whitespace map and the account brief (dialogs). */
  maps: {
    mapTitle: 'Relationship map',
    whitespaceTitle: 'Whitespace map',
    briefTitle: 'Account brief',
    loading: 'Loading…',
    failed: (detail: string) =>
      `The map could not be loaded (${detail}). Close it and open it again from the sidebar.`,
    tabs: { people: 'Relationship map', whitespace: 'Whitespace map' },
    fit: 'Fit to window',
    actualSize: 'Actual size',
    download: 'Download SVG',
    openSvg: 'Open SVG in a new tab',
    copySvg: 'Copy SVG',
    copied: 'The SVG is on the clipboard.',
    copyFailed: 'Copying was refused here: open the SVG in a new tab and save it from there.',
    downloadHelp:
      'If the download does not start (a browser may block downloads from a dialog), open the SVG in a new tab and save it from there.',
    print: 'Print',
    openInTab: 'Open in a new tab to print',
    close: 'Close',
    clickHint: 'Click a person to edit them in the sidebar.',
    opening: (name: string) => `Opening ${name} in the sidebar…`,
    empty: 'Nobody in the decision group yet: add people in the sidebar.',
    noDivision: 'No division named',
    nobodyKnown: 'Nobody known here yet',
    silent: 'No contact lately',
    rolesGapTitle: 'Roles nobody covers',
    roleGap: 'nobody',
    colleaguesTitle: 'Our colleagues',
    ours: (who: string) => `ours: ${who}`,
    rhythm: {
      ok: 'In rhythm',
      dueSoon: 'Positive contact due soon',
      overdue: 'Contact overdue',
      lapsed: 'Not in contact lately',
      never: 'Never contacted',
    },
    days: (days: number) => (days === 0 ? 'today' : days === 1 ? '1 day' : `${days} days`),
    neverShort: 'no contact',
    pauseMark: (until: string) => `pause until ${until}`,
    pauseBanner: (negative: string, until: string) =>
      `Pause in force: negative contact on ${negative}; no personal contact with anyone here until ${until}. Urgent matters go through colleagues.`,
    cycle: (names: string) =>
      `"Reports to" goes round in a loop: ${names}. The map cuts the loop (red dashes); correct it in the Decision group.`,
    unknownManager: (person: string, boss: string) =>
      `${person} reports to "${boss}", who is not in this decision group.`,
    legendTitle: 'How to read it',
    attitude: {
      supporter: 'Supporter',
      neutral: 'Neutral',
      opponent: 'Opponent',
      unknown: 'Attitude not known',
    },
    influenceLegend: 'Border: thicker for more influence',
    rhythmLegend: (ok: number, every: number, months: number) =>
      `Days since our last contact: green up to ${ok}, amber due soon, red after ${every}, grey when none in ${months} months`,
    gapLegend: 'Dashed: a gap to fill',
    reportsLegend: 'Lines: who reports to whom',
    colleagueLegend: 'Right: our colleagues, linked to the people they met lately',
    whitespace: {
      division: 'Division',
      total: 'Total',
      empty: 'No divisions or offerings to map yet: add rows in the sidebar’s Whitespace section.',
      noOfferings:
        'No offerings listed in Settings yet: add what we sell to its "Our offerings" column.',
      totals: (supplied: string, open: string, held: string) =>
        `We supply ${supplied} · opportunities ${open} · held by competitors ${held}`,
    },
    brief: {
      preparedOn: (day: string) => `Prepared on ${day}`,
      manager: 'Manager',
      supervisor: 'Supervisor',
      tier: 'Tier',
      keyTypes: 'Key types',
      contactTitle: 'Contact rhythm and pause',
      contactStatus: 'Contact status',
      lastPositive: 'Last positive contact',
      nextPositive: 'Next positive contact due',
      noPause: 'No pause in force.',
      reviewTitle: 'Last review and what changed',
      lastReview: (day: string, note: string) =>
        note === '' ? `Last review: ${day}.` : `Last review: ${day}: ${note}`,
      neverReviewed: 'Never reviewed.',
      nextReview: (day: string) => `Next review due: ${day}.`,
      changesSince: 'Changed since then',
      noChanges: 'Nothing changed since.',
      moreChanges: (n: number) => `…and ${n} more in Change history.`,
      findings: 'Needs attention',
      planTitle: 'Open actions of the plan',
      noOpenActions: 'No open actions.',
      notFilled: '—',
      printHint: 'Print it, or save it as a PDF (A4), for the review with the head of sales.',
    },
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
  /** The e-mail digests (R2.4, R3.3–R3.6, R4.3, R5, R6.2, R1.3): plain words, no rule codes. */
  digest: {
    menuStop: 'Stop these e-mails',
    stopTitle: 'KAM e-mails',
    stopped: (workbook: string, email: string) =>
      `${email} will get no more KAM e-mails from “${workbook}”. Choose this item again to get them back.`,
    resumeAsk: (day: string) =>
      `You stopped the KAM e-mails from this workbook on ${day}. Get them again?`,
    resumed: (email: string) => `${email} will get the KAM e-mails from this workbook again.`,
    keptStopped: 'Nothing changed: the e-mails stay stopped.',
    whoUnknown:
      'KAM could not tell which Google account you are using, so it cannot stop e-mails to you. Ask the person who runs the daily check to remove you instead.',
    trigger: 'E-mail digests',
    sender: 'KAM',
    date: (day: number, month: number, year: number, thisYear: boolean) =>
      `${day} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][month - 1]}${thisYear ? '' : ` ${year}`}`,
    count: {
      pauseBroken: (n: number) => `${n} ${n === 1 ? 'pause' : 'pauses'} broken`,
      contactsOverdue: (n: number) => `${n} ${n === 1 ? 'contact' : 'contacts'} overdue`,
      reviewsOverdue: (n: number) => `${n} ${n === 1 ? 'review' : 'reviews'} overdue`,
      contactsDue: (n: number) => `${n} ${n === 1 ? 'contact' : 'contacts'} due`,
      reviewsDue: (n: number) => `${n} ${n === 1 ? 'review' : 'reviews'} due`,
      planDue: (n: number) => `${n} plan ${n === 1 ? 'action' : 'actions'} this week`,
      flags: (n: number) => `${n} new ${n === 1 ? 'warning' : 'warnings'}`,
      pausing: (n: number) => `${n} ${n === 1 ? 'pause' : 'pauses'} in force`,
    },
    /** "KAM: 3 contacts overdue, 1 review due", the counts already joined. */
    subject: (due: string) => `KAM: ${due}`,
    /** Added after the subject's counts when more were left out. */
    subjectMore: ', and more',
    weeklySubject: (managers: number) =>
      `KAM weekly: ${managers} ${managers === 1 ? 'manager' : 'managers'}`,
    bothSubject: (daily: string, managers: number) =>
      `${daily}; weekly summary of ${managers} ${managers === 1 ? 'manager' : 'managers'}`,
    title: (day: string) => `Your key accounts on ${day}`,
    intro: (workbook: string) => `What needs you today in “${workbook}”, worst first.`,
    groups: {
      alert: 'Act now',
      warning: 'Coming up',
      info: 'Pauses to respect',
    },
    open: 'Open in the workbook',
    item: {
      pauseBroken: (breach: string, negative: string) =>
        `Pause broken: a personal contact on ${breach}, within two weeks of the negative contact of ${negative}.`,
      contactNever: 'No positive contact on record yet: make one.',
      contactOverdue: (days: number, last: string) =>
        `Positive contact overdue by ${days} ${days === 1 ? 'day' : 'days'}; the last one was on ${last}.`,
      contactDueSoon: (days: number, due: string, last: string) =>
        `${days === 0 ? 'Positive contact due today' : `Positive contact due in ${days} ${days === 1 ? 'day' : 'days'}, on ${due}`}; the last one was on ${last}.`,
      lastPerson: (person: string) => `Last in contact: ${person}.`,
      reviewNever: 'Dossier never reviewed: review it.',
      reviewOverdue: (days: number, due: string) =>
        `Dossier review overdue by ${days} ${days === 1 ? 'day' : 'days'} (it was due on ${due}).`,
      reviewDueSoon: (days: number, due: string) =>
        days === 0
          ? 'Dossier review due today.'
          : `Dossier review due on ${due}, in ${days} ${days === 1 ? 'day' : 'days'}.`,
      planDue: (action: string, due: string, days: number) =>
        `Plan: “${action}”, due ${days === 0 ? 'today' : `on ${due}`}.`,
      strongOpponents: (names: string) =>
        `New warning: an opponent with strong influence: ${names}.`,
      noDecisionMaker: 'New warning: nobody in the decision group is known to make the decision.',
      noCompetitor: 'New warning: no competitor profile: who else is trying to win this client?',
      staleCompetitors: (names: string) => `New warning: competitor profile out of date: ${names}.`,
      divisionsWithoutContact: (divisions: string) =>
        `New warning: no recent contact with these divisions: ${divisions}.`,
      pausing: (client: string, until: string) =>
        `No personal contact with ${client} until ${until}: urgent matters through a colleague.`,
    },
    more: (n: number) => `And ${n} more in the workbook.`,
    weekly: {
      title: (day: string) => `Your team on ${day}`,
      intro: (managers: string) => `The managers you supervise: ${managers}.`,
      scorecard: 'Scorecard, last 6 months',
      percent: (n: number) => `${n}%`,
      points: (n: number) =>
        n === 0
          ? 'no change'
          : `${n > 0 ? '+' : '−'}${Math.abs(n)} ${Math.abs(n) === 1 ? 'point' : 'points'}`,
      score: (label: string, value: string, change: string | undefined) =>
        change === undefined
          ? `${label}: ${value}`
          : `${label}: ${value} (${change} since last week)`,
      allClear: 'No overdue review and no contact gap.',
      concentration: 'Revenue concentration',
      scores: {
        reviewsOnTime: 'Reviews on time',
        rhythmKept: 'Positive-contact rhythm kept',
        pausesRespected: 'Pauses respected',
        planDoneOnTime: 'Plan actions done on time',
        dossierComplete: 'Dossier complete',
      },
      accounts: (n: number) => `${n} ${n === 1 ? 'account' : 'accounts'}`,
      notMeasured: 'nothing to measure',
      overdueReviews: 'Overdue reviews',
      contactGaps: 'Contact gaps',
      noneFor: 'None.',
      reviewOverdue: (days: number) => `overdue by ${days} ${days === 1 ? 'day' : 'days'}`,
      neverReviewed: 'never reviewed',
      contactOverdue: (days: number) =>
        `positive contact overdue by ${days} ${days === 1 ? 'day' : 'days'}`,
      contactNever: 'no positive contact',
      pauseBroken: 'pause broken',
      mono: (clients: string, share: string) =>
        `${clients} brings ${share} of all revenue: start winning new clients now, so that income does not hang on one client.`,
      keyClients: 'Key clients without an account',
      keyClient: (client: string, share: string) =>
        `${client}: ${share} of revenue, but no account, manager or dossier yet.`,
      unreadable: (workbook: string) => `The workbook “${workbook}” could not be read this week.`,
    },
    footer: (workbook: string, sender: string) =>
      `You get this e-mail because “${workbook}” names you as a manager or supervisor of key accounts. To stop it, open the workbook and choose Extensions › KAM › Stop these e-mails, or ask ${sender}, who runs its daily check.`,
    footerLink: 'Open the workbook',
    log: {
      notGranted:
        'Not sent: the person who runs the daily check has not allowed KAM to send e-mail from their account. They allow it by choosing Extensions › KAM › Daily check: on, run by … and ticking it on Google’s permission screen.',
      andMore: (n: number) => `and ${n} more`,
      sent: (names: string) => `Sent to: ${names}.`,
      nothing: 'Nothing due today: no e-mail sent.',
      quota: (names: string) =>
        `Not sent, the e-mail quota of the day is spent: ${names}. They get the next digest.`,
      failed: (email: string, reason: string) => `Not sent to ${email}: ${reason}`,
      cannotOpen: (names: string) =>
        `Not mailed, as they cannot open this workbook: ${names}. Share it with them, or correct Accounts.`,
      weeklyUnread: (names: string) => `Weekly digest: could not read ${names}.`,
    },
  },
};

export type Messages = typeof en;
