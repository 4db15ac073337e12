// Menu "Split by manager" (R3.5): one workbook per manager holding only that manager's
// accounts in every sheet, shared with the manager and their direct supervisor only, listed
// in the Portfolio sheet of this workbook as soon as it exists. A failure for one manager is
// reported by name and the others go on; running it again completes what is missing through
// Portfolio's record, never making a second workbook for a manager. Nothing is deleted here.
import { normalEmail } from '../../core/access';
import { splitPlan } from '../../core/access-split';
import { type Lang, messagesFor } from '../../i18n';
import { normalizeHeader } from '../../template/lookup';
import { SHEETS } from '../../template/workbook';
import { recordMoved } from '../digest/state';
import type { Platform } from '../platform/platform';
import { LOCK_WAIT_MS, withDocumentLock } from '../sheet/lock';
import { logRun } from '../sheet/run-log';
import { openWorkbook } from '../sheet/workbook';
import { accountPeople, runnerEmail } from './people';
import { markFinished, portfolioRows, recordWorkbook, spreadsheetIdOf } from './portfolio';
import { rowsByManager, type SourceTable, sourceTable } from './split-tables';
import { type SplitSource, shareFillAndProtect, workbookNameOf } from './split-workbook';

/**
 * Records a workbook just created, trying twice: between its creation and this record is the
 * only moment a failure could leave a workbook that Portfolio does not know (and so a second
 * one on the next run), so one failed write there gets a second chance.
 */
function recorded(record: () => number, url: string, lang: Lang): number {
  try {
    return record();
  } catch {
    try {
      return record();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(messagesFor(lang).access.unrecorded(url, reason));
    }
  }
}

export interface SplitReport {
  lang: Lang;
  created: { manager: string; supervisors: string[]; id: string; url: string; accounts: number }[];
  /** Managers whose workbook an earlier, unfinished run had made: finished now. */
  completed: string[];
  /** Managers already listed in Portfolio as finished: not split again. */
  skipped: string[];
  /** Managers whose workbook could not be made or finished, with the reason. */
  failed: { manager: string; reason: string }[];
  unassigned: string[];
  /** Rows naming no known account, by sheet name: they stay in the source only. */
  orphans: { sheet: string; rows: number }[];
}

/** The source workbook read once: every table, and whose each account-keyed row is. */
function sourceOf(platform: Platform) {
  const workbook = openWorkbook(platform, platform.spreadsheet(), SHEETS);
  const plan = splitPlan(accountPeople(workbook), normalizeHeader);
  const tables: SourceTable[] = [];
  for (const def of SHEETS) {
    if (def.layout !== 'table') continue;
    const raw = workbook.read(def);
    if (raw) tables.push(sourceTable(def, raw));
  }
  const rows = new Map<string, Map<string, number[]>>();
  const orphans: SplitReport['orphans'] = [];
  for (const table of tables) {
    if (!table.columns.has('accountId')) continue;
    const { byManager, orphans: lost } = rowsByManager(table, plan.managerOf);
    rows.set(table.def.key, byManager);
    if (lost.length > 0) orphans.push({ sheet: table.def.name[workbook.lang], rows: lost.length });
  }
  const source: SplitSource = { workbook, tables, rows, runner: runnerEmail(platform) };
  return { source, plan, orphans };
}

/** Splits the workbook by manager; finished managers in Portfolio are skipped, unfinished ones completed. */
export function splitByManager(platform: Platform, now: Date): SplitReport {
  const { source, plan, orphans } = sourceOf(platform);
  const { spreadsheet, lang } = source.workbook;
  const listed = new Map(portfolioRows(spreadsheet).map((r) => [normalEmail(r.manager), r]));
  const report: SplitReport = {
    lang,
    created: [],
    completed: [],
    skipped: [],
    failed: [],
    unassigned: plan.unassigned,
    orphans,
  };
  for (const share of plan.managers) {
    const entry = listed.get(normalEmail(share.manager));
    if (entry?.complete) {
      report.skipped.push(share.manager);
      continue;
    }
    try {
      const opened = entry && platform.sheets.openById(spreadsheetIdOf(entry.url));
      const target = opened ?? platform.sheets.create(workbookNameOf(source, share));
      let row = entry?.row;
      if (!entry) {
        const created = { ...share, id: target.getId(), url: target.getUrl() };
        const record = { ...created, name: workbookNameOf(source, share), created: now };
        const accounts = share.accounts.length;
        row = recorded(
          () => recordWorkbook(spreadsheet, lang, { ...record, accounts }),
          record.url,
          lang,
        );
        report.created.push({ ...created, accounts });
      } else report.completed.push(share.manager);
      shareFillAndProtect(platform, source, share, target);
      markFinished(spreadsheet, lang, row as number);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      report.failed.push({ manager: share.manager, reason });
    }
  }
  // This workbook stops mailing these managers their digests: their own workbooks do (R3.5).
  const moved = [...report.created.map((c) => c.manager), ...report.completed, ...report.skipped];
  if (moved.length > 0) recordMoved(platform.properties(), moved);
  const m = messagesFor(lang).access;
  const outcome = report.failed.length > 0 ? 'failed' : 'ok';
  const line = { trigger: m.menuSplit, outcome, message: wordSplit(report) } as const;
  logRun(() => platform.properties(), spreadsheet, lang, line, now, false);
  return report;
}

/** The report in words. */
export function wordSplit(report: SplitReport): string {
  const m = messagesFor(report.lang).access;
  return [
    m.created(report.created.length),
    report.completed.length > 0 ? m.completed(report.completed.join(', ')) : '',
    report.skipped.length > 0 ? m.alreadySplit(report.skipped.join(', ')) : '',
    ...report.failed.map((f) => m.splitFailed(f.manager, f.reason)),
    report.unassigned.length > 0 ? m.unassigned(report.unassigned.join(', ')) : '',
    ...report.orphans.map((o) => m.orphans(o.sheet, o.rows)),
  ]
    .filter((line) => line !== '')
    .join('\n');
}

/** Menu "Split by manager": holding the document lock, then the report in a dialog. */
export function splitByManagerFromMenu(platform: Platform): void {
  const report = withDocumentLock(platform, LOCK_WAIT_MS.menu, () =>
    splitByManager(platform, platform.clock.now()),
  );
  const ui = platform.ui();
  ui.alert(messagesFor(report.lang).access.splitTitle, wordSplit(report), ui.ButtonSet.OK);
}
