// Every menu item runs through here: first the scopes it needs (granular consent: Google asks
// again for what is missing), then a failure becomes an alert that says what did not finish
// and why, and a line in the KAM log (add-ons get no failure e-mails), in the workbook's
// language. Errors carry a code (src/core/errors.ts); this outermost layer words them.
import { causeOf } from '../../core/errors';
import { wordProblem } from '../../dossier/words';
import { type Lang, langOfLocale, messagesFor } from '../../i18n';
import type { Platform } from '../platform/platform';
import { TRIGGER_QUOTA } from '../schedule/triggers';
import { LOCK_WAIT_MS, withDocumentLock } from '../sheet/lock';
import { logRun } from '../sheet/run-log';
import { menuEntries } from './menu';

/** The reason in words: a coded failure by its code, anything else by its message. */
export function wordFailure(error: unknown, lang: Lang): string {
  const cause = causeOf(error);
  if (cause?.code === 'TRIGGER_LIMIT')
    return messagesFor(lang).check.triggerLimit(Number(cause.detail), TRIGGER_QUOTA);
  if (cause?.code === 'BUSY') return messagesFor(lang).menu.busy;
  if (cause) return wordProblem(cause, [], lang);
  return error instanceof Error ? error.message : String(error);
}

/**
 * Runs a menu item's handler; on failure, logs and alerts rather than showing a raw error.
 * Before anything else, asks for the scopes the item needs (ScriptApp.requireScopes): with
 * one the user did not grant, Google ends the run and shows its consent screen, instead of
 * the item failing with a misleading error (none asked: no call).
 */
export function menuAction(
  platform: Platform,
  functionName: string,
  handler: (platform: Platform) => void,
  scopes: readonly string[] = [],
): void {
  if (scopes.length > 0) platform.consent.ensure(scopes);
  try {
    handler(platform);
  } catch (error) {
    let lang: Lang = 'en';
    try {
      lang = langOfLocale(platform.spreadsheet().getSpreadsheetLocale());
    } catch {
      // The language is a courtesy; English will do.
    }
    const m = messagesFor(lang);
    const item =
      menuEntries({ mode: 'NONE', lang, m, platform }).find((e) => e.functionName === functionName)
        ?.caption ?? functionName;
    const reason = wordFailure(error, lang);
    console.error(`KAM ${functionName}: ${error instanceof Error ? error.stack : String(error)}`);
    try {
      withDocumentLock(platform, LOCK_WAIT_MS.edit, () =>
        logRun(
          () => platform.properties(),
          platform.spreadsheet(),
          lang,
          { trigger: item, outcome: 'failed', message: reason },
          platform.clock.now(),
          false,
        ),
      );
    } catch {
      // The alert below still tells the user.
    }
    const ui = platform.ui();
    ui.alert(m.menu.failedTitle, m.menu.failed(item, reason), ui.ButtonSet.OK);
  }
}
