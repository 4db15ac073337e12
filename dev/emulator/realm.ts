// The bare V8 context a bundle runs in: ECMAScript built-ins only, plus a Date that follows the
// emulator's clock and the script's time zone, and helpers that build values inside that realm.
import vm from 'node:vm';
import { type CellReader, nodeReadCells } from './cell-reader';
import { offsetAt, zoneName } from './time-zone';

/** Values built in the vm's realm so the bundle sees its own Array, Date and Error. */
export interface Realm {
  readonly context: vm.Context | null;
  readonly DateCtor: DateConstructor;
  date(ms: number): Date;
  error(message: string): Error;
  /** Copies a 2-D grid into this realm's arrays. */
  grid<T>(rows: T[][]): T[][];
  list<T>(items: T[]): T[];
  object(entries: Record<string, unknown>): Record<string, unknown>;
  /** Deep copy of arrays, plain objects and Dates into this realm. */
  deep(value: unknown): unknown;
  /** getValues' loop, run inside the realm so the grid and its Dates are built there directly. */
  readCells: CellReader;
}

/** The Node realm, used when tests call the emulated services directly (no execution running). */
export const nodeRealm: Realm = {
  context: null,
  DateCtor: Date,
  date: (ms) => new Date(ms),
  error: (message) => new Error(message),
  grid: (rows) => rows,
  list: (items) => items,
  object: (entries) => entries,
  deep: (value) => value,
  readCells: nodeReadCells,
};

const HELPERS = String.raw`(function (nowFn, offsetFn, zoneFn) {
  'use strict';
  var RealDate = Date;
  var proto = RealDate.prototype;
  var getTime = proto.getTime;
  function localToUtc(localMs) {
    var guess = localMs - offsetFn(localMs);
    return localMs - offsetFn(guess);
  }
  function shifted(d) {
    var t = getTime.call(d);
    return new RealDate(t + offsetFn(t));
  }
  function isDate(v) { return Object.prototype.toString.call(v) === '[object Date]'; }
  function parse(s) {
    s = String(s).trim();
    var host = RealDate.parse(s);
    if (host !== host) return NaN;
    if (/^[+-]?\d{4,6}(-\d\d(-\d\d)?)?$/.test(s)) return host;
    if (/(Z|[+-]\d\d:?\d\d|GMT|UTC|UT)(\s*\(.*\))?$/i.test(s)) return host;
    var hostLocal = host - new RealDate(host).getTimezoneOffset() * 60000;
    return localToUtc(hostLocal);
  }
  function EmuDate(a, b, c, d, e, f, g) {
    var n = arguments.length;
    if (!new.target) return EmuDate.prototype.toString.call(new RealDate(nowFn()));
    var t;
    if (n === 0) t = nowFn();
    else if (n === 1) {
      if (isDate(a)) t = getTime.call(a);
      else {
        var p = (a !== null && typeof a === 'object') ? (typeof a.valueOf === 'function' ? a.valueOf() : String(a)) : a;
        t = typeof p === 'string' ? parse(p) : Number(p);
      }
    } else {
      var local = RealDate.UTC(a, b, n > 2 ? c : 1, n > 3 ? d : 0, n > 4 ? e : 0, n > 5 ? f : 0, n > 6 ? g : 0);
      t = localToUtc(local);
    }
    return Reflect.construct(RealDate, [t], new.target);
  }
  EmuDate.prototype = proto;
  EmuDate.now = function now() { return nowFn(); };
  EmuDate.UTC = RealDate.UTC;
  EmuDate.parse = function (s) { return parse(s); };
  Object.defineProperty(proto, 'constructor', { value: EmuDate, writable: true, configurable: true });
  ['FullYear', 'Month', 'Date', 'Day', 'Hours', 'Minutes', 'Seconds', 'Milliseconds'].forEach(function (f) {
    var utcGet = proto['getUTC' + f];
    Object.defineProperty(proto, 'get' + f, { writable: true, configurable: true, value: function () {
      var t = getTime.call(this);
      return t !== t ? NaN : utcGet.call(shifted(this));
    } });
    if (f === 'Day') return;
    var utcSet = proto['setUTC' + f];
    Object.defineProperty(proto, 'set' + f, { writable: true, configurable: true, value: function () {
      var t = getTime.call(this);
      var s = t !== t ? (f === 'FullYear' ? new RealDate(0) : new RealDate(NaN)) : shifted(this);
      utcSet.apply(s, arguments);
      var local = getTime.call(s);
      return proto.setTime.call(this, local !== local ? NaN : localToUtc(local));
    } });
  });
  var DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  function pad(n, w) { n = String(n); while (n.length < w) n = '0' + n; return n; }
  function datePart(s) {
    var y = s.getUTCFullYear();
    return DAYS[s.getUTCDay()] + ' ' + MONTHS[s.getUTCMonth()] + ' ' + pad(s.getUTCDate(), 2) + ' ' + (y < 0 ? '-' + pad(-y, 6) : pad(y, 4));
  }
  function timePart(d, s) {
    var off = offsetFn(getTime.call(d)) / 60000;
    var sign = off < 0 ? '-' : '+';
    off = Math.abs(off);
    return pad(s.getUTCHours(), 2) + ':' + pad(s.getUTCMinutes(), 2) + ':' + pad(s.getUTCSeconds(), 2) +
      ' GMT' + sign + pad(Math.floor(off / 60), 2) + pad(off % 60, 2) + ' (' + zoneFn(getTime.call(d)) + ')';
  }
  function def(name, fn) { Object.defineProperty(proto, name, { writable: true, configurable: true, value: fn }); }
  def('getTimezoneOffset', function () {
    var t = getTime.call(this);
    return t !== t ? NaN : -offsetFn(t) / 60000;
  });
  def('toString', function () {
    if (getTime.call(this) !== getTime.call(this)) return 'Invalid Date';
    var s = shifted(this);
    return datePart(s) + ' ' + timePart(this, s);
  });
  def('toDateString', function () {
    if (getTime.call(this) !== getTime.call(this)) return 'Invalid Date';
    return datePart(shifted(this));
  });
  def('toTimeString', function () {
    if (getTime.call(this) !== getTime.call(this)) return 'Invalid Date';
    return timePart(this, shifted(this));
  });
  globalThis.Date = EmuDate;
  return {
    date: function (ms) { return new EmuDate(ms); },
    error: function (message) { return new Error(message); },
    grid: function (rows) {
      var out = new Array(rows.length);
      for (var i = 0; i < rows.length; i++) {
        var r = rows[i], o = new Array(r.length);
        for (var j = 0; j < r.length; j++) o[j] = r[j];
        out[i] = o;
      }
      return out;
    },
    list: function (items) {
      var o = new Array(items.length);
      for (var i = 0; i < items.length; i++) o[i] = items[i];
      return o;
    },
    object: function (entries) {
      var o = {};
      var keys = Object.keys(entries);
      for (var i = 0; i < keys.length; i++) o[keys[i]] = entries[keys[i]];
      return o;
    },
    readCells: function (values, formats, r1, c1, nr, nc, isDate, toMs) {
      var out = [], seen = Object.create(null);
      for (var i = 0; i < nr; i++) {
        var vrow = values[r1 + i], frow = formats[r1 + i], row = [];
        for (var j = 0; j < nc; j++) {
          var v = vrow ? vrow[c1 + j] : null;
          if (v === null || v === undefined) row.push('');
          else if (typeof v === 'number') {
            var f = frow ? frow[c1 + j] : null;
            var d = typeof f === 'string' && (seen[f] !== undefined ? seen[f] : (seen[f] = isDate(f)));
            row.push(d ? new RealDate(toMs(v)) : v);
          } else if (typeof v === 'object') row.push(v.e);
          else row.push(v);
        }
        out.push(row);
      }
      return out;
    },
    deep: function deep(v) {
      if (isDate(v)) return new EmuDate(getTime.call(v));
      if (Array.isArray(v)) return v.map ? Array.prototype.map.call(v, function (x) { return deep(x); }) : v;
      if (v !== null && typeof v === 'object' && (Object.getPrototypeOf(v) === null || Object.getPrototypeOf(Object.getPrototypeOf(v)) === null)) {
        var o = {};
        Object.keys(v).forEach(function (k) { o[k] = deep(v[k]); });
        return o;
      }
      return v;
    },
  };
})`;

