// CacheService: document, script and user caches on the emulator clock, with Google's limits:
// key ≤ 250 characters, value ≤ 100 KB, expiry 1…21600 s (default 600), at most 1,000 items
// (https://developers.google.com/apps-script/reference/cache/cache).

import type { Emulates } from './emulates';
import { EmuObject, type Env } from './env';
import type { CacheEntry } from './state';

const MAX_ITEMS = 1000;

export class EmuCache
  extends EmuObject
  implements
    Emulates<
      GoogleAppsScript.Cache.Cache,
      'get' | 'getAll' | 'put' | 'putAll' | 'remove' | 'removeAll'
    >
{
  readonly _class = 'Cache';

  constructor(
    env: Env,
    readonly _name: string,
  ) {
    super(env);
  }

  private get _entries(): Record<string, CacheEntry> {
    const all = this._env.state.caches;
    all[this._name] ??= {};
    const entries = all[this._name];
    const now = this._env.now();
    for (const [k, e] of Object.entries(entries)) if (e.expires <= now) delete entries[k];
    return entries;
  }

  get(key: string): string | null {
    return this._entries[String(key)]?.value ?? null;
  }

  getAll(keys: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    const entries = this._entries;
    for (const k of keys) if (entries[k]) out[k] = entries[k].value;
    return this._env.realm.object(out) as Record<string, string>;
  }

  put(key: string, value: string, expirationInSeconds?: number): void {
    const k = String(key);
    const v = String(value);
    const exp = expirationInSeconds ?? 600;
    if (k.length > 250) this._env.fail('Argument too large: key');
    if (Buffer.byteLength(v, 'utf8') > 100 * 1024) this._env.fail('Argument too large: value');
    if (!(exp >= 1 && exp <= 21600)) this._env.fail('Invalid argument: expirationInSeconds');
    if (this._name.startsWith('document:') && this._env.options.quirks.documentCache === 'forgets')
      return;
    const entries = this._entries;
    entries[k] = { value: v, expires: this._env.now() + exp * 1000 };
    const keys = Object.keys(entries);
    if (keys.length > MAX_ITEMS) {
      // Google may evict early; the emulator drops the entry closest to expiring.
      const victim = keys.reduce((a, b) => (entries[a].expires <= entries[b].expires ? a : b));
      delete entries[victim];
    }
  }

  putAll(values: Record<string, string>, expirationInSeconds?: number): void {
    for (const [k, v] of Object.entries(values)) this.put(k, v, expirationInSeconds);
  }

  remove(key: string): void {
    delete this._entries[String(key)];
  }

  removeAll(keys: string[]): void {
    for (const k of keys) this.remove(k);
  }
}

export class EmuCacheService
  extends EmuObject
  implements
    Emulates<
      GoogleAppsScript.Cache.CacheService,
      'getDocumentCache' | 'getScriptCache' | 'getUserCache'
    >
{
  readonly _class = 'CacheService';

  getDocumentCache(): EmuCache | null {
    if (this._env.options.quirks.documentCache === 'missing') return null;
    const id = this._env.exec ? this._env.exec.boundId : this._env.state.activeSpreadsheetId;
    return id ? new EmuCache(this._env, `document:${id}`) : null;
  }

  getScriptCache(): EmuCache {
    return new EmuCache(this._env, 'script');
  }

  getUserCache(): EmuCache {
    return new EmuCache(this._env, `user:${this._env.user}`);
  }
}
