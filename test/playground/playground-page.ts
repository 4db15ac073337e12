// One playground for a test file, in headless Chromium: the server on a state folder of its
// own, a browser, and a page that collects page errors; all closed and removed after the file.
import { mkdirSync, rmSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../dev/browser/harness';
import { cell } from './selectors';
import { type Playground, startPlayground, tempStateDir } from './server-process';

export interface PlaygroundPage {
  browser: Browser;
  server: Playground;
  page: Page;
  /** The server's state folder, for a test that restarts it on the same workbook. */
  readonly stateDir: string;
  /** Errors thrown in the page: a test expects none. */
  readonly errors: string[];
  /** Opens a new page on the playground and waits for the grid. */
  open(): Promise<Page>;
  /** Waits until the page has redrawn after its last action. */
  settled(): Promise<void>;
}

/**
 * Starts the playground and opens it before the file's tests, and stops it after them.
 * `acceptDialogs` answers the page's own confirmations (Reset demo) with OK.
 */
export function usePlaygroundPage(options: {
  viewport: { width: number; height: number };
  acceptDialogs: boolean;
}): PlaygroundPage {
  const playground = { stateDir: tempStateDir(), errors: [] as string[] } as PlaygroundPage;
  playground.open = async () => {
    const page = await playground.browser.newPage({ viewport: options.viewport });
    page.on('pageerror', (e) => playground.errors.push(e.message));
    if (options.acceptDialogs) page.on('dialog', (d) => void d.accept());
    await page.goto(playground.server.url);
    await cell(page, 'A1').waitFor();
    playground.page = page;
    return page;
  };
  playground.settled = async () => {
    await playground.page.waitForFunction(() => !document.body.hasAttribute('aria-busy'));
  };
  beforeAll(async () => {
    mkdirSync('test-output', { recursive: true });
    [playground.browser, playground.server] = await Promise.all([
      launchBrowser(),
      startPlayground(playground.stateDir),
    ]);
    await playground.open();
  });
  afterAll(async () => {
    await playground.browser?.close();
    await playground.server?.stop();
    rmSync(playground.stateDir, { recursive: true, force: true });
  });
  return playground;
}
