// The time rules' intervals (R3.6, R5.1, R5.2) with the article's defaults; a workbook may override them.

export interface Intervals {
  /** R3.6: a dossier review at least every this many calendar months. */
  reviewMonths: number;
  /** R3.6: a review counts as "due soon" this many days before it is due. */
  reviewDueSoonDays: number;
  /** R5.1: a positive contact at least every this many days. */
  positiveContactDays: number;
  /** R5.1: a positive contact counts as "due soon" this many days before it is due. */
  contactDueSoonDays: number;
  /** R5.2: after a negative contact, no personal contact for this many days. */
  pauseDays: number;
}

/** The article's numbers: 3 months (R3.6), 10 days (R5.1), 2 weeks (R5.2); warnings ahead are ours. */
export const DEFAULT_INTERVALS: Intervals = {
  reviewMonths: 3,
  reviewDueSoonDays: 14,
  positiveContactDays: 10,
  contactDueSoonDays: 3,
  pauseDays: 14,
};

const LIMITS: Record<keyof Intervals, [min: number, max: number]> = {
  reviewMonths: [1, 24],
  reviewDueSoonDays: [0, 90],
  positiveContactDays: [1, 365],
  contactDueSoonDays: [0, 30],
  pauseDays: [1, 90],
};

/** The bounds of an interval, which the Settings sheet enforces (R3.6, R5: "between 1 and 24"). */
export function intervalLimits(field: keyof Intervals): readonly [number, number] {
  return LIMITS[field];
}