interface VmHelpers {
  readCells: CellReader;
  date(ms: number): Date;
  error(message: string): Error;
  grid<T>(rows: T[][]): T[][];
  list<T>(items: T[]): T[];
  object(entries: Record<string, unknown>): Record<string, unknown>;
  deep(value: unknown): unknown;
}

const helperScript = new vm.Script(HELPERS, { filename: 'emulator-realm.js' });

/**
 * A fresh context with only the ECMAScript built-ins. `now` is the emulator clock; local-time
 * Date methods use `scriptTimeZone`, as Apps Script uses the project's time zone.
 */
export function createRealm(now: () => number, scriptTimeZone: string): Realm {
  const context = vm.createContext(Object.create(null), {
    name: 'Apps Script (emulated)',
    codeGeneration: { strings: true, wasm: false },
  });
  const factory = helperScript.runInContext(context) as (
    nowFn: () => number,
    offsetFn: (t: number) => number,
    zoneFn: (t: number) => string,
  ) => VmHelpers;
  const h = factory(
    now,
    (t) => offsetAt(scriptTimeZone, t),
    (t) => zoneName(scriptTimeZone, t, 'long'),
  );
  const DateCtor = vm.runInContext('Date', context) as DateConstructor;
  return {
    context,
    DateCtor,
    date: h.date,
    error: h.error,
    grid: h.grid,
    list: h.list,
    object: h.object,
    deep: h.deep,
    readCells: h.readCells,
  };
}
