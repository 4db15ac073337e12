// Tests: createEmulator's own defaults are generic (no project's), and the bundle is required
// (given as source or read from a file, with its .html files beside it).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmulator } from '../../../dev/emulator';

const WHO = `
function onOpen() { SpreadsheetApp.getUi().createAddonMenu().addItem('Go', 'who').addToUi(); }
function who() {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return [Session.getEffectiveUser().getEmail(), ss.getOwner().getEmail(), ss.getName(),
    ss.getSpreadsheetTimeZone(), Session.getScriptTimeZone(), ss.getSpreadsheetLocale()];
}
`;

describe('createEmulator', () => {
  it('refuses to start without a bundle, saying what to pass', () => {
    expect(() => createEmulator({})).toThrow(
      'Emulator: createEmulator needs the bundle to run: pass `code` (its source) or `codePath` (its file).',
    );
  });

  it('defaults to a generic user, add-on and spreadsheet in UTC and English', () => {
    const emu = createEmulator({ code: WHO });

    emu.openAddon();

    expect(emu.menu().map((m) => m.path)).toEqual([['Add-on', 'Go']]);
    expect(emu.clickMenu('Go')).toEqual([
      'user@example.com',
      'user@example.com',
      'Untitled spreadsheet',
      'UTC',
      'UTC',
      'en',
    ]);
  });

  it('reads the bundle from codePath and its .html files from the same folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'emulator-'));
    try {
      writeFileSync(
        join(dir, 'Code.js'),
        "function page() { return HtmlService.createHtmlOutputFromFile('Page').getContent(); }",
      );
      writeFileSync(join(dir, 'Page.html'), '<p>hi</p>');

      expect(createEmulator({ codePath: join(dir, 'Code.js') }).run('page')).toBe('<p>hi</p>');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
