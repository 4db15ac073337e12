// Tests: the moments a zone's clocks change in a year, found from its offsets, for comparing
// the script's clock with Google's date formatting around them.
import { clockChanges, momentsToCompare } from '../../src/core/clock-changes';
import { intlOffset } from '../../src/server/sheet/zone';

const iso = (ms: number) => new Date(ms).toISOString();
/** A made-up zone: `minutes` east of UTC from each instant on, 0 before the first. */
const zoneChangingAt =
  (...changes: [at: string, minutes: number][]) =>
  (epochMs: number) =>
    changes.reduce((offset, [at, minutes]) => (epochMs >= Date.parse(at) ? minutes : offset), 0);

describe('clock changes', () => {
  it('finds Vilnius’ spring and autumn changes, at 01:00 UTC', () => {
    const changes = clockChanges(2026, intlOffset('Europe/Vilnius')!);

    expect(changes.map(iso)).toEqual(['2026-03-29T01:00:00.000Z', '2026-10-25T01:00:00.000Z']);
  });

  it('finds Sydney’s, in the other order, and none in Tokyo', () => {
    const sydney = clockChanges(2026, intlOffset('Australia/Sydney')!);
    const tokyo = clockChanges(2026, intlOffset('Asia/Tokyo')!);

    expect(sydney.map(iso)).toEqual(['2026-04-04T16:00:00.000Z', '2026-10-03T16:00:00.000Z']);
    expect(tokyo).toEqual([]);
  });

  it('compares an hour either side of each change, and mid-January and mid-July', () => {
    const moments = momentsToCompare(2026, intlOffset('Europe/Vilnius')!);

    expect(moments.map(iso)).toEqual([
      '2026-01-15T12:00:00.000Z',
      '2026-03-29T00:00:00.000Z',
      '2026-03-29T01:00:00.000Z',
      '2026-03-29T02:00:00.000Z',
      '2026-07-15T12:00:00.000Z',
      '2026-10-25T00:00:00.000Z',
      '2026-10-25T01:00:00.000Z',
      '2026-10-25T02:00:00.000Z',
    ]);
  });

  it('finds a change on the last day of the year, and none from the year before', () => {
    const lastDay = zoneChangingAt(['2025-12-31T18:00:00Z', 60], ['2026-12-31T18:00:00Z', 120]);

    expect(clockChanges(2026, lastDay).map(iso)).toEqual(['2026-12-31T18:00:00.000Z']);
  });

  it('finds each of two changes a day apart, at the first hour of each new offset', () => {
    const twice = zoneChangingAt(['2026-05-01T11:30:00Z', 60], ['2026-05-02T06:00:00Z', 120]);

    expect(clockChanges(2026, twice).map(iso)).toEqual([
      '2026-05-01T12:00:00.000Z',
      '2026-05-02T06:00:00.000Z',
    ]);
  });
});
