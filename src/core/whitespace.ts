// R4.1, R3.4, R6.2: the whitespace map of one key account: for every division and offering,
// whether we supply it, it is an opportunity, a competitor holds it, or it is not relevant.

export type WhitespaceStatus = 'weSupply' | 'opportunity' | 'competitor' | 'notRelevant';

export const WHITESPACE_STATUSES: readonly WhitespaceStatus[] = [
  'weSupply',
  'opportunity',
  'competitor',
  'notRelevant',
];

/** One row of the Whitespace sheet, as the map needs it. */
export interface WhitespaceEntry {
  division: string;
  offering: string;
  status?: WhitespaceStatus;
  competitor?: string;
  value?: number;
  nextStep?: string;
}

export interface WhitespaceCell {
  status?: WhitespaceStatus;
  /** The competitors named in the cell's rows, each once. */
  competitors: string[];
  value: number;
  nextStep?: string;
}

export interface WhitespaceMatrix {
  divisions: string[];
  offerings: string[];
  /** Cells by `${division index}:${offering index}`; an empty cell is absent (white space). */
  cells: Record<string, WhitespaceCell>;
  rowTotals: number[];
  columnTotals: number[];
  /** The values by status, over the whole matrix. */
  statusTotals: Record<WhitespaceStatus, number>;
  total: number;
}

const key = (text: string) => text.trim().toLowerCase();

/** `known` first in its order, then any other names met in `more`, each once (any case). */
function ordered(known: readonly string[], more: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const name of [...known, ...more]) {
    const k = key(name);
    if (k !== '' && !seen.has(k)) seen.set(k, name.trim());
  }
  return [...seen.values()];
}

/**
 * The matrix of divisions × offerings, the given orders first (the decision group's divisions,
 * the Settings list of offerings) and then any the rows add. A cell with several rows keeps the
 * first row's status and sums the values. Example: Finance × Support, 12,000, we supply →
 * row Finance 12,000, column Support 12,000, total 12,000.
 */
export function whitespaceMatrix(
  entries: readonly WhitespaceEntry[],
  divisions: readonly string[],
  offerings: readonly string[],
): WhitespaceMatrix {
  const rows = entries.filter((e) => key(e.division) !== '' && key(e.offering) !== '');
  const allDivisions = ordered(
    divisions,
    rows.map((e) => e.division),
  );
  const allOfferings = ordered(
    offerings,
    rows.map((e) => e.offering),
  );
  const d = new Map(allDivisions.map((name, i) => [key(name), i]));
  const o = new Map(allOfferings.map((name, i) => [key(name), i]));
  const cells: Record<string, WhitespaceCell> = {};
  const rowTotals = allDivisions.map(() => 0);
  const columnTotals = allOfferings.map(() => 0);
  const statusTotals = { weSupply: 0, opportunity: 0, competitor: 0, notRelevant: 0 };
  for (const entry of rows) {
    const [r, c] = [d.get(key(entry.division))!, o.get(key(entry.offering))!];
    const at = `${r}:${c}`;
    if (!cells[at]) cells[at] = { status: entry.status, competitors: [], value: 0 };
    const cell = cells[at];
    const value = entry.value !== undefined && Number.isFinite(entry.value) ? entry.value : 0;
    cell.value += value;
    cell.nextStep ??= entry.nextStep;
    const rival = entry.competitor?.trim();
    if (rival && !cell.competitors.some((n) => key(n) === key(rival))) cell.competitors.push(rival);
    rowTotals[r] += value;
    columnTotals[c] += value;
    if (entry.status) statusTotals[entry.status] += value;
  }
  const total = rowTotals.reduce((sum, v) => sum + v, 0);
  return {
    divisions: allDivisions,
    offerings: allOfferings,
    cells,
    rowTotals,
    columnTotals,
    statusTotals,
    total,
  };
}
