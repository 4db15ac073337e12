// `npm run icons`: KAM's Marketplace icons (32 and 128 px), its OAuth consent screen logo (120 px)
// and its card banner (220×140), drawn as SVG and rendered to PNG by headless Chromium.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../browser/harness';
import { REPO_ROOT } from '../playground/config';
import { pngSize } from './png';

export const ICON_DIR = join(REPO_ROOT, 'docs', 'marketplace');

/** The sidebar's primary blue and the Sheets note marker's amber (KAM's notes say why). */
const BLUE = '#1a73e8';
const AMBER = '#fbbc04';

/**
 * The mark on a 128-unit square: a bold white K drawn as shapes (no font, so every machine
 * renders the same pixels) on a rounded blue square, with the amber corner Sheets puts on a
 * cell that carries a note, as every KAM status does.
 */
function mark(x: number, y: number, size: number): string {
  const k = size / 128;
  return `<g transform="translate(${x} ${y}) scale(${k})">
  <clipPath id="corner"><rect width="128" height="128" rx="26"/></clipPath>
  <rect width="128" height="128" rx="26" fill="${BLUE}"/>
  <polygon points="86,0 128,0 128,42" fill="${AMBER}" clip-path="url(#corner)"/>
  <clipPath id="k"><rect x="30" y="26" width="74" height="76"/></clipPath>
  <g fill="#fff" clip-path="url(#k)">
    <rect x="30" y="26" width="21" height="76"/>
    <line x1="44" y1="80" x2="100" y2="18" stroke="#fff" stroke-width="21"/>
    <line x1="60" y1="58" x2="106" y2="110" stroke="#fff" stroke-width="22"/>
  </g>
</g>`;
}

function svg(width: number, height: number, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${body}</svg>`;
}

export interface Picture {
  file: string;
  width: number;
  height: number;
  /** Transparent outside the artwork (icons), or opaque (the banner). */
  transparent: boolean;
  svg: string;
}

/** Everything this script draws, with the size Google asks for (docs/marketplace/listing.md). */
export const PICTURES: readonly Picture[] = [
  {
    file: 'icon-128.png',
    width: 128,
    height: 128,
    transparent: true,
    svg: svg(128, 128, mark(0, 0, 128)),
  },
  {
    file: 'icon-32.png',
    width: 32,
    height: 32,
    transparent: true,
    svg: svg(32, 32, mark(0, 0, 32)),
  },
  {
    file: 'consent-logo-120.png',
    width: 120,
    height: 120,
    transparent: true,
    svg: svg(120, 120, mark(0, 0, 120)),
  },
  {
    file: 'banner-220x140.png',
    width: 220,
    height: 140,
    transparent: false,
    svg: svg(
      220,
      140,
      `<rect width="220" height="140" fill="#fff"/>
<rect y="132" width="220" height="8" fill="${BLUE}"/>
${mark(16, 40, 56)}
<text x="86" y="68" font-family="DejaVu Sans, Arial, sans-serif" font-size="30" font-weight="bold" fill="#202124">KAM</text>
<text font-family="DejaVu Sans, Arial, sans-serif" font-size="12" fill="#5f6368"><tspan x="86" y="90">Key account</tspan><tspan x="86" y="105">management</tspan></text>`,
    ),
  },
];

async function render(browser: Browser, picture: Picture): Promise<string> {
  const page = await browser.newPage({
    viewport: { width: picture.width, height: picture.height },
    deviceScaleFactor: 1,
  });
  try {
    await page.setContent(
      `<!doctype html><html><head><style>html,body{margin:0;background:transparent}svg{display:block}</style></head><body>${picture.svg}</body></html>`,
    );
    const file = join(ICON_DIR, picture.file);
    await page.screenshot({ path: file, omitBackground: picture.transparent });
    const size = pngSize(file);
    if (size.width !== picture.width || size.height !== picture.height)
      throw new Error(`${picture.file} is ${size.width}×${size.height}`);
    return file;
  } finally {
    await page.close();
  }
}

async function main(): Promise<void> {
  mkdirSync(ICON_DIR, { recursive: true });
  const browser = await launchBrowser();
  try {
    for (const picture of PICTURES)
      console.log(`Icons: ${(await render(browser, picture)).slice(REPO_ROOT.length + 1)}`);
  } finally {
    await browser.close();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(`Icons: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
