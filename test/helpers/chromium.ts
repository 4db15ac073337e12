// One headless Chromium for a test file: launched before its tests (with test-output/ ready
// for their screenshots) and closed after them.
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../dev/browser/harness';

/** The file's browser, on `.browser` once its tests start. */
export function useChromium(): { readonly browser: Browser } {
  const shared = {} as { browser: Browser };
  beforeAll(async () => {
    mkdirSync('test-output', { recursive: true });
    shared.browser = await launchBrowser();
  });
  afterAll(async () => {
    await shared.browser?.close();
  });
  return shared;
}
