// What the digests remember, in document properties of at most 9 KB a value: today's list only,
// a Workspace sender's whole daily quota of recipients in one value, a rerun's week unchanged.

import {
  emailKey,
  lastWeek,
  recordSent,
  recordWeek,
  sentToday,
  stopDigests,
  stoppedEmails,
} from '../../../src/server/digest/state';
import type { Properties } from '../../../src/server/platform/platform';

/** Document properties in memory, refusing a value over 9 KB as Apps Script does. */
function memory(): Properties & { store: Record<string, string> } {
  const store: Record<string, string> = {};
  const put = (key: string, value: string) => {
    if (Buffer.byteLength(value) > 9 * 1024) throw new Error('Argument too large: value');
    store[key] = value;
  };
  const self = {
    store,
    getProperty: (key: string) => store[key] ?? null,
    getProperties: () => ({ ...store }),
    setProperty: (key: string, value: string) => {
      put(key, value);
      return self;
    },
    setProperties: (values: Record<string, string>) => {
      for (const [key, value] of Object.entries(values)) put(key, value);
      return self;
    },
    deleteProperty: (key: string) => {
      delete store[key];
      return self;
    },
  };
  return self;
}

describe('digest state', () => {
  it('holds today’s recipients only, and 1,500 of them (a Workspace day’s quota) in one value', () => {
    const properties = memory();
    let sent = sentToday(properties.getProperties(), '2026-11-26');

    for (let i = 0; i < 1500; i++)
      sent = recordSent(properties, '2026-11-26', sent, `manager.${i}@example.com`, []);

    expect(
      sentToday(properties.getProperties(), '2026-11-26').has(emailKey('MANAGER.7@example.com')),
    ).toBe(true);
    expect(sentToday(properties.getProperties(), '2026-11-26').size).toBe(1500);
    expect(sentToday(properties.getProperties(), '2026-11-27').size).toBe(0);
  });

  it('compares last week with the same figures when a stopped weekly run is run again that day', () => {
    const properties = memory();
    recordWeek(properties, '2026-11-23', {}, { [emailKey('ieva@x.lt')]: { reviewsOnTime: 60 } });
    const before = lastWeek(properties.getProperties(), '2026-11-30');

    recordWeek(properties, '2026-11-30', before, {
      [emailKey('ieva@x.lt')]: { reviewsOnTime: 80 },
    });

    expect(before[emailKey('ieva@x.lt')]).toEqual({ reviewsOnTime: 60 });
    expect(lastWeek(properties.getProperties(), '2026-11-30')).toEqual(before);
    expect(lastWeek(properties.getProperties(), '2026-12-07')[emailKey('ieva@x.lt')]).toEqual({
      reviewsOnTime: 80,
    });
  });

  it('keeps a recipient’s stop under their own e-mail, as Google compares it', () => {
    const properties = memory();

    stopDigests(properties, ' Ieva@X.lt ', '2026-11-26');

    expect(stoppedEmails(properties.getProperties())).toEqual(new Set(['ieva@x.lt']));
  });
});
