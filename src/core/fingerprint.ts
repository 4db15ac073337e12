// Short fingerprints of facts, to remember which were already told without storing the facts
// (the digest's "new since the last one": R3.3, R3.4, R5.2, R6.2).

const WIDTH = 6;
const SPACE = 36 ** WIDTH;

/**
 * Six base-36 characters from FNV-1a over the text's UTF-16 units: fixed width, so a list of
 * them is stored without separators (a property value holds 9 KB). Collisions are rare enough
 * for "seen before" (about 1 in 2 billion per pair). Example: "ka-001|noCompetitor" → "0ldc3a"-like.
 */
export function fingerprintOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash % SPACE).toString(36).padStart(WIDTH, '0');
}

/** The fingerprints of a stored list (as `joinFingerprints` wrote it). */
export function splitFingerprints(stored: string | null | undefined): Set<string> {
  const found = new Set<string>();
  if (!stored) return found;
  for (let i = 0; i + WIDTH <= stored.length; i += WIDTH) found.add(stored.slice(i, i + WIDTH));
  return found;
}

/** Fingerprints as one string, sorted, each once. */
export function joinFingerprints(prints: Iterable<string>): string {
  return [...new Set(prints)].sort().join('');
}
