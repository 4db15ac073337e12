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
});
