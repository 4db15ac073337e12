// The situations the demo contains on purpose, the account that carries each, and the demo's people.

/** Account ids of the demo's deliberate situations, as of the `today` the demo was generated for. */
export const DEMO_SCENARIOS = {
  /** R1.2 critical tier (share > 20 %), everything else in order. R1.3 mono-client with `monoClient: true`. */
  critical: 'KA-001',
  mono: 'KA-001',
  /** R3.6: last review 3 months and 12 days ago: overdue by 12 days. */
  staleReview: 'KA-002',
  /** R3.6: the review falls due tomorrow. */
  reviewDueTomorrow: 'KA-003',
  /** R5.1: last positive contact 11 days ago, nothing since: overdue by 1 day. */
  contactGap: 'KA-004',
  /** R5.2: a negative contact 8 days ago and a personal phone call by the manager 3 days after it. */
  pauseBroken: 'KA-005',
  /** R5.2: a negative contact 5 days ago, since then only a colleague's e-mail: pausing. */
  pausing: 'KA-006',
  /** R3.3: nobody in the decision group is the decision maker; R6.2: its competitor profile is stale. */
  noDecisionMaker: 'KA-007',
  staleCompetitor: 'KA-007',
  /** R3.4: no competitor profile at all. */
  noCompetitors: 'KA-008',
  /** R2.2: the manager carrying four revenue key accounts (KA-001 … KA-004). */
  busyManager: 'ieva.jankauskiene@example.com',
} as const;

export interface DemoPerson {
  name: string;
  email: string;
}

/** The three key account managers and their direct supervisor, the head of sales (R3.5). */
export const DEMO_MANAGERS: readonly DemoPerson[] = [
  { name: 'Ieva Jankauskienė', email: 'ieva.jankauskiene@example.com' },
  { name: 'Mantas Vaitkus', email: 'mantas.vaitkus@example.com' },
  { name: 'Laura Stone', email: 'laura.stone@example.com' },
];

export const DEMO_SUPERVISOR: DemoPerson = {
  name: 'Rūta Žemaitienė',
  email: 'ruta.zemaitiene@example.com',
};

/** Colleagues who contact clients too: their contacts are never personal (the R5 Decision of docs/rules.md). */
export const DEMO_COLLEAGUES: readonly DemoPerson[] = [
  { name: 'Jonas Petrauskas', email: 'jonas.petrauskas@example.com' },
  { name: 'Agnė Kazlauskienė', email: 'agne.kazlauskiene@example.com' },
  { name: 'Paul Harris', email: 'paul.harris@example.com' },
];

/** Share of total revenue of each scenario account (R1.1–R1.3), unless `monoClient` changes KA-001. */
export const SCENARIO_SHARES: readonly number[] = [
  0.225, 0.14, 0.12, 0.105, 0.11, 0.004, 0.021, 0.012,
];

/** Which of the three managers runs each scenario account: four revenue accounts for the first (R2.2). */
export const SCENARIO_MANAGERS: readonly number[] = [0, 0, 0, 0, 1, 1, 2, 2];

/** The person-chosen key types of the scenario accounts (R1.4–R1.6); revenue ones have none. */
export const SCENARIO_KEY_TYPES: readonly string[] = [
  '',
  '',
  'expert',
  '',
  '',
  'prospective',
  'imageMaker',
  'expert',
];
