// PropertiesService: document, script and user stores kept in the emulator state, with Google's
// limits of 9 KB per value and 500 KB per store
// (https://developers.google.com/apps-script/guides/services/quotas#current_limitations).

import type { Emulates } from './emulates';
import { EmuObject, type Env } from './env';

const VALUE_LIMIT = 9 * 1024;
const STORE_LIMIT = 500 * 1024;
const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

export class EmuProperties
  extends EmuObject
  implements
    Emulates<
      GoogleAppsScript.Properties.Properties,
      | 'getProperty'
      | 'setProperty'
      | 'setProperties'
      | 'getProperties'
      | 'getKeys'
      | 'deleteProperty'
      | 'deleteAllProperties'
    >
{
  readonly _class = 'Properties';

  constructor(
    env: Env,
    readonly _store: () => Record<string, string>,
  ) {
    super(env);
  }

  getProperty(key: string): string | null {
    const v = this._store()[String(key)];
    return v === undefined ? null : v;
  }

  setProperty(key: string, value: string): this {
    this._put({ ...this._store(), [String(key)]: String(value) });
    return this;
  }

  setProperties(properties: Record<string, unknown>, deleteAllOthers?: boolean): this {
    const next: Record<string, string> = deleteAllOthers ? {} : { ...this._store() };
    for (const [k, v] of Object.entries(properties)) next[k] = String(v);
    this._put(next);
    return this;
  }

  getProperties(): Record<string, string> {
    return this._env.realm.object({ ...this._store() }) as Record<string, string>;
  }

  getKeys(): string[] {
    return this._env.realm.list(Object.keys(this._store()));
  }

  deleteProperty(key: string): this {
    const next = { ...this._store() };
    delete next[String(key)];
    this._put(next);
    return this;
  }

  deleteAllProperties(): this {
    this._put({});
    return this;
  }

  /** Replaces the store after checking Google's size limits. */
  private _put(next: Record<string, string>): void {
    let total = 0;
    for (const [k, v] of Object.entries(next)) {
      if (bytes(v) > VALUE_LIMIT) this._env.fail('Argument too large: value');
      total += bytes(k) + bytes(v);
    }
    if (total > STORE_LIMIT) {
      this._env.fail(
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    }
    const store = this._store();
    for (const k of Object.keys(store)) delete store[k];
    Object.assign(store, next);
  }
}

export class EmuPropertiesService
  extends EmuObject
  implements
    Emulates<
      GoogleAppsScript.Properties.PropertiesService,
      'getDocumentProperties' | 'getScriptProperties' | 'getUserProperties'
    >
{
  readonly _class = 'PropertiesService';

  /** Shared by everyone using the document; null outside a document. */
  getDocumentProperties(): EmuProperties | null {
    const id = this._env.exec ? this._env.exec.boundId : this._env.state.activeSpreadsheetId;
    if (!id) return null;
    const all = this._env.state.properties.document;
    return new EmuProperties(this._env, () => {
      all[id] ??= {};
      return all[id];
    });
  }

  /** Shared by every user of the script (for an add-on: every customer). */
  getScriptProperties(): EmuProperties {
    return new EmuProperties(this._env, () => this._env.state.properties.script);
  }

  getUserProperties(): EmuProperties {
    const user = this._env.user;
    const all = this._env.state.properties.user;
    return new EmuProperties(this._env, () => {
      all[user] ??= {};
      return all[user];
    });
  }
}
