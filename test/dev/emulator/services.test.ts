// Tests: Properties, Cache, Lock, ScriptApp triggers, Session, Utilities, HtmlService and Ui.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundle, emulate } from './helpers';

describe('PropertiesService', () => {
  it('stores document, script and user properties separately', () => {
    const emu = emulate(
      bundle(`
      PropertiesService.getDocumentProperties().setProperty('k', 'doc');
      PropertiesService.getScriptProperties().setProperties({ k: 'script', n: 2 });
      PropertiesService.getUserProperties().setProperty('k', 'user');
      return [PropertiesService.getDocumentProperties().getProperty('k'), PropertiesService.getScriptProperties().getProperties(),
        PropertiesService.getUserProperties().getKeys(), PropertiesService.getUserProperties().getProperty('missing')];
    `),
    );

    expect(emu.run('main')).toEqual(['doc', { k: 'script', n: '2' }, ['k'], null]);
  });

  it('refuses a value over 9 KB', () => {
    const emu = emulate(
      bundle(
        "PropertiesService.getScriptProperties().setProperty('big', 'x'.repeat(9 * 1024 + 1));",
      ),
    );

    expect(() => emu.run('main')).toThrow('Argument too large: value');
  });

  it('refuses a store over 500 KB', () => {
    const emu = emulate(
      bundle(
        "const p = PropertiesService.getScriptProperties(); for (let i = 0; i < 60; i++) p.setProperty('k' + i, 'x'.repeat(9000));",
      ),
    );

    expect(() => emu.run('main')).toThrow('You have exceeded the property storage quota.');
  });
});

describe('CacheService', () => {
  it('expires entries on the emulator clock', () => {
    const emu = emulate(
      "function put() { CacheService.getScriptCache().put('k', 'v', 60); }\nfunction get() { return CacheService.getScriptCache().get('k'); }",
    );
    emu.run('put');

    const before = emu.run('get');
    emu.clock.advanceMs(61_000);
    const after = emu.run('get');

    expect([before, after]).toEqual(['v', null]);
  });

  it.each([
    ["put('x'.repeat(251), 'v')", 'Argument too large: key'],
    ["put('k', 'x'.repeat(100 * 1024 + 1))", 'Argument too large: value'],
    ["put('k', 'v', 21601)", 'Invalid argument: expirationInSeconds'],
  ])('refuses %s', (call, message) => {
    const emu = emulate(bundle(`CacheService.getUserCache().${call};`));

    expect(() => emu.run('main')).toThrow(message);
  });
});

describe('LockService', () => {
  const LOCKS = `
    function take() { return LockService.getDocumentLock().tryLock(1000); }
    function wait() { LockService.getDocumentLock().waitLock(1000); return 'got it'; }
  `;

  it('makes tryLock fail and waitLock throw while another execution holds the lock', () => {
    const emu = emulate(LOCKS);
    const first = emu.begin();

    expect(first.run('take')).toBe(true);
    expect(emu.run('take')).toBe(false);
    expect(() => emu.run('wait')).toThrow(
      'Lock timeout: another process was holding the lock for too long.',
    );
    first.end();
    expect(emu.run('wait')).toBe('got it');
  });

  it('releases a lock when its execution ends', () => {
    const emu = emulate(LOCKS);

    emu.run('take');

    expect(emu.run('take')).toBe(true);
  });
});

describe('ScriptApp triggers', () => {
  const TRIGGERS = `
    function daily() { return ScriptApp.newTrigger('check').timeBased().everyDays(1).atHour(6).create().getUniqueId(); }
    function often() { ScriptApp.newTrigger('check').timeBased().everyMinutes(5).create(); }
    function onEditTrigger() { ScriptApp.newTrigger('check').forSpreadsheet(SpreadsheetApp.getActive()).onEdit().create(); }
    function list() { return ScriptApp.getProjectTriggers().map((t) => [t.getHandlerFunction(), String(t.getEventType()), String(t.getTriggerSource())]); }
    function removeAll() { ScriptApp.getProjectTriggers().forEach((t) => ScriptApp.deleteTrigger(t)); }
    function check(e) { SpreadsheetApp.getActiveSheet().getRange('A1').setValue(e.triggerUid); return String(e.authMode); }
  `;

  it('creates, lists, fires and deletes a time-driven trigger', () => {
    const emu = emulate(TRIGGERS);

    const id = emu.run('daily') as string;

    expect(emu.run('list')).toEqual([['check', 'CLOCK', 'CLOCK']]);
    expect(emu.fireTimeTrigger(id)).toBe('FULL');
    expect(emu.range('A1').getDisplayValue()).toBe(id);
    emu.run('removeAll');
    expect(emu.run('list')).toEqual([]);
  });

  it('refuses time-driven triggers more frequent than hourly in an add-on', () => {
    const emu = emulate(TRIGGERS);

    expect(() => emu.run('often')).toThrow('once an hour');
  });

  it('allows one trigger of each event type per user per document in an add-on', () => {
    const emu = emulate(TRIGGERS);
    emu.run('daily');
    emu.run('onEditTrigger');

    expect(() => emu.run('daily')).toThrow('one trigger of each type');
    expect(() => emu.run('daily', [], { user: 'other@example.com' })).not.toThrow();
  });

  it('allows 20 triggers per user per script', () => {
    const emu = emulate(TRIGGERS, { asAddon: false });
    for (let i = 0; i < 20; i++) emu.run('daily');

    expect(() => emu.run('daily')).toThrow('This script has too many triggers.');
  });

  it('has no Ui in a time-driven trigger', () => {
    const emu = emulate(
      `${TRIGGERS}\nfunction noUi() { SpreadsheetApp.getUi(); }\nfunction make() { return ScriptApp.newTrigger('noUi').timeBased().everyHours(1).create().getUniqueId(); }`,
    );
    const id = emu.run('make') as string;

    expect(() => emu.fireTimeTrigger(id)).toThrow(
      'Cannot call SpreadsheetApp.getUi() from this context.',
    );
  });
});

