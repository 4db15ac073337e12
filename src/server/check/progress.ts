// Where an unfinished check got to, kept in the document cache (values up to 100 KB each,
// counted in UTF-8 bytes, so a large record is split into parts); a dropped cache only costs
// a fresh start.
import type { Cache } from '../platform/platform';

/**
 * Bytes a part may hold: CacheService's limit is 100 KB a value, in bytes ("Argument too
 * large" past it, https://developers.google.com/apps-script/reference/cache/cache#put(String,String)),
 * and Lithuanian letters take two bytes in UTF-8, "ą" among them.
 */
const PART_BYTES = 90_000;
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

/** Bytes of one code point in UTF-8. */
function utf8Bytes(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * The text cut into parts of at most `maxBytes` UTF-8 bytes each, never inside a character.
 * Example: "ąą" with maxBytes 3 → ["ą", "ą"] (2 bytes each).
 */
export function partsOf(text: string, maxBytes: number): string[] {
  const parts: string[] = [];
  let start = 0;
  let bytes = 0;
  let at = 0;
  for (const char of text) {
    const size = utf8Bytes(char.codePointAt(0) ?? 0);
    if (bytes + size > maxBytes && at > start) {
      parts.push(text.slice(start, at));
      start = at;
      bytes = 0;
    }
    bytes += size;
    at += char.length;
  }
  parts.push(text.slice(start));
  return parts;
}

/** Saves a record in parts with one putAll. */
export function saveProgress(cache: Cache, text: string): void {
  const entries: Record<string, string> = {};
  const parts = partsOf(text, PART_BYTES);
  parts.forEach((part, i) => {
    entries[`${HEAD}.${i}`] = part;
  });
  entries[HEAD] = String(parts.length);
  cache.putAll(entries, EXPIRY_S);
}

export function clearProgress(cache: Cache): void {
  cache.remove(HEAD);
}
