// Fingerprints that remember what a digest told without storing it.
import { fingerprintOf, joinFingerprints, splitFingerprints } from '../../src/core/fingerprint';

describe('fingerprint', () => {
  it('gives the same six characters for the same fact and others for another', () => {
    const a = fingerprintOf('ka-001|noCompetitor');

    expect(a).toMatch(/^[0-9a-z]{6}$/);
    expect(fingerprintOf('ka-001|noCompetitor')).toBe(a);
    expect(fingerprintOf('ka-002|noCompetitor')).not.toBe(a);
  });

  it('stores a set as one string and reads it back, each fingerprint once', () => {
    const prints = ['ka-001|a', 'ka-002|b', 'ka-001|a'].map(fingerprintOf);

    const stored = joinFingerprints(prints);

    expect(stored).toHaveLength(12);
    expect(splitFingerprints(stored)).toEqual(new Set(prints));
    expect(splitFingerprints(null)).toEqual(new Set());
  });

  it('stores the same set as the same string whatever order the facts were told in', () => {
    const [a, b, c] = ['ka-001|a', 'ka-002|b', 'ka-003|c'].map(fingerprintOf);

    expect(joinFingerprints([c, a, b])).toBe(joinFingerprints([a, b, c]));
  });

  it('stays the same from one version to the next (FNV-1a), so what an earlier digest told is still left out', () => {
    // FNV-1a's published 32-bit values: "a" → 0xe40c292c, "foobar" → 0xbf9cf968.
    const asStored = (hash: number) => (hash % 36 ** 6).toString(36);

    expect(fingerprintOf('a')).toBe(asStored(0xe40c292c));
    expect(fingerprintOf('foobar')).toBe(asStored(0xbf9cf968));
  });

  it('keeps six characters when its number is small, so a stored list splits back into the same facts', () => {
    const small = fingerprintOf('ka-103|noCompetitor');
    const other = fingerprintOf('ka-001|noCompetitor');

    const stored = joinFingerprints([small, other]);

    expect(small).toBe('0nik13');
    expect(splitFingerprints(stored)).toEqual(new Set([small, other]));
  });
});
