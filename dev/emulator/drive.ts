// The emulator's "Drive": every spreadsheet it holds, the Spreadsheet objects over their state,
// and creating new ones (SpreadsheetApp.create, Emulator.addSpreadsheet).
import type { Env } from './env';
import { EmuSpreadsheet } from './spreadsheet';
import { newSheetState, type SpreadsheetState } from './state';

const views = new WeakMap<SpreadsheetState, EmuSpreadsheet>();

export function spreadsheetFor(env: Env, st: SpreadsheetState): EmuSpreadsheet {
  let ss = views.get(st);
  if (!ss || ss._env !== env) {
    ss = new EmuSpreadsheet(env, st);
    views.set(st, ss);
  }
  return ss;
}

export function findSpreadsheet(env: Env, id: string): SpreadsheetState | null {
  return env.state.spreadsheets.find((s) => s.id === id) ?? null;
}

/** A Drive-style id: 44 characters of [A-Za-z0-9_-], deterministic per emulator. */
function newId(env: Env): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  // 32-bit arithmetic: in doubles the products lost precision and most ids came out equal.
  let n = Math.imul(env.nextSeq(), 2_654_435_761) >>> 0;
  let id = '1';
  for (let i = 0; i < 43; i++) {
    n = (Math.imul(n, 1_103_515_245) + 12_345) >>> 0;
    id += alphabet[(n >>> 16) % 64];
  }
  return findSpreadsheet(env, id) ? newId(env) : id;
}

/** A new spreadsheet with one empty "Sheet1" (1000 × 26), owned by `owner`. */
export function createSpreadsheetState(env: Env, name: string, owner: string): SpreadsheetState {
  const sheet = newSheetState(0, 'Sheet1');
  const st: SpreadsheetState = {
    id: newId(env),
    name,
    locale: env.options.locale,
    timeZone: env.options.timeZone,
    owner,
    editors: [],
    viewers: [],
    sheets: [sheet],
    activeSheetId: 0,
    selection: null,
    protections: [],
    namedRanges: [],
    charts: [],
  };
  env.state.spreadsheets.push(st);
  return st;
}
