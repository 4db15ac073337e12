// One recipient's e-mail of the day: their manager's digest, the weekly team digest on its
// day, or both in one (at most one e-mail a recipient a day), with a footer that says why
// they get it and how to stop it: an Editor add-on has no web address for an unsubscribe link.
import type { Day } from '../../core/days';
import type { DigestItem } from '../../core/digest';
import { type Lang, messagesFor } from '../../i18n';
import { type Block, toHtml, toText } from './blocks';
import type { TeamDigest } from './team';
import { teamBlocks, teamSubject } from './team-words';
import { managerBlocks, managerSubject } from './words';

export interface LetterContext {
  lang: Lang;
  today: Day;
  workbook: { name: string; url: string };
  /** The person who runs the daily check: the e-mail comes from their account. */
  sender: string;
  /** A link to a row of this workbook's Accounts sheet. */
  rowUrl: (row: number) => string;
}

export interface Letter {
  subject: string;
  html: string;
  text: string;
}

/** The e-mail of one recipient: at least one part. */
export function letterOf(
  ctx: LetterContext,
  parts: { manager?: readonly DigestItem[]; team?: TeamDigest },
): Letter {
  const d = messagesFor(ctx.lang).digest;
  const manager = parts.manager && parts.manager.length > 0 ? parts.manager : undefined;
  const blocks: Block[] = [];
  if (manager)
    blocks.push(...managerBlocks(ctx.lang, manager, ctx.today, ctx.rowUrl, ctx.workbook.name));
  if (parts.team) {
    if (manager) blocks.push({ kind: 'rule' });
    blocks.push(...teamBlocks(ctx.lang, parts.team, ctx.today));
  }
  blocks.push(
    { kind: 'rule' },
    { kind: 'para', text: d.footer(ctx.workbook.name, ctx.sender || d.sender), muted: true },
    { kind: 'link', link: { href: ctx.workbook.url, label: d.footerLink } },
  );
  const daily = manager ? managerSubject(ctx.lang, manager) : undefined;
  const subject =
    daily && parts.team
      ? d.bothSubject(daily, parts.team.managers.length)
      : (daily ?? (parts.team ? teamSubject(ctx.lang, parts.team) : d.sender));
  return { subject, html: toHtml(blocks, ctx.lang, subject), text: toText(blocks) };
}
