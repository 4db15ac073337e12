// Where an unfinished check got to, kept in the document cache (values up to 100 KB each,
// so a large record is split into parts); a dropped cache only costs a fresh start.
import type { Cache } from '../platform/platform';

const PART_CHARS = 90_000;
const HEAD = 'kam.check.progress';
/** Six hours, the longest a cache entry may live. */
const EXPIRY_S = 21_600;

/** Reads a record saved by `saveProgress`, or undefined when absent or incomplete (2 calls). */
export function loadProgress(cache: Cache): string | undefined {
  const head = cache.get(HEAD);
  if (!head) return undefined;
  const parts = Number(head);
  if (!Number.isInteger(parts) || parts < 1) return undefined;
  const keys = Array.from({ length: parts }, (_, i) => `${HEAD}.${i}`);
  const found = cache.getAll(keys);
  if (keys.some((k) => found[k] === undefined)) return undefined;
  return keys.map((k) => found[k]).join('');
}

/** Saves a record in parts with one putAll. */
export function saveProgress(cache: Cache, text: string): void {
  const entries: Record<string, string> = {};
  const parts = Math.max(1, Math.ceil(text.length / PART_CHARS));
  for (let i = 0; i < parts; i++)
    entries[`${HEAD}.${i}`] = text.slice(i * PART_CHARS, (i + 1) * PART_CHARS);
  entries[HEAD] = String(parts);
  cache.putAll(entries, EXPIRY_S);
}

export function clearProgress(cache: Cache): void {
  cache.remove(HEAD);
}
