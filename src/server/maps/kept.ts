// What a dialog hands on between its two calls, kept for the user in the document cache: the
// account (and view) it was opened for, which its data call reads.
import type { Platform } from '../platform/platform';

/** How long an asked-for dialog is kept for its data call (seconds). */
const KEEP_SECONDS = 1800;

export type Target = { accountId: string; view?: 'people' | 'whitespace' };

const cacheKey = (kind: 'dialog', platform: Platform) =>
  `kam.${kind}.${platform.user.active().trim().toLowerCase()}`;

export function keep(platform: Platform, kind: 'dialog', target: Target): void {
  platform.cache()?.putAll({ [cacheKey(kind, platform)]: JSON.stringify(target) }, KEEP_SECONDS);
}

export function kept(platform: Platform, kind: 'dialog'): Target | undefined {
  const text = platform.cache()?.get(cacheKey(kind, platform));
  if (!text) return undefined;
  try {
    const target = JSON.parse(text) as Target;
    return typeof target.accountId === 'string' ? target : undefined;
  } catch {
    return undefined;
  }
}
