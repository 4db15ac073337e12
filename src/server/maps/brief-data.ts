// The account brief's own parts (R4.3: what the manager takes into a review with the head of
// sales): the account's Change history since its last review (R3.6: what changed), newest first.
import type { Day } from '../../core/days';
import { isoOf } from '../../core/days';
import type { BriefChange } from '../../dossier/map-types';
import { sheetDef } from '../../template/lookup';
import { accountKey } from '../sheet/portfolio-read';
import type { Workbook } from '../sheet/workbook';

/** The most Change history lines a brief prints: it must fit two or three pages. */
export const BRIEF_CHANGES = 15;

/**
 * The account's History lines on or after `since` (its last review; all of them without one),
 * the review's own lines left out, newest first, at most BRIEF_CHANGES, and how many more there were. One read of History.
 */
export function changesSince(
  workbook: Workbook,
  accountId: string,
  since: Day | undefined,
): { changes: BriefChange[]; more: number } {
  const wanted = accountKey(accountId);
  const table = workbook.table(sheetDef('history'), (cells, columns) => {
    const at = columns.get('accountId');
    return at !== undefined && accountKey(cells[at]) === wanted;
  });
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  const lines = (table?.rows ?? [])
    .filter(
      (r) => typeof r.values.when === 'number' && (since === undefined || r.values.when >= since),
    )
    .map((r, i) => ({ r, i }))
    .sort((a, b) => Number(b.r.values.when) - Number(a.r.values.when) || b.i - a.i)
    .map(({ r }) => ({
      when: isoOf(Math.floor(Number(r.values.when))),
      who: text(r.values.who),
      sheet: text(r.values.sheet),
      field: text(r.values.field),
      old: text(r.values.oldValue),
      now: text(r.values.newValue),
    }));
  return {
    changes: lines.slice(0, BRIEF_CHANGES),
    more: Math.max(0, lines.length - BRIEF_CHANGES),
  };
}
