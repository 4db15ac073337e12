// Tests: an unfinished check's progress in the document cache survives a record whose letters
// take several bytes each (CacheService counts 100 KB a value in UTF-8 bytes).
import { createEmulator } from '../../../dev/emulator';
import { loadProgress, partsOf, saveProgress } from '../../../src/server/check/progress';
import { withPlatform } from '../../helpers/platform';

describe('check progress in the cache', () => {
  it('keeps a record of Lithuanian text whole, though it is over 100 KB in bytes', () => {
    const emu = createEmulator({ code: '' });
    const text = JSON.stringify({ note: 'Ąžuolų gatvė, Šiauliai. '.repeat(8_000) });
    expect(text.length).toBeLessThan(200_000);
    expect(Buffer.byteLength(text, 'utf8')).toBeGreaterThan(200_000);

    const loaded = withPlatform(emu, (platform) => {
      const cache = platform.cache()!;
      saveProgress(cache, text);
      return loadProgress(cache);
    });

    expect(loaded).toBe(text);
  });

  it('never cuts a character in two, even one of four bytes', () => {
    const text = 'a😀ą'.repeat(5);

    const parts = partsOf(text, 5);

    expect(parts.join('')).toBe(text);
    expect(parts.every((p) => Buffer.byteLength(p, 'utf8') <= 5)).toBe(true);
    expect(parts.some((p) => p.includes('\ufffd'))).toBe(false);
    expect(parts).toContain('a😀');
  });
});
