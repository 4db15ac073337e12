// The OAuth scopes KAM asks for (appsscript.json's, a test keeps them in step) and which of them
// each entry point needs, so that with granular consent a missing one brings Google's consent
// screen back rather than a misleading failure (ScriptApp.requireScopes). Short names, as the
// URLs end: "spreadsheets" is https://www.googleapis.com/auth/spreadsheets.

/** Every scope of appsscript.json's oauthScopes. */
export const KAM_SCOPES = [
  'spreadsheets',
  'script.container.ui',
  'script.scriptapp',
  'drive.file',
  'script.send_mail',
  'userinfo.email',
] as const;

export type KamScope = (typeof KAM_SCOPES)[number];

/** What each kind of entry point needs. */
export const NEEDS = {
  /** Reading and writing this spreadsheet: most menu items. */
  sheet: ['spreadsheets'],
  /** The sidebar: the spreadsheet, the panel, and who the user is (who may open what). */
  sidebar: ['spreadsheets', 'script.container.ui', 'userinfo.email'],
  /** The sidebar's calls: the spreadsheet and who the user is. */
  endpoints: ['spreadsheets', 'userinfo.email'],
  /**
   * Turning the daily check on or off: its triggers, and whose they are; the daily check
   * mails the e-mail digests from its owner's account when they are on.
   */
  triggers: ['spreadsheets', 'script.scriptapp', 'userinfo.email', 'script.send_mail'],
  /** The daily check's e-mail digests, sent from its owner's account. */
  mail: ['spreadsheets', 'script.send_mail'],
  /** "Stop these e-mails": the workbook's properties under the user's own e-mail. */
  recipient: ['spreadsheets', 'userinfo.email'],
  /** Protections name the user running KAM. */
  protect: ['spreadsheets', 'userinfo.email'],
  /** New workbooks and their sharing go through the Drive API. */
  drive: ['spreadsheets', 'drive.file', 'userinfo.email'],
} as const satisfies Record<string, readonly KamScope[]>;

/**
 * Whether an error is Apps Script refusing a call for a scope: "You do not have permission to
 * call X. Required permissions: …" (the built-in services' words).
 */
export function isScopeRefusal(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /You do not have permission to call|Required permissions:/.test(message);
}
