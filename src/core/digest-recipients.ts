// Who may receive a digest (R3.5): only people the workbook names as an account's manager or
// supervisor, who can already open the file, and who have not stopped their digest. Pure.
import { normalEmail } from './access';

export interface Recipients {
  /** Named, able to open the file, not stopped: in the order first named. */
  mail: string[];
  /** Named but unable to open the file: never mailed (the digest would name what they cannot see). */
  cannotOpen: string[];
  /** Named and able, but they chose "Stop these e-mails". */
  stopped: string[];
}

/**
 * Sorts the people a digest would go to. Addresses compare as Google compares them (trimmed,
 * any case) and come back in that form, each once. Example: managers [ieva, mantas], file
 * open to ieva and the owner, nobody stopped → mail [ieva], cannotOpen [mantas].
 */
export function recipientsOf(
  named: readonly string[],
  canOpen: ReadonlySet<string>,
  stopped: ReadonlySet<string>,
): Recipients {
  const result: Recipients = { mail: [], cannotOpen: [], stopped: [] };
  const seen = new Set<string>();
  for (const email of named) {
    const who = normalEmail(email);
    if (who === '' || seen.has(who)) continue;
    seen.add(who);
    if (!canOpen.has(who)) result.cannotOpen.push(who);
    else if (stopped.has(who)) result.stopped.push(who);
    else result.mail.push(who);
  }
  return result;
}
