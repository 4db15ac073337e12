// Copies values the bundle produced (vm realm arrays, objects, Dates) into Node's realm, so tests
// can use toEqual/toStrictEqual and instanceof on them.

export function toNode(value: unknown, seen = new Map<object, unknown>()): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return seen.get(value);
  if (Object.prototype.toString.call(value) === '[object Date]') {
    return new Date(Date.prototype.getTime.call(value));
  }
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    seen.set(value, out);
    for (const v of value) out.push(toNode(v, seen));
    return out;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== null && Object.getPrototypeOf(proto) !== null) return value;
  const out: Record<string, unknown> = {};
  seen.set(value, out);
  for (const [k, v] of Object.entries(value)) out[k] = toNode(v, seen);
  return out;
}
