// A save sent twice (the sidebar retries when an answer is lost) is written once: each save's
// request id is kept in Change history, and a save whose id is among History's latest rows is
// answered from the sheets as they are, without writing (R4.3: the trail holds it once).
import type { Properties } from '../platform/platform';
import type { Table } from '../sheet/table-read';

/**
 * History rows a retry is looked for in: a save writes one row per changed field (about 1 to
 * 20), so 500 rows cover the saves of a busy team for hours, read in one call. Reading only the
 * tail keeps a save's cost flat however long History grows; the document cache would be
 * cheaper still, but Google may drop it at any time, so a retry could be written twice.
 */
export const RECENT_HISTORY_ROWS = 500;

/**
 * Document property: the request ids of saves whose rows were written but whose History rows
 * were not (a failure between the two), newest last, so that their retry is recognised too.
 */
export const UNRECORDED_KEY = 'kam.save.unrecorded';
const UNRECORDED_KEPT = 50;

function unrecorded(properties: Properties): string[] {
  try {
    const list = JSON.parse(properties.getProperty(UNRECORDED_KEY) ?? '[]');
    return Array.isArray(list) ? list.filter((id) => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * Whether `requestId` was saved before: among the request ids of History's latest rows (two
 * service calls; none when History has no request column yet: set-up adds it to an older
 * workbook), or among the saves History missed (two more). Example: a contact saved, its
 * answer lost, sent again → true, and nothing is appended.
 */
export function alreadySaved(
  history: Table<'history'> | undefined,
  properties: () => Properties,
  requestId: string,
): boolean {
  const column = history?.columns.get('requestId');
  if (history && column !== undefined && history.lastRow >= 2) {
    const first = Math.max(2, history.lastRow - RECENT_HISTORY_ROWS + 1);
    const ids = history.source
      .rangeAt(first, column + 1, history.lastRow - first + 1, 1)
      .getValues();
    if (ids.some((row) => row[0] === requestId)) return true;
  }
  return unrecorded(properties()).includes(requestId);
}

/** Remembers a save whose rows were written but whose History rows were not. */
export function rememberUnrecorded(properties: Properties, requestId: string): void {
  const list = [...unrecorded(properties), requestId].slice(-UNRECORDED_KEPT);
  properties.setProperty(UNRECORDED_KEY, JSON.stringify(list));
}
