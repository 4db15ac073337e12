// Menu "Team overview" for the head of sales (R3.5, R4.3): every workbook listed in Portfolio
// is opened once and each of its sheets read once; every account's tier, review and contact
// status and the per-manager scorecard go to one sheet. A workbook it cannot open is listed.
import { dayOfDate } from '../../core/days';
import { type Lang, messagesFor } from '../../i18n';
import { sheetDef } from '../../template/lookup';
import { SHEETS } from '../../template/workbook';
import { statusesOf } from '../check/account-status';
import { writeLines } from '../dashboard/dashboard';
import { dashboardModel } from '../dashboard/model';
import type { Platform } from '../platform/platform';
import type { Spreadsheet } from '../platform/sheets';
import { LOCK_WAIT_MS, withDocumentLock } from '../sheet/lock';
import { CHECK_SHEETS, readPortfolio } from '../sheet/portfolio-read';
import { encodeCell } from '../sheet/table-codec';
import { openWorkbook } from '../sheet/workbook';
import {
  OVERVIEW_WIDTH,
  type OverviewRow,
  overviewLines,
  type TeamOverviewData,
} from './overview-lines';
import { portfolioRows, spreadsheetIdOf } from './portfolio';

export interface TeamOverview extends TeamOverviewData {
  workbooks: number;
}

const accountsDef = sheetDef('accounts');
const column = (key: string) => accountsDef.columns.find((c) => c.key === key)!;

/**
 * One workbook as Team overview reads it: each sheet once, every account's status today and
 * the dashboard's model of it (scorecards, overdue reviews, contact gaps). The weekly digest
 * reads the managers' workbooks the same way.
 */
export function readTeamWorkbook(platform: Platform, target: Spreadsheet, now: Date) {
  const workbook = openWorkbook(platform, target, SHEETS);
  const today = dayOfDate(now, workbook.zone);
  const portfolio = readPortfolio(
    workbook,
    [...CHECK_SHEETS, 'dossier', 'plan', 'history'],
    undefined,
    {},
    today,
  );
  const statuses = statusesOf(portfolio.accounts, workbook, today);
  return {
    workbook,
    portfolio,
    today,
    statuses,
    model: dashboardModel(portfolio, statuses, today),
  };
}

/** Reads one workbook: its accounts' statuses today and its managers' scorecards. */
function readOne(platform: Platform, target: Spreadsheet, name: string, now: Date, lang: Lang) {
  const { workbook, portfolio, today, statuses, model } = readTeamWorkbook(platform, target, now);
  const m = messagesFor(lang).access.overview;
  const rows: OverviewRow[] = portfolio.accounts.map((a) => {
    const status = statuses.get(a.id)!;
    const { review, contact } = status;
    return {
      workbook: name,
      manager: typeof a.row.values.manager === 'string' ? a.row.values.manager : '',
      account: a.id,
      client: typeof a.row.values.client === 'string' ? a.row.values.client : '',
      share: a.share,
      tier: String(encodeCell(column('tier'), a.tier, lang, workbook.zone)),
      reviewKind: review.kind,
      contactKind: contact.kind,
      review: m.reviewStatus[review.kind],
      nextReview:
        review.kind === 'never'
          ? ''
          : (encodeCell(column('nextReviewDue'), review.due, lang, workbook.zone) as Date),
      contact: String(encodeCell(column('contactStatus'), contact.kind, lang, workbook.zone)),
      flags: String(status.values.flags ?? ''),
    };
  });
  return { rows, cards: model.cards, today };
}

/** Reads every listed workbook; one that cannot be opened or read is named with the reason. */
export function teamOverview(platform: Platform, now: Date): TeamOverview {
  const spreadsheet = platform.spreadsheet();
  const { lang, zone } = openWorkbook(platform, spreadsheet, [sheetDef('settings')]);
  const entries = portfolioRows(spreadsheet);
  const result: TeamOverview = {
    lang,
    today: dayOfDate(now, zone),
    rows: [],
    cards: [],
    unreadable: [],
    workbooks: entries.length,
  };
  for (const entry of entries) {
    const name = entry.name || entry.url;
    try {
      const id = spreadsheetIdOf(entry.url);
      if (id === '') throw new Error(entry.url);
      const one = readOne(platform, platform.sheets.openById(id), name, now, lang);
      result.rows.push(...one.rows);
      result.cards.push(...one.cards);
    } catch (e) {
      result.unreadable.push({
        workbook: name,
        reason: e instanceof Error ? e.message : String(e),
      });
    }
  }
  return result;
}

/**
 * Writes the overview sheet like the dashboard: cleared, then one block of values, formats
 * (percentages, dates), bold title and headers, fills; the header row frozen.
 */
export function writeOverview(spreadsheet: Spreadsheet, o: TeamOverview): void {
  const m = messagesFor(o.lang).access.overview;
  let sheet = spreadsheet.getSheetByName(m.sheet);
  const created = !sheet;
  if (sheet) sheet.clear();
  else sheet = spreadsheet.insertSheet(m.sheet);
  writeLines(sheet, overviewLines(o), OVERVIEW_WIDTH);
  if (created) sheet.setColumnWidths(1, OVERVIEW_WIDTH, 160);
  sheet.setFrozenRows(3);
}

/**
 * Menu "Team overview": the managers' workbooks are read without the lock (they are other
 * files), then the overview sheet is written holding this workbook's lock.
 */
export function teamOverviewFromMenu(platform: Platform): void {
  const spreadsheet = platform.spreadsheet();
  const overview = teamOverview(platform, platform.clock.now());
  const m = messagesFor(overview.lang).access.overview;
  if (overview.workbooks === 0) {
    platform.ui().alert(m.noPortfolio);
    return;
  }
  withDocumentLock(platform, LOCK_WAIT_MS.menu, () => writeOverview(spreadsheet, overview));
  spreadsheet.toast(
    m.done(overview.rows.length, overview.workbooks, overview.unreadable.length),
    messagesFor(overview.lang).menu.title,
    10,
  );
}
