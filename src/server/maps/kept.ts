// What the dialogs hand on between calls, kept for the user in the document cache: the
// account a dialog was opened for (its data call reads it) and the person clicked on the map
// (the sidebar's next load opens them).
import type { Platform } from '../platform/platform';

/** How long an asked-for dialog or person is kept for the call that follows (seconds). */
const KEEP_SECONDS = 1800;

export type Target = { accountId: string; view?: 'people' | 'whitespace'; key?: string };

const cacheKey = (kind: 'dialog' | 'focus', platform: Platform) =>
  `kam.${kind}.${platform.user.active().trim().toLowerCase()}`;

export function keep(platform: Platform, kind: 'dialog' | 'focus', target: Target): void {
  platform.cache()?.putAll({ [cacheKey(kind, platform)]: JSON.stringify(target) }, KEEP_SECONDS);
}

export function kept(platform: Platform, kind: 'dialog' | 'focus'): Target | undefined {
  const text = platform.cache()?.get(cacheKey(kind, platform));
  if (!text) return undefined;
  try {
    const target = JSON.parse(text) as Target;
    return typeof target.accountId === 'string' ? target : undefined;
  } catch {
    return undefined;
  }
}

/** The person clicked on the map, for the sidebar's next load (taken once). */
export function takeFocus(platform: Platform): { accountId: string; key: string } | undefined {
  const target = kept(platform, 'focus');
  if (!target?.key) return undefined;
  platform.cache()?.remove(cacheKey('focus', platform));
  return { accountId: target.accountId, key: target.key };
}
