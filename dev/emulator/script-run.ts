// google.script.run's rules for what crosses between the page and the server: primitives, null,
// and plain objects/arrays of them; Dates, functions and cycles are refused.

const isPlainObject = (v: object): boolean => {
  const proto = Object.getPrototypeOf(v);
  return proto === null || Object.getPrototypeOf(proto) === null;
};

export class IllegalValue extends Error {}

/**
 * Legal values per https://developers.google.com/apps-script/guides/html/reference/run#myFunction(...):
 * primitives, null, plain objects and arrays of them; "Requests fail if you attempt to pass a
 * Date, Function, DOM element…", cycles fail too, and "undefined fields within arrays become null".
 * A server result containing a Date reaches the client as null (reports in
 * https://tanaikech.github.io/2023/08/28/report-values-to-transfer-between-javascript-and-google-apps-script-with-google.script.run/
 * and https://digita-l-ocal.tech/?p=523); the harness emulates that.
 * Throws IllegalValue naming the property; undefined properties are dropped.
 */
export function transferCopy(value: unknown, path = '', seen = new Set<object>()): unknown {
  if (value === null || value === undefined) return value;
  const t = typeof value;
  if (t === 'string' || t === 'number' || t === 'boolean') return value;
  const where = path || '0';
  if (t !== 'object') throw new IllegalValue(`Failed due to illegal value in property: ${where}`);
  const obj = value as object;
  if (seen.has(obj) || !(Array.isArray(obj) || isPlainObject(obj))) {
    throw new IllegalValue(`Failed due to illegal value in property: ${where}`);
  }
  seen.add(obj);
  let out: unknown;
  if (Array.isArray(obj)) {
    out = obj.map((v, i) => {
      const c = transferCopy(v, String(i), seen);
      return c === undefined ? null : c;
    });
  } else {
    const o: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(obj)) {
      const c = transferCopy(v, k, seen);
      if (c !== undefined) o[k] = c;
    }
    out = o;
  }
  seen.delete(obj);
  return out;
}
