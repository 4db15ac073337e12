// The dashboard's memory of the breaches kept on record (R4.3): read back as written, dropped
// by a mark, never kept when it would not fit a property value or History changed meanwhile.
import { dayOfIso } from '../../../src/core/days';
import type { RecordedBreach } from '../../../src/core/scorecard';
import {
  BREACH_INDEX_KEY,
  breachIndexText,
  dropBreachIndex,
  keepBreachIndex,
  rememberedBreaches,
} from '../../../src/server/dossier/breach-index';
import type { Properties } from '../../../src/server/platform/platform';

const breach = (day: string, negative: string): RecordedBreach => ({
  breach: dayOfIso(day) as number,
  negative: dayOfIso(negative) as number,
});

/** Document properties in memory, counting the calls made on them. */
function store(initial: Record<string, string> = {}) {
  const values: Record<string, string> = { ...initial };
  let calls = 0;
  const properties: Properties = {
    getProperty(key) {
      calls++;
      return values[key] ?? null;
    },
    getProperties() {
      calls++;
      return { ...values };
    },
    setProperty(key, value) {
      calls++;
      values[key] = value;
      return properties;
    },
    setProperties(more) {
      calls++;
      Object.assign(values, more);
      return properties;
    },
    deleteProperty(key) {
      calls++;
      delete values[key];
      return properties;
    },
  };
  return { properties, values, calls: () => calls };
}

describe('breach index', () => {
  const recorded = new Map([
    ['ka-005', [breach('2026-11-21', '2026-11-18')]],
    ['ka-šiauliai', [breach('2026-10-02', '2026-09-30'), breach('2026-10-20', '2026-10-19')]],
  ]);

  it('reads back every account’s breaches as they were kept', () => {
    const text = breachIndexText(recorded)!;

    expect(rememberedBreaches({ [BREACH_INDEX_KEY]: text })).toEqual(recorded);
  });

  it('knows nothing when never kept, dropped, or unreadable', () => {
    expect(rememberedBreaches({})).toBeUndefined();
    expect(rememberedBreaches({ [BREACH_INDEX_KEY]: 'dropped 2026-11-26T07:00:00.000Z' })).toBe(
      undefined,
    );
    expect(rememberedBreaches({ [BREACH_INDEX_KEY]: '{"v":2,"by":{}}' })).toBeUndefined();
    expect(rememberedBreaches({ [BREACH_INDEX_KEY]: '{"v":1,' })).toBeUndefined();
  });

  it('keeps no record larger than a property value holds: History is read instead', () => {
    const many = new Map(
      Array.from({ length: 400 }, (_, i) => [`ka-${i}`, [breach('2026-11-21', '2026-11-18')]]),
    );

    expect(breachIndexText(many)).toBeUndefined();
    expect(breachIndexText(new Map())).toBe('{"v":1,"by":{}}');
  });

  it('keeps what a run read unless History was edited since it read the properties', () => {
    const untouched = store({ [BREACH_INDEX_KEY]: 'dropped 1' });
    const edited = store({ [BREACH_INDEX_KEY]: 'dropped 1' });
    dropBreachIndex(edited.properties, new Date('2026-11-26T07:00:00Z'));

    keepBreachIndex(untouched.properties, 'dropped 1', recorded);
    keepBreachIndex(edited.properties, 'dropped 1', recorded);

    expect(rememberedBreaches(untouched.values)).toEqual(recorded);
    expect(rememberedBreaches(edited.values)).toBeUndefined();
    expect(untouched.calls()).toBe(2);
  });
});
