// R3.4 and R6.2: competitors keep trying to win the client, so their profiles must exist and
// be kept fresh (no older than the review interval).
import { addMonths, type Day } from './days';

export interface CompetitorProfile {
  name: string;
  lastUpdated?: Day;
  archived?: boolean;
}

export interface CompetitorWatch {
  /** R3.4: no active competitor profile at all. */
  none: boolean;
  /** R6.2: active profiles not updated within the review interval, by name. */
  stale: string[];
}

/**
 * Which profiles need attention on a day: none at all, or any not updated within
 * `reviewMonths` months (a profile never dated counts as stale).
 * Example: a profile updated 2026-07-01, today 2026-11-26, 3 months → stale.
 */
export function competitorWatch(
  profiles: readonly CompetitorProfile[],
  today: Day,
  reviewMonths: number,
): CompetitorWatch {
  const active = profiles.filter((p) => !p.archived);
  return {
    none: active.length === 0,
    stale: active
      .filter((p) => p.lastUpdated === undefined || addMonths(p.lastUpdated, reviewMonths) < today)
      .map((p) => p.name),
  };
}
