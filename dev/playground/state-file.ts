// The playground's state on disk (.kam-playground/state.json): the emulator's snapshot and
// who the user is, written atomically so a crash mid-write never leaves half a file.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../../src/template';

export const STATE_FORMAT = 1;

export interface SavedState {
  format: number;
  lang: Lang;
  user: string;
  /** Emulator.snapshot(), as JSON text. */
  snapshot: string;
}

export function statePath(stateDir: string): string {
  return join(stateDir, 'state.json');
}

/** Writes the state next to the final file, then renames it over (atomic on one disk). */
export function writeState(stateDir: string, state: SavedState): void {
  mkdirSync(stateDir, { recursive: true });
  const file = statePath(stateDir);
  const head = JSON.stringify({ format: state.format, lang: state.lang, user: state.user });
  // The snapshot is already JSON: splice it in rather than escaping 6 MB into a string.
  const text = `${head.slice(0, -1)},"emulator":${state.snapshot}}\n`;
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}

/**
 * Renames a state file that could not be read to `state.json.corrupt-<time>` beside it, so
 * that starting afresh never overwrites it; returns the new path.
 */
export function setAside(stateDir: string, now = new Date()): string {
  const file = statePath(stateDir);
  const aside = `${file}.corrupt-${now.toISOString().replace(/[:.]/g, '-')}`;
  renameSync(file, aside);
  return aside;
}

/** The saved state, or null when there is none; throws on a file of another format. */
export function readState(stateDir: string): SavedState | null {
  const file = statePath(stateDir);
  if (!existsSync(file)) return null;
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as {
    format?: unknown;
    lang?: unknown;
    user?: unknown;
    emulator?: unknown;
  };
  if (parsed.format !== STATE_FORMAT || typeof parsed.emulator !== 'object')
    throw new Error(`${file} is not a playground state of format ${STATE_FORMAT}`);
  return {
    format: STATE_FORMAT,
    lang: parsed.lang === 'lt' ? 'lt' : 'en',
    user: typeof parsed.user === 'string' ? parsed.user : '',
    snapshot: JSON.stringify(parsed.emulator),
  };
}
