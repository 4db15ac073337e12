// The daily check's installable triggers (add-ons: a time-driven one at most hourly, one per
// type per user and document), and a change trigger for inserted or deleted rows. Triggers
// belong to the user who made them while document properties are shared by everyone, so the
// document records whose they are and their ids, and each user finds their own by id.
import { fail } from '../../core/errors';
import type { Platform, Properties, Trigger } from '../platform/platform';

export const SCHEDULED_HANDLER = 'kamScheduledCheck';
export const CHANGE_HANDLER = 'kamOnChange';
/** Document property: KAM's triggers in this document, `{ owner, ids }` as JSON. */
export const TRIGGERS_KEY = 'kam.triggers';
/** Google's quota: "Triggers: 20 / user / script" (https://developers.google.com/apps-script/guides/services/quotas). */
export const TRIGGER_QUOTA = 20;

/** Who turned the daily check on in this document, and the ids of the triggers they made. */
export interface TriggerRecord {
  owner: string;
  ids: string[];
}

/** The record of this document, or undefined when the daily check is off (or the record is unreadable). */
export function triggerRecord(properties: Properties): TriggerRecord | undefined {
  try {
    const record = JSON.parse(properties.getProperty(TRIGGERS_KEY) ?? 'null') as TriggerRecord;
    return record && typeof record.owner === 'string' && Array.isArray(record.ids)
      ? record
      : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the record is this user's: its triggers are in their own listing, or it names them. */
export function ownRecord(record: TriggerRecord, mine: readonly Trigger[], me: string): boolean {
  if (mine.some((t) => record.ids.includes(t.getUniqueId()))) return true;
  return me !== '' && record.owner.trim().toLowerCase() === me.trim().toLowerCase();
}

export type TurnOn = { kind: 'on' } | { kind: 'alreadyOn' } | { kind: 'otherOwner'; owner: string };

/**
 * Switches the daily check on for the user who asks: an hourly trigger that checks once a
 * day (and whenever the workbook changed), plus a change trigger. Asked again, it adds only
 * what is missing of the user's own; another user's daily check is left alone and named. A
 * trigger Google refuses (20 a user for KAM) undoes the ones this call made, and fails with
 * TRIGGER_LIMIT naming how many the user has.
 */
export function turnOnDailyCheck(platform: Platform): TurnOn {
  const props = platform.properties();
  const me = platform.user.active();
  const record = triggerRecord(props);
  const mine = platform.triggers.list();
  if (record && !ownRecord(record, mine, me)) return { kind: 'otherOwner', owner: record.owner };
  const kept = mine.filter((t) => record?.ids.includes(t.getUniqueId()));
  const has = (handler: string) => kept.some((t) => t.getHandlerFunction() === handler);
  if (record && has(SCHEDULED_HANDLER) && has(CHANGE_HANDLER)) return { kind: 'alreadyOn' };
  const made: Trigger[] = [];
  try {
    if (!has(SCHEDULED_HANDLER)) made.push(platform.triggers.hourly(SCHEDULED_HANDLER));
    if (!has(CHANGE_HANDLER)) made.push(platform.triggers.onChange(CHANGE_HANDLER));
  } catch (error) {
    for (const trigger of made) platform.triggers.remove(trigger);
    const reason = error instanceof Error ? error.message : String(error);
    if (/too many triggers/i.test(reason)) fail('TRIGGER_LIMIT', { detail: String(mine.length) });
    throw error;
  }
  const ids = [...kept, ...made].map((t) => t.getUniqueId());
  props.setProperty(TRIGGERS_KEY, JSON.stringify({ owner: me, ids } satisfies TriggerRecord));
  return { kind: 'on' };
}

export type TurnOff =
  | { kind: 'off' }
  | { kind: 'alreadyOff' }
  | { kind: 'otherOwner'; owner: string };

/**
 * Switches the daily check off: removes exactly the recorded triggers the user owns, and the
 * record. Another user's daily check is left alone and named (only its owner can remove it).
 */
export function turnOffDailyCheck(platform: Platform): TurnOff {
  const props = platform.properties();
  const record = triggerRecord(props);
  if (!record) return { kind: 'alreadyOff' };
  const mine = platform.triggers.list();
  if (!ownRecord(record, mine, platform.user.active()))
    return { kind: 'otherOwner', owner: record.owner };
  for (const trigger of mine.filter((t) => record.ids.includes(t.getUniqueId())))
    platform.triggers.remove(trigger);
  props.deleteProperty(TRIGGERS_KEY);
  return { kind: 'off' };
}
