// Menu "Check access" (R3.5): who can open this file against the managers and supervisors
// named in Accounts; shown in a dialog and written to the Log sheet.
import { type AccessAudit, auditAccess, type LinkSharing } from '../../core/access-audit';
import { joinWithin, NAME_LIST_MAX } from '../../core/fit-text';
import { type Lang, messagesFor } from '../../i18n';
import { SHEETS } from '../../template/workbook';
import type { Platform } from '../platform/platform';
import type { Spreadsheet, User } from '../platform/sheets';
import { LOCK_WAIT_MS, withDocumentLock } from '../sheet/lock';
import { logRun } from '../sheet/run-log';
import { openWorkbook } from '../sheet/workbook';
import { accountPeople, listOf, ownerOf } from './people';

const LINK: readonly string[] = [
  'PRIVATE',
  'ANYONE',
  'ANYONE_WITH_LINK',
  'DOMAIN',
  'DOMAIN_WITH_LINK',
];

/**
 * The file's link sharing, or "unknown" when the Drive API does not reach this file: KAM asks
 * for drive.file, which reaches the workbooks it created, not the one a user made.
 */
function linkSharing(platform: Platform, spreadsheet: Spreadsheet): LinkSharing {
  try {
    const access = platform.sharingAccess(spreadsheet.getId());
    return LINK.includes(access) ? (access as LinkSharing) : 'unknown';
  } catch {
    return 'unknown';
  }
}

/** The audit in words, one line each, in the workbook's language. */
export function wordAudit(audit: AccessAudit, lang: Lang): string {
  const m = messagesFor(lang).access;
  const ids = (list: string[]) =>
    joinWithin(list, ', ', NAME_LIST_MAX, messagesFor(lang).finding.andMore);
  const lines = audit.findings.map((f): string => {
    if (f.kind === 'outsider') return m.outsider(f.email, f.as);
    if (f.kind === 'missing') return m.missing(f.email);
    if (f.kind === 'readsOthers') return m.readsOthers(f.email, f.accounts.length, ids(f.accounts));
    if (f.kind === 'ownerReads') return m.ownerReads(f.email, f.accounts.length, ids(f.accounts));
    if (f.kind === 'link') return m.link;
    if (f.kind === 'domain') return m.domain;
    return m.linkUnknown;
  });
  return [
    m.allowed(listOf(audit.allowed)),
    ...(audit.ok ? [m.allClear] : []),
    ...lines.map((line) => `• ${line}`),
  ].join('\n');
}

/** Checks the file's sharing against its accounts and logs the result (one read of Accounts). */
export function checkAccess(
  platform: Platform,
  now: Date,
): { audit: AccessAudit; lang: Lang; text: string } {
  const spreadsheet = platform.spreadsheet();
  const workbook = openWorkbook(platform, spreadsheet, SHEETS);
  const email = (u: User) => u.getEmail();
  const audit = auditAccess(accountPeople(workbook), {
    owner: ownerOf(spreadsheet),
    editors: spreadsheet.getEditors().map(email),
    viewers: spreadsheet.getViewers().map(email),
    link: linkSharing(platform, spreadsheet),
  });
  const m = messagesFor(workbook.lang).access;
  const problems = audit.findings.filter(
    (f) =>
      f.kind === 'outsider' || f.kind === 'link' || f.kind === 'domain' || f.kind === 'readsOthers',
  ).length;
  const text = wordAudit(audit, workbook.lang);
  logRun(
    () => platform.properties(),
    spreadsheet,
    workbook.lang,
    {
      trigger: m.trigger,
      outcome: audit.ok ? 'ok' : 'failed',
      message: `${m.summary(problems)}\n${text}`,
    },
    now,
    false,
  );
  return { audit, lang: workbook.lang, text };
}

/** Menu "Check access": the result in a dialog. */
export function checkAccessFromMenu(platform: Platform): void {
  const { lang, text } = withDocumentLock(platform, LOCK_WAIT_MS.menu, () =>
    checkAccess(platform, platform.clock.now()),
  );
  const ui = platform.ui();
  ui.alert(messagesFor(lang).access.checkTitle, text, ui.ButtonSet.OK);
}
