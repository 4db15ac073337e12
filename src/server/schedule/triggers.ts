// The daily check's installable triggers (add-ons: a time-driven one at most hourly, one per
// type per user and document), and a change trigger for deleted rows, which onEdit misses.
import type { Platform, Trigger } from '../platform/platform';

export const SCHEDULED_HANDLER = 'kamScheduledCheck';
export const CHANGE_HANDLER = 'kamOnChange';

/** KAM's own triggers in this document for this user. */
export function kamTriggers(platform: Platform): Trigger[] {
  return platform.triggers
    .list()
    .filter((t) => [SCHEDULED_HANDLER, CHANGE_HANDLER].includes(t.getHandlerFunction()));
}

/**
 * Switches the daily check on: an hourly trigger that does the day's check once (and
 * finishes an unfinished one within the hour), plus a change trigger. Never two of them.
 * True when it was off.
 */
export function turnOnDailyCheck(platform: Platform): boolean {
  const handlers = kamTriggers(platform).map((t) => t.getHandlerFunction());
  if (!handlers.includes(SCHEDULED_HANDLER)) platform.triggers.hourly(SCHEDULED_HANDLER);
  if (!handlers.includes(CHANGE_HANDLER)) platform.triggers.onChange(CHANGE_HANDLER);
  return !handlers.includes(SCHEDULED_HANDLER);
}

/** Switches it off, removing KAM's triggers only. */
export function turnOffDailyCheck(platform: Platform): number {
  const ours = kamTriggers(platform);
  for (const trigger of ours) platform.triggers.remove(trigger);
  return ours.length;
}
