// The supervisor's weekly digest (R4.3, R3.5): each supervised manager's scorecard with its
// change since last week, and who supervises whom. Pure.
import type { Scorecard } from './scorecard';

/** The scorecard's five measures (R4.3), in the dashboard's order. */
export const SCORE_KEYS = [
  'reviewsOnTime',
  'rhythmKept',
  'pausesRespected',
  'planDoneOnTime',
  'dossierComplete',
] as const;

export type ScoreKey = (typeof SCORE_KEYS)[number];

/** A manager's measures as remembered for next week: percentages, absent when unmeasured. */
export type Figures = Partial<Record<ScoreKey, number>>;

export interface ScoreChange {
  key: ScoreKey;
  /** This week's percentage, or undefined when there was nothing to measure. */
  value?: number;
  /** Percentage points since last week, when both weeks were measured. */
  change?: number;
}

export interface ScoreLine {
  manager: string;
  accounts: number;
  scores: ScoreChange[];
}

/** A scorecard's measures, to store and compare next week. */
export function figuresOf(card: Scorecard): Figures {
  const figures: Figures = {};
  for (const key of SCORE_KEYS) if (card[key] !== undefined) figures[key] = card[key];
  return figures;
}

/**
 * A manager's scorecard beside last week's (R4.3: assess regularly, on the data). Example:
 * reviews on time 80 now and 60 a week ago → { value: 80, change: 20 }; no figures a week
 * ago → no change.
 */
export function scoreLine(card: Scorecard, lastWeek: Figures | undefined): ScoreLine {
  return {
    manager: card.manager,
    accounts: card.accounts,
    scores: SCORE_KEYS.map((key) => {
      const value = card[key];
      const before = lastWeek?.[key];
      const change =
        value === undefined || before === undefined
          ? undefined
          : Math.round((value - before) * 10) / 10;
      return {
        key,
        ...(value === undefined ? {} : { value }),
        ...(change === undefined ? {} : { change }),
      };
    }),
  };
}

/** Who an account is run and supervised by (R3.5), as Accounts names them. */
export interface Supervision {
  manager: string;
  supervisor: string;
}

/**
 * The managers each supervisor supervises (R3.5: the direct supervisor named in Accounts),
 * compared by `normal` (e-mails: trimmed, lower-case). Example: two accounts of Ieva under
 * Rūta, one of Mantas under Rūta → Rūta: {Ieva, Mantas}.
 */
export function supervisedManagers(
  accounts: readonly Supervision[],
  normal: (email: string) => string,
): Map<string, Set<string>> {
  const bySupervisor = new Map<string, Set<string>>();
  for (const { manager, supervisor } of accounts) {
    const boss = normal(supervisor);
    const who = normal(manager);
    if (boss === '' || who === '') continue;
    const managers = bySupervisor.get(boss) ?? new Set<string>();
    managers.add(who);
    bySupervisor.set(boss, managers);
  }
  return bySupervisor;
}
