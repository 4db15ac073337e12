// The demo's clients, revenue (R1.1–R1.3) and key accounts with their managers (R2.1–R2.2, R3.5).
import { addMonths, type Day, isoOf } from '../../src/core/days';
import {
  CLIENT_SECTORS,
  CLIENT_WORDS,
  FEMALE_FIRST,
  KEY_CLIENTS,
  LEGAL_FORMS,
  MALE_FIRST,
  SURNAMES,
} from './names';
import type { Rng } from './rng';
import {
  DEMO_MANAGERS,
  type DemoPerson,
  SCENARIO_KEY_TYPES,
  SCENARIO_MANAGERS,
  SCENARIO_SHARES,
} from './scenarios';
import type { DemoRow } from './types';

export interface DemoAccount {
  id: string;
  /** 0-based; the first eight are the scenario accounts. */
  index: number;
  client: string;
  manager: DemoPerson;
  keyTypes: string;
}

export interface Portfolio {
  accounts: DemoAccount[];
  managers: DemoPerson[];
  revenue: DemoRow[];
}

const ASCII: Readonly<Record<string, string>> = {
  ą: 'a',
  č: 'c',
  ę: 'e',
  ė: 'e',
  į: 'i',
  š: 's',
  ų: 'u',
  ū: 'u',
  ž: 'z',
};

/** An example.com address of a name. Example: "Rūta Žemaitienė" → "ruta.zemaitiene@example.com". */
export function emailOf(name: string, n = ''): string {
  const local = name
    .toLowerCase()
    .replace(/[ąčęėįšųūž]/g, (c) => ASCII[c])
    .replace(/[^a-z]+/g, '.');
  return `${local}${n}@example.com`;
}

/** A person's name; Lithuanian women's surnames take the married form (Kazlauskas → Kazlauskienė). */
export function personName(rng: Rng): string {
  const surname = rng.pick(SURNAMES);
  if (rng.chance(0.5)) return `${rng.pick(MALE_FIRST)} ${surname}`;
  return `${rng.pick(FEMALE_FIRST)} ${surname.replace(/(ius|as|us|is)$/, '')}ienė`;
}

/** Client names beyond the curated ones: word × sector, then numbered when those run out. */
function otherClientNames(rng: Rng, count: number): string[] {
  const combos = CLIENT_WORDS.flatMap((word) =>
    CLIENT_SECTORS.map((sector) => `${word} ${sector}`),
  );
  const order = rng.sample(combos, combos.length);
  return Array.from({ length: count }, (_, i) => {
    const round = Math.floor(i / order.length);
    const base = order[i % order.length];
    return `${base}${round === 0 ? '' : ` ${round + 1}`} ${LEGAL_FORMS[i % LEGAL_FORMS.length]}`;
  });
}

function accountId(index: number, total: number): string {
  return `KA-${String(index + 1).padStart(Math.max(3, String(total).length), '0')}`;
}

/** Managers beyond the three of the demo, about five accounts each, for scaled portfolios. */
function extraManagers(rng: Rng, accounts: number): DemoPerson[] {
  const count = Math.ceil(Math.max(0, accounts - SCENARIO_SHARES.length) / 5);
  return Array.from({ length: count }, (_, i) => {
    const name = personName(rng);
    return { name, email: emailOf(name, String(i + 1)) };
  });
}

/**
 * Clients with revenue for the last 12 months, and the key accounts among them. The scenario
 * accounts keep their shares (SCENARIO_SHARES); every other client stays far below 10 %.
 * With `monoClient`, KA-001 brings 55 % of the total (R1.3).
 */
export function buildPortfolio(
  rng: Rng,
  today: Day,
  sizes: { accounts: number; clients: number },
  monoClient: boolean,
): Portfolio {
  const managers = [...DEMO_MANAGERS, ...extraManagers(rng, sizes.accounts)];
  const names = [...KEY_CLIENTS, ...otherClientNames(rng, sizes.clients - KEY_CLIENTS.length)];
  const accounts: DemoAccount[] = Array.from({ length: sizes.accounts }, (_, index) => ({
    id: accountId(index, sizes.accounts),
    index,
    client: names[index],
    manager:
      index < SCENARIO_MANAGERS.length
        ? managers[SCENARIO_MANAGERS[index]]
        : managers[3 + Math.floor((index - 8) / 5)],
    keyTypes:
      index < SCENARIO_KEY_TYPES.length
        ? SCENARIO_KEY_TYPES[index]
        : rng.pick(['', '', 'prospective', 'imageMaker', 'expert', 'prospective, imageMaker']),
  }));
  const total = 4_800_000 + rng.int(0, 400_000);
  const fixed = SCENARIO_SHARES.reduce((sum, share) => sum + share, 0);
  const weights = names.slice(SCENARIO_SHARES.length).map(() => 0.3 + rng.next() * 2.7);
  const weightSum = weights.reduce((sum, w) => sum + w, 0);
  const revenues = [
    ...SCENARIO_SHARES.map((share) => Math.round(share * total)),
    ...weights.map((w) => Math.round(((w / weightSum) * (1 - fixed) * total) / 10) * 10),
  ];
  if (monoClient) {
    const rest = revenues.reduce((sum, r) => sum + r, 0) - revenues[0];
    revenues[0] = Math.round((rest * 0.55) / 0.45);
  }
  const period = `${isoOf(addMonths(today, -11)).slice(0, 7)} – ${isoOf(today).slice(0, 7)}`;
  const revenue = names
    .map((client, i) => ({ client, period, revenue: revenues[i] }))
    .sort((a, b) => (a.client < b.client ? -1 : 1)); // code-point order: the same on every machine
  return { accounts, managers, revenue };
}
