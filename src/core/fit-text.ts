// Text KAM derives (flags, notes, lists of names) kept within a size a cell can hold and a
// person can read: what does not fit is counted ("… and 3 more"), never refused.

/** Longest derived text in one cell (a flag list, a note): far below Sheets' 50,000 and Excel's 32,767. */
export const DERIVED_TEXT_MAX = 5_000;

/** Longest list of names inside one sentence or flag ("Strong opponent: …"). */
export const NAME_LIST_MAX = 1_000;

/** Text cut to `max` characters with "…" at the end. Example: ("Petraitis", 5) → "Petr…". */
export function cutText(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, Math.max(0, max - 1))}…` : text;
}

/**
 * Parts joined by `separator` within `max` characters: the parts that do not fit are counted
 * by `more(n)` at the end, and a first part longer than the room is cut. Example: (["Ona",
 * "Petras", "Jonas"], ", ", 20, n => `… and ${n} more`) → "Ona, … and 2 more".
 */
export function joinWithin(
  parts: readonly string[],
  separator: string,
  max: number,
  more: (n: number) => string,
): string {
  const whole = parts.join(separator);
  if (whole.length <= max) return whole;
  const room = max - separator.length - more(parts.length).length;
  const kept: string[] = [];
  let length = 0;
  for (const part of parts) {
    const next = length + (kept.length > 0 ? separator.length : 0) + part.length;
    if (next > room) {
      if (kept.length === 0) kept.push(cutText(part, Math.max(1, room)));
      break;
    }
    kept.push(part);
    length = next;
  }
  const rest = parts.length - kept.length;
  return rest > 0 ? [...kept, more(rest)].join(separator) : kept.join(separator);
}
