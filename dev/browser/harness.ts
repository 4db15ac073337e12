// A real headless Chromium for the sidebar tests, the bench and the playground tests, and the
// sidebar page wired to the emulated server through a google.script.run stand-in (asynchronous,
// with success and failure handlers and user objects, like the real one).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import type { Emulator } from '../emulator';

/** The page's own origin; any request elsewhere is recorded and aborted. */
export const SIDEBAR_ORIGIN = 'https://kam-sidebar.test';

export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** CHROME_PATH, else /usr/bin/chromium, else @sparticuz/chromium (extracted to /tmp once). */
export async function chromiumPath(): Promise<string> {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const sparticuz = (await import('@sparticuz/chromium')).default;
  return sparticuz.executablePath();
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: await chromiumPath(), args: CHROMIUM_ARGS });
}

export function sidebarHtml(): string {
  return pageHtml('Sidebar');
}

/** A built page of the add-on: dist/Sidebar.html, dist/Map.html or dist/Brief.html. */
export function pageHtml(name: 'Sidebar' | 'Map' | 'Brief'): string {
  return readFileSync(join(__dirname, '..', '..', 'dist', `${name}.html`), 'utf8');
}

/**
 * google.script.run in the page: each endpoint call goes, after a turn of the event loop, to
 * `__kamRun` (the test's bridge to the emulator) and comes back to the success or failure
 * handler with the user object, never synchronously.
 */
const STAND_IN = `(() => {
  const runner = (success, failure, userObject) => new Proxy({}, {
    get(_, name) {
      if (name === 'withSuccessHandler') return (fn) => runner(fn, failure, userObject);
      if (name === 'withFailureHandler') return (fn) => runner(success, fn, userObject);
      if (name === 'withUserObject') return (o) => runner(success, failure, o);
      if (typeof name !== 'string' || name === 'then') return undefined;
      return (...args) => {
        setTimeout(async () => {
          let answer;
          try { answer = await window.__kamRun(name, args); }
          catch (e) { answer = { ok: false, message: String(e && e.message || e) }; }
          if (answer.ok) { if (success) success(answer.value, userObject); }
          else if (failure) failure(new Error(answer.message), userObject);
        }, 0);
      };
    },
  });
  window.google = { script: { run: runner(null, null, undefined), host: { close() { window.__kamClosed = true; }, setHeight() {}, setWidth() {}, editor: { focus() {} } } } };
})();`;

export interface Sidebar {
  page: Page;
  /** Every URL the page requested. */
  requests: string[];
  /** Every endpoint called, in order. */
  calls: string[];
  /** Page errors and console errors. */
  errors: string[];
}

/**
 * Opens dist/Sidebar.html in a 300 px wide page as `user`, its google.script.run answered by
 * the emulator's scriptRun (which refuses private names and illegal values like the real one).
 */
export async function openSidebar(
  browser: Browser,
  emu: Emulator,
  options: { user?: string; html?: string; viewport?: { width: number; height: number } } = {},
): Promise<Sidebar> {
  const html = options.html ?? sidebarHtml();
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 300, height: 900 },
  });
  const page = await context.newPage();
  const sidebar: Sidebar = { page, requests: [], calls: [], errors: [] };
  page.on('request', (request) => sidebar.requests.push(request.url()));
  page.on('pageerror', (error) => sidebar.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') sidebar.errors.push(message.text());
  });
  await page.route('**/*', (route) =>
    route.request().url() === `${SIDEBAR_ORIGIN}/`
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
      : route.abort(),
  );
  await page.exposeFunction('__kamRun', (name: string, args: unknown[]) => {
    sidebar.calls.push(name);
    const previous = emu.user;
    if (options.user) emu.user = options.user;
    try {
      return { ok: true, value: emu.scriptRun(name, ...args) };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    } finally {
      emu.user = previous;
    }
  });
  await page.addInitScript(STAND_IN);
  await page.goto(`${SIDEBAR_ORIGIN}/`);
  return sidebar;
}

/** Hosts other than the sidebar's own that a page asked for. */
export function foreignRequests(sidebar: Sidebar): string[] {
  return sidebar.requests.filter((url) => !url.startsWith(`${SIDEBAR_ORIGIN}/`));
}

/**
 * Opens a dialog of the add-on (dist/Map.html or dist/Brief.html) at the size the server asks
 * Sheets for, wired like the sidebar; google.script.host.close() sets `window.__kamClosed`.
 */
export async function openDialog(
  browser: Browser,
  emu: Emulator,
  name: 'Map' | 'Brief',
  options: { user?: string; viewport?: { width: number; height: number } } = {},
): Promise<Sidebar> {
  return openSidebar(browser, emu, {
    user: options.user,
    html: pageHtml(name),
    viewport: options.viewport ?? { width: 1200, height: 760 },
  });
}
