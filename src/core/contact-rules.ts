// R5 as the contact form needs it, on ISO dates (pure: the server and the sidebar share it).

import { PERSONAL_CHANNELS } from '../template/choices';
import { isInsidePause, pauseEnd } from './contacts';
import { dayOfIso, isoOf } from './days';

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * the R5 Decision of docs/rules.md: a contact is personal when the account's own manager makes it
 * in person, by phone or by video. Example: ("phone", "ieva@x.lt", "Ieva@x.lt") → true;
 * ("email", …) → false; a colleague's call → false.
 */
export function isPersonal(channel: string, ourPerson: string, manager: string): boolean {
  return PERSONAL_CHANNELS.includes(channel) && ourPerson.trim() !== '' && same(ourPerson, manager);
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
      if (found === undefined || negative > found) found = negative;
  }
  return found === undefined
    ? undefined
    : { negative: isoOf(found), until: isoOf(pauseEnd(found, pauseDays)) };
}
