// LockService: document, script and user locks shared by the emulated executions; a lock held by
// another execution makes tryLock return false and waitLock throw Google's timeout message
// (https://developers.google.com/apps-script/reference/lock/lock).

import type { Emulates } from './emulates';
import { EmuObject, type Env } from './env';

/** Which execution holds each lock key; locks are released when their execution ends. */
export const lockHolders = new WeakMap<Env, Map<string, number>>();

function holders(env: Env): Map<string, number> {
  let m = lockHolders.get(env);
  if (!m) {
    m = new Map();
    lockHolders.set(env, m);
  }
  return m;
}

/** Releases every lock an execution still holds (Apps Script does so when a script ends). */
export function releaseAll(env: Env, executionId: number): void {
  for (const [key, holder] of holders(env)) if (holder === executionId) holders(env).delete(key);
}

export class EmuLock
  extends EmuObject
  implements
    Emulates<GoogleAppsScript.Lock.Lock, 'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock'>
{
  readonly _class = 'Lock';

  constructor(
    env: Env,
    readonly _key: string,
  ) {
    super(env);
  }

  private get _me(): number {
    return this._env.exec?.id ?? 0;
  }

  /** Takes the lock, or waits `timeoutInMillis` on the emulator clock and returns false. */
  tryLock(timeoutInMillis: number): boolean {
    const holder = holders(this._env).get(this._key);
    const heldForGood =
      this._key.startsWith('document:') && this._env.options.quirks.documentLock === 'held';
    if (heldForGood || (holder !== undefined && holder !== this._me)) {
      this._env.state.now += Math.max(0, timeoutInMillis);
      return false;
    }
    holders(this._env).set(this._key, this._me);
    this._env.exec?.locks.add(this._key);
    return true;
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) {
      this._env.fail('Lock timeout: another process was holding the lock for too long.');
    }
  }

  releaseLock(): void {
    if (holders(this._env).get(this._key) === this._me) holders(this._env).delete(this._key);
    this._env.exec?.locks.delete(this._key);
  }

  hasLock(): boolean {
    return holders(this._env).get(this._key) === this._me;
  }
}

export class EmuLockService
  extends EmuObject
  implements
    Emulates<GoogleAppsScript.Lock.LockService, 'getDocumentLock' | 'getScriptLock' | 'getUserLock'>
{
  readonly _class = 'LockService';

  /** Serialises executions on one document; null when the script runs outside a document. */
  getDocumentLock(): EmuLock | null {
    if (this._env.options.quirks.documentLock === 'missing') return null;
    const id = this._env.exec ? this._env.exec.boundId : this._env.state.activeSpreadsheetId;
    return id ? new EmuLock(this._env, `document:${id}`) : null;
  }

  getScriptLock(): EmuLock {
    return new EmuLock(this._env, 'script');
  }

  getUserLock(): EmuLock {
    return new EmuLock(this._env, `user:${this._env.user}`);
  }
}