describe('Session', () => {
  it('gives the users, the script time zone and the user’s language', () => {
    const emu = emulate(
      bundle(
        'return [Session.getActiveUser().getEmail(), Session.getEffectiveUser().getEmail(), Session.getScriptTimeZone(), Session.getActiveUserLocale()];',
      ),
      {
        user: 'a@example.com',
        locale: 'lt',
        scriptTimeZone: 'Europe/Vilnius',
      },
    );

    expect(emu.run('main')).toEqual(['a@example.com', 'a@example.com', 'Europe/Vilnius', 'lt']);
  });
});

describe('Utilities', () => {
  it.each([
    ['yyyy-MM-dd HH:mm:ss', '2026-03-29 04:30:05'],
    ["EEE, d MMM yy 'at' h:mm a", 'Sun, 29 Mar 26 at 4:30 AM'],
    ['EEEE MMMM dd', 'Sunday March 29'],
    ['Z XXX z', '+0300 +03:00 EEST'],
    ['SSS', '250'],
  ])('formats %s in the given time zone', (pattern, expected) => {
    const emu = emulate(
      bundle(
        `return Utilities.formatDate(new Date(Date.UTC(2026, 2, 29, 1, 30, 5, 250)), 'Europe/Vilnius', ${JSON.stringify(pattern)});`,
      ),
    );

    expect(emu.run('main')).toBe(expected);
  });

  it('formats strings and makes UUIDs', () => {
    const emu = emulate(
      bundle(
        "return [Utilities.formatString('%s has %d (%.1f%%)', 'A', 3, 12.34), Utilities.getUuid().length];",
      ),
    );

    expect(emu.run('main')).toEqual(['A has 3 (12.3%)', 36]);
  });
});

describe('HtmlService', () => {
  it('evaluates templates with escaped, raw and code scriptlets', () => {
    const emu = emulate(
      bundle(`
      const t = HtmlService.createTemplate('<? for (var i = 0; i < 2; i++) { ?><b><?= name ?></b><? } ?><?!= raw ?>');
      t.name = '<x>'; t.raw = '<i>ok</i>';
      return t.evaluate().setTitle('T').getContent();
    `),
    );

    expect(emu.run('main')).toBe('<b>&#60;x&#62;</b><b>&#60;x&#62;</b><i>ok</i>');
  });

  it('reads HTML files from the bundle folder', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'emu-html-'));
    fs.writeFileSync(path.join(dir, 'Sidebar.html'), '<h1>Hi</h1>');
    const emu = emulate(
      bundle("return [HtmlService.createHtmlOutputFromFile('Sidebar').getContent()];"),
      { htmlDir: dir },
    );

    expect(emu.run('main')).toEqual(['<h1>Hi</h1>']);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('says so when an HTML file is missing', () => {
    const emu = emulate(bundle("HtmlService.createHtmlOutputFromFile('Nope');"));

    expect(() => emu.run('main')).toThrow('No HTML file named Nope was found.');
  });
});

describe('Ui', () => {
  it('answers alerts and prompts from the scripted queue and records them', () => {
    const emu = emulate(
      bundle(`
      const ui = SpreadsheetApp.getUi();
      const answer = ui.alert('Delete?', 'Really?', ui.ButtonSet.YES_NO);
      const reply = ui.prompt('Name?');
      return [String(answer), answer === ui.Button.NO, reply.getResponseText(), String(reply.getSelectedButton())];
    `),
    );
    emu.ui.answerAlert('NO');
    emu.ui.answerPrompt('Ona');

    expect(emu.run('main')).toEqual(['NO', true, 'Ona', 'OK']);
    expect(emu.ui.alerts[0]).toMatchObject({
      title: 'Delete?',
      prompt: 'Really?',
      buttons: 'YES_NO',
    });
  });
});
