// One writer at a time: every execution that writes to the workbook (a check, onEdit, the
// dashboard, a save, Split by manager, Team overview, set-up, Protect dossiers) holds the
// document lock while it reads what it writes from and writes, and flushes before letting go.
import { fail } from '../../core/errors';
import type { Platform } from '../platform/platform';

/**
 * How long each kind of execution waits for another's lock: a sidebar save a few seconds
 * (the user is waiting); a menu item or a trigger long enough for a save or a check to end;
 * onEdit briefly, as a simple trigger has 30 seconds in all
 * (https://developers.google.com/apps-script/guides/triggers#restrictions).
 */
export const LOCK_WAIT_MS = { save: 10_000, menu: 30_000, edit: 5_000 } as const;

/**
 * Runs `write` holding the document lock: BUSY when another execution holds it past
 * `waitMs`. `SpreadsheetApp.flush()` applies every pending change before the lock is
 * released, even after a failure, as LockService's guide asks
 * (https://developers.google.com/apps-script/reference/lock/lock#releaseLock()). Four
 * service calls: the lock, tryLock, flush, releaseLock. Example: a save while the daily
 * check writes waits up to 10 s, then answers BUSY with nothing written.
 */
export function withDocumentLock<T>(platform: Platform, waitMs: number, write: () => T): T {
  const lock = platform.lock();
  if (!lock) return write();
  if (!lock.tryLock(waitMs)) return fail('BUSY', { field: 'payload' });
  try {
    return write();
  } finally {
    try {
      platform.sheets.flush();
    } finally {
      lock.releaseLock();
    }
  }
}
