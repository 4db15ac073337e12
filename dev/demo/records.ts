// The demo's decision groups (R3.3), competitor profiles (R3.4), reviews (R3.6), plans (R2.4)
// and partly filled dossiers (R3.1, R3.2), one account at a time.

import { ROLES } from '../../src/core/coverage';
import { addDays, addMonths, type Day, isoOf } from '../../src/core/days';
import { COMPETITORS, DIVISIONS, PHRASES, POSITIONS } from './names';
import { type DemoAccount, emailOf, personName } from './portfolio';
import type { Rng } from './rng';
import { DEMO_COLLEAGUES, DEMO_SCENARIOS, DEMO_SUPERVISOR } from './scenarios';
import type { DemoRow } from './types';

/** The R3.3 roles but the decision maker, whom each account's group gets on purpose (or not). */
const OTHER_ROLES: readonly string[] = ROLES.filter((role) => role !== 'decisionMaker');

/** Three to six people; the decision maker first, except for the account that has none (R3.3). */
export function decisionGroup(rng: Rng, account: DemoAccount): DemoRow[] {
  const size = rng.int(3, 6);
  const roles = rng.sample(OTHER_ROLES, size - 1);
  if (account.id !== DEMO_SCENARIOS.noDecisionMaker) roles.unshift('decisionMaker');
  else roles.push(rng.pick(['supporter', 'user']));
  return roles.map((role) => {
    const person = personName(rng);
    const attitude =
      role === 'supporter'
        ? 'supporter'
        : role === 'opponent'
          ? 'opponent'
          : rng.pick(['supporter', 'neutral', 'neutral']);
    return {
      accountId: account.id,
      person,
      position: rng.pick(POSITIONS[role]),
      division: role === 'decisionMaker' ? 'Management' : rng.pick(DIVISIONS),
      role,
      attitude,
      influence: role === 'decisionMaker' ? 'high' : rng.pick(['high', 'medium', 'medium', 'low']),
      contactDetails: `+370 6${rng.int(10, 99)} ${rng.int(10_000, 99_999)}, ${emailOf(person).replace('example.com', 'client.example')}`,
      ...(rng.chance(0.5)
        ? {
            notes: rng.pick([
              'Prefers morning calls',
              'Decides after the board meeting',
              'Ask the assistant first',
              'Values detailed reports',
            ]),
          }
        : {}),
    };
  });
}

/** One to three competitor profiles; none for one account, a stale one for another (R3.4, R6.2). */
export function competitorProfiles(rng: Rng, account: DemoAccount, today: Day): DemoRow[] {
  if (account.id === DEMO_SCENARIOS.noCompetitors) return [];
  const stale = account.id === DEMO_SCENARIOS.staleCompetitor;
  return rng.sample(COMPETITORS, stale ? 1 : rng.int(1, 3)).map((competitor) => ({
    accountId: account.id,
    competitor,
    offering: rng.pick(PHRASES.offerings),
    strengths: rng.pick(PHRASES.strengths),
    weaknesses: rng.pick(PHRASES.weaknesses),
    ...(rng.chance(0.4) ? { allies: personName(rng) } : {}),
    threat: rng.pick(['high', 'medium', 'low']),
    lastUpdated: isoOf(addDays(today, stale ? -130 : -rng.int(5, 60))),
  }));
}

/** The last review before the one due on `due` (R3.6), so that last + months is exactly `due`. */
export function lastReviewFor(due: Day, months: number): Day {
  const guess = addMonths(due, -months);
  for (const shift of [0, -1, 1, -2, 2, -3, 3]) {
    if (addMonths(guess + shift, months) === due) return guess + shift;
  }
  throw new Error(`No review day falls due on ${isoOf(due)}`);
}

/** Reviews about every 3 months back from the last one: overdue by 12 days, due tomorrow, or recent (R3.6). */
export function reviews(rng: Rng, account: DemoAccount, today: Day): DemoRow[] {
  let last: Day;
  if (account.id === DEMO_SCENARIOS.staleReview) last = lastReviewFor(addDays(today, -12), 3);
  else if (account.id === DEMO_SCENARIOS.reviewDueTomorrow)
    last = lastReviewFor(addDays(today, 1), 3);
  else last = addDays(today, -rng.int(7, 60));
  const rows: DemoRow[] = [];
  for (let day = last; day > addDays(today, -365); day = addDays(day, -rng.int(80, 91))) {
    rows.push({
      date: isoOf(day),
      accountId: account.id,
      reviewer: rng.chance(0.75) ? account.manager.email : DEMO_SUPERVISOR.email,
      changes: rng.pick(PHRASES.changes),
    });
  }
  return rows.reverse();
}

