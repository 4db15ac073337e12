// Answers Google leaves open, or that a real account may give otherwise: the emulator assumes
// the documented or likeliest one, and a test may ask for the other to see the add-on cope.
// Set with `createEmulator({ quirks })` or `emulator.setQuirks(…)` (README, "Quirks").

export interface Quirks {
  /**
   * `Session.getActiveUser().getEmail()` in FULL: `shown` (the default), or `blank`, as Google
   * documents for consumer accounts outside the developer's domain that have not authorised the
   * script (https://developers.google.com/apps-script/reference/base/session#getActiveUser()).
   */
  activeUserEmail: 'shown' | 'blank';
  /**
   * `LockService.getDocumentLock()`: `available` (the default); `missing`, null as outside a
   * document; `held`, another execution holds it for good (tryLock waits and answers false).
   */
  documentLock: 'available' | 'missing' | 'held';
  /**
   * `CacheService.getDocumentCache()`: `available` (the default); `missing`, null as outside a
   * document; `forgets`, puts are accepted and dropped at once (Google: "may be removed from the
   * cache before their expiration time", https://developers.google.com/apps-script/reference/cache/cache).
   */
  documentCache: 'available' | 'missing' | 'forgets';
  /**
   * Whether `ScriptApp.getProjectTriggers()` and `getUserTriggers(document)` list time-driven
   * triggers (default true). Google documents neither listing's answer for an add-on's
   * time-driven triggers; false plays the answer that they are left out.
   */
  listsTimeDriven: boolean;
  /**
   * `Utilities.formatDate` for zones with daylight saving: `follows` the zone's rules (the
   * default, as the runtime's `Intl` does), or `ignores` them, answering the standard offset
   * all year: a server whose zone data disagrees with the script runtime's.
   */
  formatDateDst: 'follows' | 'ignores';
  /**
   * A script's string that starts with an apostrophe, written into an automatic ("General")
   * cell: `marker` (the default) takes the apostrophe as Sheets' "this is text" sign and stores
   * the rest, as when a user types it; `kept` stores the apostrophe too. Google documents the
   * typed behaviour, not setValues'.
   */
  scriptApostrophe: 'marker' | 'kept';
}

export const DEFAULT_QUIRKS: Quirks = {
  activeUserEmail: 'shown',
  documentLock: 'available',
  documentCache: 'available',
  listsTimeDriven: true,
  formatDateDst: 'follows',
  scriptApostrophe: 'marker',
};
