// Tests: OAuth scopes as Google's reference lists them per method (dev/emulator/scopes.ts), on
// top of the auth modes; refusals in Apps Script's words; no scope asked of custom functions.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { METHOD_SCOPES, referenceOf, scopesOf } from '../../../dev/emulator';
import { bundle, emulate } from './helpers';

const AUTH = 'https://www.googleapis.com/auth/';

describe('scopes Google lists per method', () => {
  it('refuses SpreadsheetApp.openById under spreadsheets.currentonly, in Apps Script’s words', () => {
    const emu = emulate(bundle('return SpreadsheetApp.openById(a).getName();'), {
      scopes: [`${AUTH}spreadsheets.currentonly`],
    });
    const other = emu.addSpreadsheet('Other');

    expect(() => emu.run('main', [other])).toThrow(
      `You do not have permission to call SpreadsheetApp.openById. Required permissions: ${AUTH}spreadsheets`,
    );
  });

  it('names every scope a method accepts, the narrower first', () => {
    const emu = emulate(bundle('return SpreadsheetApp.getActiveSpreadsheet().getName();'), {
      scopes: [`${AUTH}drive.file`],
    });

    expect(() => emu.run('main')).toThrow(
      `You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: (${AUTH}spreadsheets.currentonly || ${AUTH}spreadsheets)`,
    );
  });

  it('asks nothing where the reference lists no scope: properties, cache, lock, utilities, HTML, menus', () => {
    const emu = emulate(
      bundle(`
        PropertiesService.getDocumentProperties().setProperty('k', 'v');
        CacheService.getDocumentCache().put('k', 'v', 60);
        LockService.getDocumentLock().tryLock(10);
        HtmlService.createHtmlOutput('<p>x</p>').setTitle('t');
        SpreadsheetApp.getUi().createAddonMenu().addItem('Go', 'main').addToUi();
        return Utilities.formatDate(new Date(0), 'UTC', 'yyyy');
      `),
      { scopes: [] },
    );

    expect(emu.run('main')).toBe('1970');
  });

  it('asks userinfo.email for the user, script.container.ui for a sidebar, script.scriptapp for triggers', () => {
    const refused = (body: string) => {
      const emu = emulate(bundle(body), { scopes: [`${AUTH}spreadsheets.currentonly`] });
      try {
        emu.run('main');
        return '';
      } catch (e) {
        return (e as Error).message.replace(/^.*Required permissions: /, '');
      }
    };

    expect(refused('Session.getActiveUser();')).toBe(`${AUTH}userinfo.email`);
    expect(refused("SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput('x'));")).toBe(
      `${AUTH}script.container.ui`,
    );
    expect(refused("ScriptApp.newTrigger('main');")).toBe(`${AUTH}script.scriptapp`);
    expect(refused("SpreadsheetApp.getUi().alert('hi');")).toBe('');
  });

  it('applies on top of a simple trigger’s own rules, and not to custom functions, which need none', () => {
    const emu = emulate(
      `function main() { return SpreadsheetApp.getActiveSpreadsheet().getName(); }
       function HALF(x) { return SpreadsheetApp.getActiveRange().getValue() === '' ? x / 2 : 0; }`,
      { scopes: [] },
    );

    expect(() => emu.run('main', [], { authMode: 'LIMITED' })).toThrow(
      /^You do not have permission to call SpreadsheetApp\.getActiveSpreadsheet\. Required/,
    );
    expect(emu.customFunction('HALF', 4)).toBe(2);
  });

  it('grants every scope when none are given, the emulator’s default', () => {
    const emu = emulate(bundle('return SpreadsheetApp.openById(a).getName();'));

    expect(emu.run('main', [emu.addSpreadsheet('Other')])).toBe('Other');
  });
});

describe('the scope table', () => {
  const dir = join(__dirname, '..', '..', '..', 'dev', 'emulator');
  const classes = readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) =>
      [
        ...readFileSync(join(dir, f), 'utf8').matchAll(/_class(?::\s*string)?\s*=\s*'([\w.]+)'/g),
      ].map((m) => m[1]),
    );

  it('declares every class the emulator serves, with its reference page', () => {
    expect(classes.length).toBeGreaterThan(30);
    for (const cls of classes) {
      expect(METHOD_SCOPES[cls]).toBeDefined();
      expect(referenceOf(cls)).toMatch(/^https:\/\/developers\.google\.com\/apps-script\//);
    }
  });

  it('follows the pages where they differ from the rest of their class', () => {
    expect(scopesOf('SpreadsheetApp', 'create')).toEqual(['spreadsheets']);
    expect(scopesOf('SpreadsheetApp', 'getUi')).toEqual([]);
    expect(scopesOf('Range', 'setValues')).toEqual(['spreadsheets.currentonly', 'spreadsheets']);
    expect(scopesOf('File', 'setSharing')).toEqual(['drive']);
    expect(scopesOf('TriggerBuilder', 'forSpreadsheet')).toEqual([
      'spreadsheets.currentonly',
      'spreadsheets',
    ]);
    expect(scopesOf('MailApp', 'getRemainingDailyQuota')).toEqual(['script.send_mail']);
    expect(() => scopesOf('GmailApp', 'sendEmail')).toThrow(/no scopes are declared for GmailApp/);
  });
});
