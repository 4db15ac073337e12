// KAM › Help › Check this installation: runs every check in the user's real spreadsheet, shows
// the report in a dialog and writes it to the KAM log, so the first real installation confirms
// or refutes in one click what the emulator could only assume.

import type { Lang } from '../../i18n';
import { langOfLocale, messagesFor } from '../../i18n';
import type { Platform } from '../platform/platform';
import { scopeWords } from '../schedule/menu';
import { logRun } from '../sheet/run-log';
import { runProbes } from './probes';
import { type ReportHead, reportHtml, reportText } from './report';

/** A value the spreadsheet may refuse (a scope not granted), or a stand-in. */
function tryOr<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

/**
 * Menu "Check this installation". It asks for no scope up front (it is the one item that must
 * run under partial consent, to report it); the dialog needs script.container.ui, so without
 * it the report shows as an alert, and without spreadsheets it is not logged.
 */
export function checkInstallation(platform: Platform): void {
  const spreadsheet = tryOr(() => platform.spreadsheet(), undefined);
  const locale = tryOr(() => spreadsheet?.getSpreadsheetLocale() ?? '', '');
  const lang: Lang = langOfLocale(locale);
  const m = messagesFor(lang);
  // A sheet inserted (the scratch sheet, the KAM log) becomes the active one: the user's
  // sheet is shown again at the end.
  const shown = tryOr(() => spreadsheet?.getActiveSheet(), undefined);
  const { findings, missing } = runProbes(platform, m, (scopes) => scopeWords(lang, scopes));
  const now = platform.clock.now();
  const zone = tryOr(() => spreadsheet?.getSpreadsheetTimeZone() ?? 'UTC', 'UTC');
  const head: ReportHead = {
    when: tryOr(() => platform.formatDate(now, zone, 'yyyy-MM-dd HH:mm'), now.toISOString()),
    zone,
    name: tryOr(() => spreadsheet?.getName() ?? '', ''),
    locale,
    user: missing.includes('userinfo.email') ? '' : tryOr(() => platform.user.active(), ''),
  };
  const text = reportText(m, head, findings);
  const failed = findings.some((f) => f.status === 'fail');
  let logged = false;
  if (spreadsheet && !missing.includes('spreadsheets')) {
    logRun(
      () => platform.properties(),
      spreadsheet,
      lang,
      { trigger: m.menu.checkInstallation, outcome: failed ? 'failed' : 'ok', message: text },
      now,
      false,
    );
    logged = true;
  }
  tryOr(() => shown?.activate(), undefined);
  if (missing.includes('script.container.ui')) {
    const ui = platform.ui();
    ui.alert(m.install.title, text, ui.ButtonSet.OK);
  } else platform.showHtmlDialog(reportHtml(m, head, findings, logged), m.install.title, 560, 520);
}
