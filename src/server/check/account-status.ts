// The Accounts status cells (R1, R3.3, R3.4, R3.6, R5, R6.2): values, a note that says why,
// and a background by severity, written in blocks for the given accounts.
import {
  type AccountCheck,
  checkAccount,
  type Finding,
  type Severity,
} from '../../core/account-check';
import type { Day } from '../../core/days';
import { messagesFor } from '../../i18n';
import {
  type AccountRecord,
  accountKey,
  type Portfolio,
  readPortfolio,
} from '../sheet/portfolio-read';
import { runsOf } from '../sheet/runs';
import { type CellValue, encodeCell } from '../sheet/table-codec';
import type { Table } from '../sheet/table-read';
import type { Workbook } from '../sheet/workbook';
import { wordFinding } from './word-finding';

/** Light fills Sheets users know: red for a broken rule, amber for one about to be, blue for a state to respect. */
export const SEVERITY_COLORS: Readonly<Record<Severity, string>> = {
  ok: '#ffffff',
  info: '#c9daf8',
  warning: '#fce8b2',
  alert: '#f4c7c3',
};

/** The Accounts columns the checks own, in template order. */
export const STATUS_KEYS = [
  'revenue',
  'share',
  'tier',
  'lastReview',
  'nextReviewDue',
  'lastPositiveContact',
  'lastNegativeContact',
  'contactStatus',
  'flags',
] as const;

export interface AccountStatus {
  values: Record<string, CellValue>;
  notes: Record<string, string>;
  severity: Severity;
  check: AccountCheck;
}

/** A finding's short flag, with the names it is about ("Strong opponent: Petras"). */
function flagOf(m: ReturnType<typeof messagesFor>, finding: Finding): string {
  const short = m.finding.short[finding.kind];
  if (finding.kind === 'strongOpponents' || finding.kind === 'staleCompetitors')
    return `${short}: ${finding.names.join(', ')}`;
  if (finding.kind === 'divisionsWithoutContact')
    return `${short}: ${finding.divisions.join(', ')}`;
  return short;
}

/** Computes one account's status cells on a day (pure). */
export function statusOf(record: AccountRecord, workbook: Workbook, today: Day): AccountStatus {
  const { settings } = workbook;
  const m = messagesFor(workbook.lang);
  const check = checkAccount(record.facts, today, settings);
  const words = check.findings.map((f) => ({ f, text: wordFinding(m, f, settings) }));
  const about = (...kinds: string[]) =>
    words
      .filter((w) => kinds.includes(w.f.kind))
      .map((w) => w.text)
      .join('\n');
  const reviewNote = about('reviewNever', 'reviewOverdue', 'reviewDueSoon');
  const contactNote = about(
    'contactNever',
    'contactOverdue',
    'contactDueSoon',
    'pausing',
    'pauseBroken',
  );
  const pastNegatives = record.facts.contacts
    .filter((c) => c.outcome === 'negative' && c.day <= today)
    .map((c) => c.day);
  const severity: Severity =
    check.severity === 'ok' && record.tier === 'mono' ? 'warning' : check.severity;
  return {
    values: {
      revenue: record.revenue,
      share: record.share,
      tier: record.tier,
      lastReview: record.facts.lastReview,
      nextReviewDue: check.review.kind === 'never' ? undefined : check.review.due,
      lastPositiveContact: check.contact.lastPositive,
      lastNegativeContact: pastNegatives.length === 0 ? undefined : Math.max(...pastNegatives),
      contactStatus: check.contact.kind,
      flags: words.map((w) => flagOf(m, w.f)).join('; '),
    },
    notes: {
      tier: record.tier === 'mono' ? m.monoClientAlert : '',
      lastReview: reviewNote,
      nextReviewDue: reviewNote,
      lastPositiveContact: contactNote,
      lastNegativeContact: contactNote,
      contactStatus: contactNote,
      flags: words.map((w) => w.text).join('\n'),
    },
    severity,
    check,
  };
}

/**
 * Writes status cells for the given rows: per run of consecutive rows and run of adjacent
 * status columns, one range with one setValues, one setNotes and one setBackgrounds, so
 * values, notes and colours change together (never half-highlighted).
 */
export function writeStatuses(
  table: Table,
  workbook: Workbook,
  byRow: ReadonlyMap<number, AccountStatus | undefined>,
): void {
  const columns = STATUS_KEYS.map((key) => ({ key, index: table.columns.get(key) })).filter(
    (c): c is { key: (typeof STATUS_KEYS)[number]; index: number } => c.index !== undefined,
  );
  const defs = new Map(table.def.columns.map((c) => [c.key, c]));
  const encode = (key: string, value: CellValue) => {
    const def = defs.get(key);
    return def ? encodeCell(def, value, workbook.lang, workbook.zone) : '';
  };
  for (const rows of runsOf([...byRow.keys()])) {
    for (const indexes of runsOf(columns.map((c) => c.index))) {
      const run = indexes.map((index) => columns.find((c) => c.index === index)!);
      const values = rows.map((row) =>
        run.map((c) => encode(c.key, byRow.get(row)?.values[c.key])),
      );
      const notes = rows.map((row) => run.map((c) => byRow.get(row)?.notes[c.key] ?? ''));
      const colors = rows.map((row) =>
        run.map(() => SEVERITY_COLORS[byRow.get(row)?.severity ?? 'ok']),
      );
      const range = table.source.rangeAt(rows[0], indexes[0] + 1, rows.length, indexes.length);
      range.setValues(values);
      range.setNotes(notes);
      range.setBackgrounds(colors);
    }
  }
}

/**
 * Recomputes and re-highlights the given accounts (all when `ids` is 'all'); rows of
 * Accounts without an account get blank status cells when the whole sheet is refreshed.
 * Script edits do not fire onEdit, so every feature that changes data calls this itself.
 */
export function refreshStatuses(
  portfolio: Portfolio,
  ids: ReadonlySet<string> | 'all',
  today: Day,
): Map<string, AccountStatus> {
  const table = portfolio.tables.accounts;
  const statuses = new Map<string, AccountStatus>();
  if (!table) return statuses;
  const byRow = new Map<number, AccountStatus | undefined>();
  const wanted = ids === 'all' ? undefined : new Set([...ids].map(accountKey));
  for (const record of portfolio.accounts) {
    if (wanted && !wanted.has(record.key)) continue;
    const status = statusOf(record, portfolio.workbook, today);
    statuses.set(record.id, status);
    byRow.set(record.row.rowNumber, status);
  }
  if (ids === 'all')
    for (let row = 2; row <= table.lastRow; row++) if (!byRow.has(row)) byRow.set(row, undefined);
  writeStatuses(table, portfolio.workbook, byRow);
  return statuses;
}

/**
 * Reads the portfolio and refreshes the given accounts' status cells: for features that
 * changed an account's data (the sidebar's saves), since script edits do not fire onEdit.
 */
export function refreshAccountStatuses(
  workbook: Workbook,
  accountIds: ReadonlySet<string>,
  today: Day,
): Map<string, AccountStatus> {
  return refreshStatuses(readPortfolio(workbook), accountIds, today);
}
