// The manager's digest in words, in the workbook's language: a subject that says what is due
// ("KAM: 3 contacts overdue, 1 review due") and one block per item, grouped worst first
// (R2.4, R3.3, R3.4, R3.6, R5.1, R5.2, R6.2). Plain words: no rule codes.
import { civilOf, type Day } from '../../core/days';
import { type DigestGroup, type DigestItem, groupOf } from '../../core/digest';
import { type Lang, messagesFor } from '../../i18n';
import type { Block } from './blocks';

/** At most this many items a group: a phone screen, not the workbook (the rest is counted). */
export const ITEMS_PER_GROUP = 25;

/** A day as people write it: "12 Dec" (en), "gruodžio 12 d." (lt); the year only when not this one. */
export function wordDay(lang: Lang, day: Day, today: Day): string {
  const { year, month, day: d } = civilOf(day);
  return messagesFor(lang).digest.date(d, month, year, year === civilOf(today).year);
}

type CountKey = keyof ReturnType<typeof messagesFor>['digest']['count'];

/** Which subject count an item adds to, in the order the subject names them. */
const COUNT_OF: Readonly<Record<DigestItem['kind'], CountKey>> = {
  pauseBroken: 'pauseBroken',
  contactNever: 'contactsOverdue',
  contactOverdue: 'contactsOverdue',
  reviewNever: 'reviewsOverdue',
  reviewOverdue: 'reviewsOverdue',
  contactDueSoon: 'contactsDue',
  reviewDueSoon: 'reviewsDue',
  planDue: 'planDue',
  flag: 'flags',
  pausing: 'pausing',
};

const COUNT_ORDER: readonly CountKey[] = [
  'pauseBroken',
  'contactsOverdue',
  'reviewsOverdue',
  'contactsDue',
  'reviewsDue',
  'planDue',
  'flags',
  'pausing',
];

/** What is due, counted for a subject line: the three loudest counts, and whether there is more. */
export function dueCounts(
  lang: Lang,
  items: readonly DigestItem[],
): { parts: string[]; more: boolean } {
  const counts = new Map<CountKey, number>();
  for (const item of items)
    counts.set(COUNT_OF[item.kind], (counts.get(COUNT_OF[item.kind]) ?? 0) + 1);
  const m = messagesFor(lang).digest.count;
  const parts = COUNT_ORDER.filter((key) => counts.has(key)).map((key) => m[key](counts.get(key)!));
  return { parts: parts.slice(0, 3), more: parts.length > 3 };
}

/** The subject of a manager's digest. Example: "KAM: 1 pause broken, 2 contacts overdue". */
export function managerSubject(lang: Lang, items: readonly DigestItem[]): string {
  const { parts, more } = dueCounts(lang, items);
  const d = messagesFor(lang).digest;
  return d.subject(`${parts.join(', ')}${more ? d.subjectMore : ''}`);
}

/** One item's lines, in plain words. */
export function itemLines(lang: Lang, item: DigestItem, today: Day): string[] {
  const m = messagesFor(lang).digest.item;
  const day = (d: Day) => wordDay(lang, d, today);
  const person = (p?: string) => (p ? [m.lastPerson(p)] : []);
  switch (item.kind) {
    case 'pauseBroken':
      return [m.pauseBroken(day(item.breach), day(item.negative))];
    case 'contactNever':
      return [m.contactNever];
    case 'contactOverdue':
      return [m.contactOverdue(item.days, day(item.lastPositive)), ...person(item.person)];
    case 'contactDueSoon':
      return [
        m.contactDueSoon(item.days, day(item.due), day(item.lastPositive)),
        ...person(item.person),
      ];
    case 'reviewNever':
      return [m.reviewNever];
    case 'reviewOverdue':
      return [m.reviewOverdue(item.days, day(item.due))];
    case 'reviewDueSoon':
      return [m.reviewDueSoon(item.days, day(item.due))];
    case 'planDue':
      return [m.planDue(item.action, day(item.due), item.days)];
    case 'pausing':
      return [m.pausing(item.account.client, day(item.until))];
    case 'flag': {
      const f = item.flag;
      if (f.kind === 'strongOpponents') return [m.strongOpponents(f.names.join(', '))];
      if (f.kind === 'staleCompetitors') return [m.staleCompetitors(f.names.join(', '))];
      if (f.kind === 'divisionsWithoutContact')
        return [m.divisionsWithoutContact(f.divisions.join(', '))];
      return [m[f.kind]];
    }
  }
}

const GROUPS: readonly DigestGroup[] = ['alert', 'warning', 'info'];

/**
 * The manager's part of an e-mail: a heading per group that has items, one block per item
 * (its client, its id, what is due, a link to its Accounts row), at most ITEMS_PER_GROUP a
 * group and the rest counted. `items` come worst first.
 */
export function managerBlocks(
  lang: Lang,
  items: readonly DigestItem[],
  today: Day,
  rowUrl: (row: number) => string,
  workbook: string,
): Block[] {
  const d = messagesFor(lang).digest;
  const blocks: Block[] = [
    { kind: 'title', text: d.title(wordDay(lang, today, today)) },
    { kind: 'para', text: d.intro(workbook) },
  ];
  for (const group of GROUPS) {
    const mine = items.filter((item) => groupOf(item.kind) === group);
    if (mine.length === 0) continue;
    blocks.push({ kind: 'heading', text: d.groups[group], tone: group });
    for (const item of mine.slice(0, ITEMS_PER_GROUP))
      blocks.push({
        kind: 'item',
        title: item.account.client,
        note: item.account.id,
        lines: itemLines(lang, item, today),
        link: { href: rowUrl(item.account.row), label: d.open },
        tone: group,
      });
    if (mine.length > ITEMS_PER_GROUP)
      blocks.push({ kind: 'para', text: d.more(mine.length - ITEMS_PER_GROUP), muted: true });
  }
  return blocks;
}
