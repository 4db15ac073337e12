// The Marketplace pictures: the screenshot plan is sound, and every committed PNG has the size
// Google asks for (icons 32 and 128 px, screenshots 1280×800), so a stale or missing one fails.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PICTURES } from '../../../dev/marketplace/icons';
import { pngSize } from '../../../dev/marketplace/png';
import { OUT_DIR, SHOT_HEIGHT, SHOT_WIDTH, SHOTS } from '../../../dev/marketplace/screenshots';
import { DEMO_USERS } from '../../../dev/playground/demo';

const ICON_DIR = join(__dirname, '..', '..', '..', 'docs', 'marketplace');

describe('the screenshot plan', () => {
  it('names each file once, acts as a playground user and says what it shows', () => {
    expect(new Set(SHOTS.map((s) => s.file)).size).toBe(SHOTS.length);
    expect(SHOTS.length).toBeGreaterThanOrEqual(4);
    for (const shot of SHOTS) {
      expect(shot.file).toMatch(/^\d\d-[a-z-]+\.png$/);
      expect(DEMO_USERS).toContain(shot.user);
      expect(shot.caption.length).toBeGreaterThan(20);
      expect(shot.caption.length).toBeLessThanOrEqual(100);
    }
    expect(SHOTS.some((s) => s.lang === 'lt')).toBe(true);
  });

  it('matches the committed screenshots, each 1280×800', () => {
    const committed = readdirSync(OUT_DIR).filter((f) => f.endsWith('.png'));

    expect(committed.sort()).toEqual(SHOTS.map((s) => s.file).sort());
    for (const file of committed)
      expect(pngSize(join(OUT_DIR, file))).toEqual({ width: SHOT_WIDTH, height: SHOT_HEIGHT });
  });
});

describe('the icons', () => {
  it('are committed at the sizes Google asks for', () => {
    const sizes = Object.fromEntries(PICTURES.map((p) => [p.file, [p.width, p.height]]));

    expect(sizes['icon-32.png']).toEqual([32, 32]);
    expect(sizes['icon-128.png']).toEqual([128, 128]);
    expect(sizes['banner-220x140.png']).toEqual([220, 140]);
    for (const picture of PICTURES)
      expect(pngSize(join(ICON_DIR, picture.file))).toEqual({
        width: picture.width,
        height: picture.height,
      });
  });
});
