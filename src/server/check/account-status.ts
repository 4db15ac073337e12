// The Accounts status cells (R1, R3.3, R3.4, R3.6, R5, R6.2): values, a note that says why,
// and a background by severity, written in blocks for the given accounts.
import {
  type AccountCheck,
  accountSeverity,
  checkAccount,
  type Finding,
  type Severity,
} from '../../core/account-check';
import type { ContactStatus } from '../../core/contacts';
import type { Day } from '../../core/days';
import { DERIVED_TEXT_MAX, joinWithin } from '../../core/fit-text';
import type { ReviewStatus } from '../../core/review';
import { messagesFor } from '../../i18n';
import type { AccountRecord } from '../sheet/portfolio-read';
import { runsOf } from '../sheet/runs';
import { type CellValue, encodeCell } from '../sheet/table-codec';
import type { Table } from '../sheet/table-read';
import type { Workbook } from '../sheet/workbook';
import { writeBlock } from '../sheet/writer';
import { nameList, wordFinding } from './word-finding';

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

export type StatusKey = (typeof STATUS_KEYS)[number];

/** The revenue cells (R1): figures, not verdicts, so never coloured by the row's status. */
export const TIER_KEYS: readonly StatusKey[] = ['revenue', 'share', 'tier'];

/**
 * The status cells a dossier save rewrites: all but revenue, share and tier, which only the
 * Revenue sheet and Settings change (the check and onEdit own them). These are the cells
 * coloured by the row's loudest finding.
 */
export const DOSSIER_STATUS_KEYS: readonly StatusKey[] = STATUS_KEYS.filter(
  (key) => !TIER_KEYS.includes(key),
);

/** The background of a cell that carries no status (revenue, share, tier): none. */
const UNCOLOURED = '#ffffff';

/**
 * One account's status on a day: the cells the check writes, and the review and contact
 * verdicts the dashboard and Team overview list (plain data: it survives the cache between
 * the runs of an unfinished check).
 */
export interface AccountStatus {
  values: Record<string, CellValue>;
  notes: Record<string, string>;
  severity: Severity;
  review: ReviewStatus;
  contact: ContactStatus;
}

/** What a row's status cells receive: values, notes and the severity that colours them. */
export type StatusCells = Pick<AccountStatus, 'values' | 'notes' | 'severity'>;

/** A finding's short flag, with the names it is about ("Strong opponent: Petras"). */
function flagOf(m: ReturnType<typeof messagesFor>, finding: Finding): string {
  const short = m.finding.short[finding.kind];
  if (finding.kind === 'strongOpponents' || finding.kind === 'staleCompetitors')
    return `${short}: ${nameList(m, finding.names)}`;
  if (finding.kind === 'divisionsWithoutContact')
    return `${short}: ${nameList(m, finding.divisions)}`;
  if (finding.kind === 'reportsToCycle') return `${short}: ${finding.names.join(' → ')}`;
  return short;
}

/**
 * Derived text for one cell, cut to fit with "… and N more" (never refused: a name typed at
 * Sheets' limit must not stop the check). Example: 40 long flags → the first ones, "… and 31 more".
 */
function fitted(m: ReturnType<typeof messagesFor>, parts: readonly string[], separator: string) {
  return joinWithin(parts, separator, DERIVED_TEXT_MAX, m.finding.andMore);
}

/** Computes one account's status cells on a day (pure); `check` when already made that day. */
export function statusOf(
  record: AccountRecord,
  workbook: Workbook,
  today: Day,
  check: AccountCheck = checkAccount(record.facts, today, workbook.settings),
): AccountStatus {
  const { settings } = workbook;
  const m = messagesFor(workbook.lang);
  const words = check.findings.map((f) => ({ f, text: wordFinding(m, f, settings) }));
  // A check finds at most one review state and one contact state: the note is that one's words.
  const about = (...kinds: string[]) => words.find((w) => kinds.includes(w.f.kind))?.text ?? '';
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
      flags: fitted(
        m,
        words.map((w) => flagOf(m, w.f)),
        '; ',
      ),
    },
    notes: {
      tier: record.tier === 'mono' ? m.monoClientAlert : '',
      lastReview: reviewNote,
      nextReviewDue: reviewNote,
      lastPositiveContact: contactNote,
      lastNegativeContact: contactNote,
      contactStatus: contactNote,
      flags: fitted(
        m,
        words.map((w) => w.text),
        '\n',
      ),
    },
    severity: accountSeverity(check.severity, record.tier),
    review: check.review,
    contact: check.contact,
  };
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b))
    return JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) < 1e-9;
  return (a ?? '') === (b ?? '');
}

/**
 * Whether the cells of an Accounts row already show this status: then nothing is written
 * (notes and colours follow from the same findings as the values).
 */
export function showsStatus(
  record: AccountRecord,
  status: Pick<AccountStatus, 'values'>,
  keys: readonly StatusKey[] = STATUS_KEYS,
): boolean {
  return keys.every((key) => sameValue(record.row.values[key], status.values[key]));
}

/** Every account's status on a day, by account id (pure). */
export function statusesOf(
  accounts: readonly AccountRecord[],
  workbook: Workbook,
  today: Day,
): Map<string, AccountStatus> {
  return new Map(accounts.map((a) => [a.id, statusOf(a, workbook, today)]));
}

/**
 * Writes status cells for the given rows: per run of consecutive rows and run of adjacent
 * status columns, one block of values, notes and colours through the one writer (the
 * columns keep the formats set-up gave them). Only the status cells take the severity's
 * colour; revenue, share and tier stay uncoloured.
 */
export function writeStatuses(
  table: Table,
  workbook: Workbook,
  byRow: ReadonlyMap<number, StatusCells | undefined>,
  keys: readonly StatusKey[] = STATUS_KEYS,
): void {
  // The status columns the sheet has, taken from its own columns: one it lacks never appears.
  const wanted = new Set<string>(keys);
  const columns = [...table.columns]
    .filter(([key]) => wanted.has(key))
    .map(([key, index]) => ({ key: key as StatusKey, index }));
  const defs = new Map(table.def.columns.map((c) => [c.key, c]));
  // A column the table found is one of its definition's (locateColumns maps only those).
  const encode = (key: string, value: CellValue) =>
    encodeCell(defs.get(key)!, value, workbook.lang, workbook.zone);
  for (const rows of runsOf([...byRow.keys()])) {
    for (const indexes of runsOf(columns.map((c) => c.index))) {
      const run = indexes.map((index) => columns.find((c) => c.index === index)!);
      const values = rows.map((row) =>
        run.map((c) => encode(c.key, byRow.get(row)?.values[c.key])),
      );
      const notes = rows.map((row) => run.map((c) => byRow.get(row)?.notes[c.key] ?? ''));
      const colors = rows.map((row) =>
        run.map((c) =>
          TIER_KEYS.includes(c.key)
            ? UNCOLOURED
            : SEVERITY_COLORS[byRow.get(row)?.severity ?? 'ok'],
        ),
      );
      const range = table.source.rangeAt(rows[0], indexes[0] + 1, rows.length, indexes.length);
      writeBlock(range, values, { notes, backgrounds: colors });
    }
  }
}