/** Two to four planned actions, some done, some late (R2.4, R4.3). */
export function planActions(rng: Rng, account: DemoAccount, today: Day): DemoRow[] {
  return Array.from({ length: rng.int(2, 4) }, () => {
    const due = addDays(today, rng.int(-90, 60));
    const status =
      due < today
        ? rng.pick(['done', 'done', 'done', 'inProgress', 'postponed'])
        : rng.pick(['planned', 'planned', 'inProgress']);
    return {
      accountId: account.id,
      objective: rng.pick(PHRASES.objectives),
      action: rng.pick(PHRASES.actions),
      owner: rng.chance(0.8) ? account.manager.email : rng.pick(DEMO_COLLEAGUES).email,
      due: isoOf(due),
      status,
      ...(status === 'done' ? { result: rng.pick(PHRASES.results) } : {}),
      ...(rng.chance(0.6) ? { revenueForecast: rng.int(2, 60) * 5_000 } : {}),
    };
  });
}

/** A dossier row: KA-001 complete, the others partly filled, as first dossiers are (R3.1, R3.2, R4.2). */
export function dossier(rng: Rng, account: DemoAccount, people: readonly string[]): DemoRow {
  const industry = PHRASES.industries[account.index % PHRASES.industries.length];
  const fields: Record<string, string | number> = {
    description: `${account.client} is a ${industry} company with operations across the Baltics.`,
    history: `Founded in ${rng.int(1992, 2012)}; ${rng.pick(['family-owned', 'acquired by a Nordic group in 2018', 'listed on Nasdaq Vilnius'])}.`,
    employees: rng.int(40, 2500),
    structure: `Head office in ${rng.pick(['Vilnius', 'Kaunas', 'Klaipėda'])}; ${rng.int(2, 9)} branches; ${rng.pick(['one subsidiary in Latvia', 'no subsidiaries', 'subsidiaries in Latvia and Estonia'])}.`,
    clientsOfClient: rng.pick([
      'Retail chains in the Baltics',
      'Public sector and municipalities',
      'Industrial plants',
      'Consumers, through its own shops',
    ]),
    clientCompetitors: rng.pick([
      'Two regional players and one Polish entrant',
      'A Scandinavian group',
      'Local family firms',
    ]),
    mainSuppliers: rng.pick([
      'Packaging from Poland, raw materials local',
      'Mostly Nordic suppliers',
      'Us and two others',
    ]),
    bank: rng.pick(['SEB', 'Swedbank', 'Luminor', 'Šiaulių bankas']),
    auditor: rng.pick(['A Big Four firm', 'A local audit firm']),
    consultants: rng.pick([
      'Management consultants for the ERP project',
      'Tax advisers',
      'None known',
    ]),
    missionPositioning: rng.pick([
      'Premium quality at a fair price',
      'The fastest service in the region',
      'Sustainable by design',
    ]),
    industryTrends: rng.pick([
      'Consolidation and price pressure',
      'Automation and labour shortage',
      'Green transition subsidies',
    ]),
    culture: rng.pick([
      'Formal, hierarchical; decisions at the top',
      'Open, engineering-driven',
      'Consensus-seeking, slow but loyal',
    ]),
    financials: `Turnover about EUR ${rng.int(5, 250)} m; ${rng.pick(['profitable', 'break-even', 'growing fast'])}.`,
    ourPeople: `${account.manager.name}; ${rng.pick(DEMO_COLLEAGUES).name}`,
    relationshipNow: rng.pick([
      'Stable supplier, one of three',
      'Preferred supplier',
      'Trial orders only',
    ]),
    relationshipExpected: rng.pick([
      'Sole supplier within two years',
      'Framework contract next year',
      'Grow to a strategic partnership',
    ]),
    budgetEstimate: rng.int(10, 400) * 5_000,
    previousSuppliers: rng.pick(['Rivalis UAB', 'An in-house team', 'Nordpack Solutions']),
    decisionProcess: `${people[0]} decides; procurement prepares the shortlist.`,
  };
  const fill =
    account.index === 0
      ? 1
      : account.id === DEMO_SCENARIOS.noCompetitors
        ? 0.25
        : 0.4 + rng.next() * 0.45;
  const kept = Object.entries(fields).filter(([key]) => key === 'description' || rng.next() < fill);
  return { accountId: account.id, ...Object.fromEntries(kept) };
}
