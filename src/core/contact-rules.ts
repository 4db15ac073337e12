// R5 as the contact form needs it, on ISO dates (pure: the server and the sidebar share it).

import { PERSONAL_CHANNELS } from '../template/choices';
import { isInsidePause, pauseEnd } from './contacts';
import { dayOfIso, isoOf } from './days';

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The R5 Decision of docs/rules.md: a contact is personal when the account's own manager makes
 * it in person, by phone or by video. Example: ("phone", "ieva@x.lt", "Ieva@x.lt") → true;
 * ("email", …) → false; a colleague's call → false.
 */
export function isPersonal(channel: string, ourPerson: string, manager: string): boolean {
  return PERSONAL_CHANNELS.includes(channel) && ourPerson.trim() !== '' && same(ourPerson, manager);
}

/** What a contact row says that bears on "personal": its Personal cell (blank: undefined), channel and our person. */
export interface PersonalFacts {
  personal?: boolean | null;
  channel?: string | null;
  ourPerson?: string | null;
}

/**
 * Whether a contact is personal, one rule everywhere (the R5 Decision "who says personal"): a
 * filled Personal cell is the user's word and wins; a blank one is derived by `isPersonal`,
 * with the manager the Accounts sheet names for the account now. The sidebar, typed rows, the
 * check, onEdit and the scorecard all ask this. Example: a phone call by the manager with
 * Personal blank → true; the same with Personal "No" → false.
 */
export function personalOf(contact: PersonalFacts, accountManager: string): boolean {
  const { personal, channel, ourPerson } = contact;
  if (typeof personal === 'boolean') return personal;
  if (!channel || !ourPerson) return false;
  return isPersonal(channel, ourPerson, accountManager);
}

/**
 * The R5.2 pause a day falls inside, if any: the latest negative contact whose 2 weeks cover
 * it. Example: negatives ["2026-11-21"], day 2026-11-24, 14 days → { negative: 2026-11-21,
 * until: 2026-12-05 }.
 */
export function pauseCovering(
  negatives: readonly string[],
  dayIso: string,
  pauseDays: number,
): { negative: string; until: string } | undefined {
  const day = dayOfIso(dayIso);
  if (day === undefined) return undefined;
  let found: number | undefined;
  for (const text of negatives) {
    const negative = dayOfIso(text);
    if (negative !== undefined && isInsidePause(negative, day, pauseDays))
      found = Math.max(found ?? negative, negative);
  }
  return found === undefined
    ? undefined
    : { negative: isoOf(found), until: isoOf(pauseEnd(found, pauseDays)) };
}
