// R3.3 and R6.2: is the client's decision group covered — a decision maker known, a supporter
// won, no strong opponent unanswered, more than one person and every division in contact?
import type { Day } from './days';

/** The nine roles of the decision group (R3.3). */
export type Role =
  | 'decisionMaker'
  | 'gatekeeper'
  | 'technicalSpecialist'
  | 'economicSpecialist'
  | 'user'
  | 'supporter'
  | 'opponent'
  | 'advisor'
  | 'informant';

export const ROLES: readonly Role[] = [
  'decisionMaker',
  'gatekeeper',
  'technicalSpecialist',
  'economicSpecialist',
  'user',
  'supporter',
  'opponent',
  'advisor',
  'informant',
];

export type Attitude = 'supporter' | 'neutral' | 'opponent';
export type Level = 'high' | 'medium' | 'low';

/** A person of the client's decision group (R3.3). */
export interface Person {
  name: string;
  role?: Role;
  attitude?: Attitude;
  influence?: Level;
  division?: string;
  lastContact?: Day;
  /** R3.3: the name of the person of the same account this one reports to. */
  reportsTo?: string;
}

export interface Coverage {
  /** R3.3: nobody who can decide alone or veto is known. */
  noDecisionMaker: boolean;
  /** R3.3: nobody in the group is on our side. */
  noSupporter: boolean;
  /** R3.3: opponents with high influence, by name. */
  strongOpponents: string[];
  /** R6.2: how many people of the client were in contact within the window. */
  peopleInContact: number;
  /** R6.2: divisions of the group where nobody was in contact within the window. */
  divisionsWithoutContact: string[];
  /** R3.3: roles nobody in the group holds (the sidebar's coverage line). */
  rolesUncovered: Role[];
}

const key = (text: string) => text.trim().toLowerCase();

/**
 * Coverage of a decision group on a day. A person is "in contact" (the R6.2 Decision) when
 * their latest contact by today, from the contact log by name (`contactedNames`) or their own
 * "Last contact" date, falls within `windowStart` and today; a date after today is not a
 * contact yet and hides nothing. Example: one decision maker, neutral, contacted last week →
 * noSupporter, one person in contact.
 */
export function coverageOf(
  people: readonly Person[],
  contactedNames: ReadonlyMap<string, Day>,
  windowStart: Day,
  today: Day,
): Coverage {
  const byToday = (day: Day | undefined) => (day !== undefined && day <= today ? day : -Infinity);
  const lastContact = (p: Person) =>
    Math.max(byToday(contactedNames.get(key(p.name))), byToday(p.lastContact));
  const inWindow = (day: Day | undefined) => byToday(day) >= windowStart;
  const contacted = new Set<string>();
  for (const [name, day] of contactedNames) if (inWindow(day)) contacted.add(name);
  for (const p of people) if (inWindow(lastContact(p))) contacted.add(key(p.name));
  const divisions = new Map<string, boolean>();
  for (const p of people) {
    const division = p.division?.trim();
    if (!division) continue;
    divisions.set(division, (divisions.get(division) ?? false) || inWindow(lastContact(p)));
  }
  const held = new Set(people.map((p) => p.role));
  return {
    noDecisionMaker: !held.has('decisionMaker'),
    noSupporter: !people.some((p) => p.attitude === 'supporter' || p.role === 'supporter'),
    strongOpponents: people
      .filter((p) => (p.attitude === 'opponent' || p.role === 'opponent') && p.influence === 'high')
      .map((p) => p.name),
    peopleInContact: contacted.size,
    divisionsWithoutContact: [...divisions].filter(([, ok]) => !ok).map(([d]) => d),
    rolesUncovered: ROLES.filter((r) => !held.has(r)),
  };
}
