// The maps' colours, as presentation attributes (a downloaded SVG keeps them): attitude as the
// fill (R3.3), the contact rhythm as a pill (R5.1, R6.2), whitespace status as the cell (R4.1).
import type { Attitude, Level } from '../../core/coverage';
import type { RhythmKind } from '../../core/person-rhythm';
import type { WhitespaceStatus } from '../../core/whitespace';

export const FONT = 'Roboto, Arial, Helvetica, sans-serif';

/** Supporter green, neutral grey, opponent red; unknown white (R3.3). */
export const ATTITUDE_COLORS: Readonly<
  Record<Attitude | 'unknown', { fill: string; stroke: string }>
> = {
  supporter: { fill: '#e6f4ea', stroke: '#188038' },
  neutral: { fill: '#f1f3f4', stroke: '#5f6368' },
  opponent: { fill: '#fce8e6', stroke: '#c5221f' },
  unknown: { fill: '#ffffff', stroke: '#9aa0a6' },
};

/** Influence as the border's weight (R3.3): high the heaviest. */
export const INFLUENCE_WIDTH: Readonly<Record<Level | 'unknown', number>> = {
  high: 4,
  medium: 2.5,
  low: 1.25,
  unknown: 1.25,
};

/** R5.1 within the rhythm green, due soon amber, overdue red; R6.2 out of contact grey. */
export const RHYTHM_COLORS: Readonly<Record<RhythmKind, string>> = {
  ok: '#188038',
  dueSoon: '#e37400',
  overdue: '#c5221f',
  lapsed: '#80868b',
  never: '#80868b',
};

export const WHITESPACE_COLORS: Readonly<
  Record<WhitespaceStatus, { fill: string; stroke: string }>
> = {
  weSupply: { fill: '#ceead6', stroke: '#188038' },
  opportunity: { fill: '#feefc3', stroke: '#e37400' },
  competitor: { fill: '#fad2cf', stroke: '#c5221f' },
  notRelevant: { fill: '#f1f3f4', stroke: '#9aa0a6' },
};

export const GAP_STROKE = '#c5221f';
export const PAUSE_COLOR = '#1967d2';

/** Text cut to about `max` characters with an ellipsis (SVG text does not wrap). */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}
