// generateDemo: a deterministic, fictional KAM portfolio for tests, the benchmark and the playground.
import { addMonths, type Day, dayOfIso, isoOf } from '../../src/core/days';
import { DEFAULT_SETTINGS, SETTINGS } from '../../src/template';
import { accountContacts, type DemoContact, isPersonal } from './contacts';
import { whitespaceRows, withLines } from './maps';
import { buildPortfolio, type DemoAccount } from './portfolio';
import { competitorProfiles, decisionGroup, dossier, planActions, reviews } from './records';
import { createRng } from './rng';
import { DEMO_SUPERVISOR, SCENARIO_SHARES } from './scenarios';
import type { DemoData, DemoOptions, DemoRow } from './types';

export const DEMO_DEFAULTS = { seed: 20261126, today: '2026-11-26' } as const;

function dayOf(text: string): Day {
  const day = dayOfIso(text);
  if (day === undefined)
    throw new Error(`today must be an ISO day such as 2026-11-26, not "${text}"`);
  return day;
}

/** How many contacts each account gets: the total spread evenly, or about 40 each by default. */
function contactCounts(accounts: number, total: number | undefined, rng: () => number): number[] {
  if (total === undefined)
    return Array.from({ length: accounts }, () => 35 + Math.floor(rng() * 11));
  return Array.from(
    { length: accounts },
    (_, i) => Math.floor(total / accounts) + (i < total % accounts ? 1 : 0),
  );
}

function contactRow(
  contact: DemoContact,
  account: DemoAccount,
  iso: (day: Day) => string,
): DemoRow {
  const { day, nextStep, ...rest } = contact;
  return {
    date: iso(day),
    ...rest,
    personal: isPersonal(contact, account),
    ...(nextStep === undefined ? {} : { nextStep }),
  };
}

/**
 * A portfolio of about 40 clients and 8 key accounts run by 3 managers under 1 head of sales,
 * with six months of contacts ending on `today` and the situations of DEMO_SCENARIOS. The
 * same options give the same data. Values follow `DemoValue` (ISO dates, choice keys).
 * Example: generateDemo({ scale: { accounts: 1000, contacts: 100_000 } }) for the benchmark.
 */
export function generateDemo(options: DemoOptions = {}): DemoData {
  const rng = createRng(options.seed ?? DEMO_DEFAULTS.seed);
  const today = dayOf(options.today ?? DEMO_DEFAULTS.today);
  const accountCount = Math.max(
    SCENARIO_SHARES.length,
    options.scale?.accounts ?? SCENARIO_SHARES.length,
  );
  const clients = Math.max(accountCount, options.scale?.clients ?? Math.max(40, accountCount + 32));
  const portfolio = buildPortfolio(
    rng,
    today,
    { accounts: accountCount, clients },
    options.monoClient === true,
  );
  const start = addMonths(today, -6);
  const counts = contactCounts(accountCount, options.scale?.contacts, rng.next);
  const isoCache = new Map<Day, string>();
  const iso = (day: Day): string => {
    let text = isoCache.get(day);
    if (text === undefined) {
      text = isoOf(day);
      isoCache.set(day, text);
    }
    return text;
  };

  const data: DemoData = {
    settings: SETTINGS.map((setting) => ({
      setting: setting.key,
      value: DEFAULT_SETTINGS[setting.key] ?? '',
    })),
    revenue: portfolio.revenue,
    accounts: [],
    dossier: [],
    decisionGroup: [],
    competitors: [],
    contacts: [],
    reviews: [],
    plan: [],
    whitespace: [],
    history: [],
  };
  const contacts: Array<{ contact: DemoContact; account: DemoAccount }> = [];
  for (const account of portfolio.accounts) {
    data.accounts.push({
      accountId: account.id,
      client: account.client,
      ...(account.keyTypes === '' ? {} : { keyTypes: account.keyTypes }),
      manager: account.manager.email,
      supervisor: DEMO_SUPERVISOR.email,
    });
    const group = withLines(decisionGroup(rng, account), account);
    const people = group.map((person) => String(person.person));
    const own = accountContacts(rng, account, people, start, today, counts[account.index]);
    const lastWith = new Map<string, Day>();
    for (const contact of own) {
      contacts.push({ contact, account });
      if ((lastWith.get(contact.clientPerson) ?? -Infinity) < contact.day)
        lastWith.set(contact.clientPerson, contact.day);
    }
    for (const person of group) {
      const last = lastWith.get(String(person.person));
      data.decisionGroup.push(last === undefined ? person : { ...person, lastContact: iso(last) });
    }
    data.dossier.push(dossier(rng, account, people));
    const profiles = competitorProfiles(rng, account, today);
    data.competitors.push(...profiles);
    const divisions = [...new Set(group.map((p) => String(p.division)))];
    data.whitespace.push(
      ...whitespaceRows(
        options.seed ?? DEMO_DEFAULTS.seed,
        account,
        divisions,
        profiles.map((p) => String(p.competitor)),
      ),
    );
    data.reviews.push(...reviews(rng, account, today));
    data.plan.push(...planActions(rng, account, today));
  }
  contacts.sort((a, b) => a.contact.day - b.contact.day);
  data.contacts = contacts.map(({ contact, account }) => contactRow(contact, account, iso));
  data.reviews.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return data;
}
