// The sheets KAM names in the workbook's language (the dashboard, the KAM log), found under
// either language's name, so switching the Settings language renames them rather than adding
// a second, stale copy beside the first.
import { type Lang, type Messages, messagesFor } from '../../i18n';
import type { Sheet, Spreadsheet } from '../platform/sheets';

const LANGS: readonly Lang[] = ['en', 'lt'];

/**
 * The sheet named `name(messages)` in `lang`, or the one named so in another language, renamed
 * to `lang`'s name; null when neither exists. Example: the Settings language switched from
 * English to Lithuanian → "KAM dashboard" becomes "KAM suvestinė". One lookup when the sheet is
 * already named in `lang` (every run after the first).
 */
export function ownSheet(
  spreadsheet: Spreadsheet,
  lang: Lang,
  name: (messages: Messages) => string,
): Sheet | null {
  const wanted = name(messagesFor(lang));
  const sheet = spreadsheet.getSheetByName(wanted);
  if (sheet) return sheet;
  for (const other of LANGS) {
    const before = name(messagesFor(other));
    if (other === lang || before === wanted) continue;
    const old = spreadsheet.getSheetByName(before);
    if (old) return old.setName(wanted);
  }
  return null;
}
