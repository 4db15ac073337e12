// Each supervisor's weekly digest (R4.3): the managers Accounts says they supervise (R3.5),
// each with the scorecard and its change since last week, their overdue reviews and contact
// gaps; the company's mono-client alert (R1.3) and key clients no account runs yet. Managers
// whose accounts moved to their own workbook are read from it, as Team overview reads it.
import { normalEmail } from '../../core/access';
import {
  type Figures,
  figuresOf,
  type ScoreLine,
  scoreLine,
  supervisedManagers,
} from '../../core/digest-team';
import type { DashboardModel, ListedAccount } from '../dashboard/model';
import type { Portfolio } from '../sheet/portfolio-read';

/** An account of a weekly list, with a link to its row in whichever workbook holds it. */
export interface TeamAccount {
  id: string;
  client: string;
  status: string;
  days?: number;
  link: string;
}

export interface TeamManager {
  manager: string;
  line?: ScoreLine;
  overdueReviews: TeamAccount[];
  contactGaps: TeamAccount[];
  /** The manager's own workbook, when it could not be read this week. */
  unreadable?: string;
}

export interface TeamDigest {
  supervisor: string;
  managers: TeamManager[];
  /** R1.3: clients above the mono-client share, and the largest client's share. */
  mono?: { clients: string[]; share: number };
  /** R1.1, R3: revenue key clients no account runs (the dashboard's own list). */
  keyClients: { client: string; share: number }[];
}

/** Where a manager's figures come from: a workbook's dashboard model and its row links. */
export interface TeamSource {
  model: DashboardModel;
  rowUrl: (row: number) => string;
}

/** The managers whose accounts moved to their own workbook (Portfolio), each as read this week. */
export type MovedSources = ReadonlyMap<string, TeamSource | { unreadable: string }>;

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

function listed(
  source: TeamSource,
  manager: string,
  list: readonly ListedAccount[],
): TeamAccount[] {
  return list
    .filter((a) => normalEmail(a.manager) === manager)
    .map((a) => ({
      id: a.id,
      client: a.client || a.id,
      status: a.status,
      ...(a.daysOverdue === undefined ? {} : { days: a.daysOverdue }),
      link: source.rowUrl(a.row),
    }));
}

function teamManager(
  manager: string,
  source: TeamSource | { unreadable: string },
  lastWeek: (manager: string) => Figures | undefined,
): TeamManager {
  if ('unreadable' in source)
    return { manager, overdueReviews: [], contactGaps: [], unreadable: source.unreadable };
  const card = source.model.cards.find((c) => normalEmail(c.manager) === manager);
  return {
    manager,
    ...(card ? { line: scoreLine({ ...card, manager }, lastWeek(manager)) } : {}),
    overdueReviews: listed(source, manager, source.model.overdueReviews),
    contactGaps: listed(source, manager, source.model.contactGaps),
  };
}

/**
 * Every supervisor's weekly digest, from this workbook's Accounts (who supervises whom) and
 * model, and the moved managers' own workbooks. Example: Rūta supervises Ieva and Mantas →
 * one digest with two managers, Laura's accounts left out.
 */
export function teamDigests(
  portfolio: Portfolio,
  own: TeamSource,
  moved: MovedSources,
  lastWeek: (manager: string) => Figures | undefined,
): TeamDigest[] {
  const supervision = supervisedManagers(
    portfolio.accounts.map((a) => ({
      manager: text(a.row.values.manager),
      supervisor: text(a.row.values.supervisor),
    })),
    normalEmail,
  );
  const concentration = own.model.concentration;
  const mono =
    concentration?.topClient && concentration.monoClients.length > 0
      ? { clients: concentration.monoClients, share: concentration.topClient.share }
      : undefined;
  const keyClients = own.model.keyWithoutAccount.map((c) => ({ client: c.client, share: c.share }));
  return [...supervision].map(([supervisor, managers]) => ({
    supervisor,
    managers: [...managers]
      .sort()
      .map((manager) => teamManager(manager, moved.get(manager) ?? own, lastWeek)),
    ...(mono ? { mono } : {}),
    keyClients,
  }));
}

/** This week's figures of every manager the digests cover, to compare with next week. */
export function weekFigures(digests: readonly TeamDigest[]): Record<string, Figures> {
  const figures: Record<string, Figures> = {};
  for (const digest of digests)
    for (const { manager, line } of digest.managers)
      if (line)
        figures[manager] = figuresOf({
          manager,
          accounts: line.accounts,
          ...Object.fromEntries(line.scores.map((s) => [s.key, s.value])),
        });
  return figures;
}
