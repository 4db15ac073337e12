// The supervisor's weekly digest in words (R4.3, R1.3): per manager the scorecard and its
// change since last week, then their overdue reviews and contact gaps, each linked to its row;
// the mono-client alert and key clients without an account. Plain words: no rule codes.
import type { Day } from '../../core/days';
import type { ScoreChange } from '../../core/digest-team';
import { type Lang, messagesFor } from '../../i18n';
import type { Block } from './blocks';
import type { TeamAccount, TeamDigest, TeamManager } from './team';
import { ITEMS_PER_GROUP, wordDay } from './words';

/** At most this many accounts a list a manager in the weekly digest: a summary, not the workbook. */
const ITEMS_PER_MANAGER = 10;

/** The subject of a weekly digest. Example: "KAM weekly: 3 managers". */
export function teamSubject(lang: Lang, team: TeamDigest): string {
  return messagesFor(lang).digest.weeklySubject(team.managers.length);
}

function scoreText(lang: Lang, score: ScoreChange): string {
  const w = messagesFor(lang).digest.weekly;
  const label = w.scores[score.key];
  if (score.value === undefined) return `${label}: ${w.notMeasured}`;
  const change = score.change === undefined ? undefined : w.points(score.change);
  return w.score(label, w.percent(score.value), change);
}

function accountBlocks(
  lang: Lang,
  heading: string,
  accounts: readonly TeamAccount[],
  status: (a: TeamAccount) => string,
): Block[] {
  const d = messagesFor(lang).digest;
  const blocks: Block[] = accounts.slice(0, ITEMS_PER_MANAGER).map((a) => ({
    kind: 'item',
    title: a.client,
    note: a.id,
    lines: [`${heading}: ${status(a)}`],
    link: { href: a.link, label: d.open },
    tone: 'alert',
  }));
  if (accounts.length > ITEMS_PER_MANAGER)
    blocks.push({ kind: 'para', text: d.more(accounts.length - ITEMS_PER_MANAGER), muted: true });
  return blocks;
}

function managerBlocks(lang: Lang, manager: TeamManager): Block[] {
  const w = messagesFor(lang).digest.weekly;
  const blocks: Block[] = [{ kind: 'heading', text: manager.manager }];
  if (manager.unreadable)
    return [...blocks, { kind: 'para', text: w.unreadable(manager.unreadable) }];
  if (manager.line)
    blocks.push({
      kind: 'item',
      title: w.scorecard,
      note: w.accounts(manager.line.accounts),
      lines: manager.line.scores.map((s) => scoreText(lang, s)),
      tone: 'plain',
    });
  if (manager.overdueReviews.length === 0 && manager.contactGaps.length === 0)
    return [...blocks, { kind: 'para', text: w.allClear }];
  const review = (a: TeamAccount) =>
    a.status === 'never' ? w.neverReviewed : w.reviewOverdue(a.days ?? 0);
  const contact = (a: TeamAccount) =>
    a.status === 'never'
      ? w.contactNever
      : a.status === 'pauseBroken'
        ? w.pauseBroken
        : w.contactOverdue(a.days ?? 0);
  return [
    ...blocks,
    ...accountBlocks(lang, w.overdueReviews, manager.overdueReviews, review),
    ...accountBlocks(lang, w.contactGaps, manager.contactGaps, contact),
  ];
}

/** The supervisor's part of an e-mail. */
export function teamBlocks(lang: Lang, team: TeamDigest, today: Day): Block[] {
  const w = messagesFor(lang).digest.weekly;
  const share = (n: number) => w.percent(Math.round(n * 1000) / 10);
  const blocks: Block[] = [
    { kind: 'title', text: w.title(wordDay(lang, today, today)) },
    { kind: 'para', text: w.intro(team.managers.map((m) => m.manager).join(', ')) },
  ];
  if (team.mono)
    blocks.push({
      kind: 'item',
      title: w.concentration,
      lines: [w.mono(team.mono.clients.join(', '), share(team.mono.share))],
      tone: 'alert',
    });
  for (const manager of team.managers) blocks.push(...managerBlocks(lang, manager));
  if (team.keyClients.length > 0) {
    blocks.push({ kind: 'heading', text: w.keyClients, tone: 'warning' });
    for (const c of team.keyClients.slice(0, ITEMS_PER_GROUP))
      blocks.push({
        kind: 'item',
        title: c.client,
        lines: [w.keyClient(c.client, share(c.share))],
        tone: 'warning',
      });
  }
  return blocks;
}
