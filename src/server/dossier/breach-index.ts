// The breaches kept on record in Change history (R4.3, R5.2), remembered in a document property
// so that the dashboard, rebuilt every check, need not read the whole of Change history each
// time: it reads the property with the run's others (no call of its own) and History only when
// the property was dropped. Whatever may change History's breach lines drops it first.
import type { RecordedBreach } from '../../core/scorecard';
import { partsOf } from '../check/progress';
import type { Properties } from '../platform/platform';

/** Document property: the breaches on record by account key, or a mark that they must be read again. */
export const BREACH_INDEX_KEY = 'kam.breaches';

/**
 * The most a property value may hold: PropertiesService keeps 9 KB a value
 * (https://developers.google.com/apps-script/guides/services/quotas), counted here in UTF-8
 * bytes with room to spare. A record larger than this is not kept: History is read instead.
 */
const MAX_BYTES = 8_000;

interface Stored {
  v: 1;
  /** Account key → [breach day, negative day] pairs. */
  by: Record<string, [number, number][]>;
}

/**
 * The breaches on record as a run read them from the document properties, or undefined when
 * they must be read from History (never kept, dropped since, or unreadable).
 */
export function rememberedBreaches(
  state: Readonly<Record<string, string>>,
): Map<string, RecordedBreach[]> | undefined {
  const text = state[BREACH_INDEX_KEY];
  if (!text?.startsWith('{')) return undefined;
  try {
    const stored = JSON.parse(text) as Stored;
    if (stored.v !== 1 || typeof stored.by !== 'object' || stored.by === null) return undefined;
    const found = new Map<string, RecordedBreach[]>();
    for (const [key, pairs] of Object.entries(stored.by)) {
      if (!Array.isArray(pairs)) return undefined;
      found.set(
        key,
        pairs.map(([breach, negative]) => ({ breach, negative })),
      );
    }
    return found;
  } catch {
    return undefined;
  }
}

/** The property's text for a record, or undefined when it is too large to keep in one value. */
export function breachIndexText(
  recorded: ReadonlyMap<string, readonly RecordedBreach[]>,
): string | undefined {
  const by: Stored['by'] = {};
  for (const [key, breaches] of recorded) by[key] = breaches.map((b) => [b.breach, b.negative]);
  const text = JSON.stringify({ v: 1, by } satisfies Stored);
  return partsOf(text, MAX_BYTES).length === 1 ? text : undefined;
}

/**
 * Keeps the record read from History, unless the property changed since the run read it (an
 * edit of History dropped it meanwhile): then the next run reads History again. Two calls, on
 * the run that read History only.
 */
export function keepBreachIndex(
  properties: Properties,
  readAs: string | undefined,
  recorded: ReadonlyMap<string, readonly RecordedBreach[]>,
): void {
  const text = breachIndexText(recorded);
  if (text === undefined || (properties.getProperty(BREACH_INDEX_KEY) ?? undefined) !== readAs)
    return;
  properties.setProperty(BREACH_INDEX_KEY, text);
}

/**
 * Drops the remembered record before anything that may change History's breach lines (a save
 * that keeps a breach on record, an edit typed into Change history, rows deleted): the next
 * dashboard reads History again. A mark, not a deletion, so that a run that read History
 * before it cannot keep what it read (`keepBreachIndex` compares). One call.
 */
export function dropBreachIndex(properties: Properties, now: Date): void {
  properties.setProperty(BREACH_INDEX_KEY, `dropped ${now.toISOString()}`);
}
