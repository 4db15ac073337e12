// Tests: granular consent (getAuthorizationInfo, requireScopes ending an execution) and the
// quirks that make an undocumented or account-specific answer go the other way.
import { ConsentRequired } from '../../../dev/emulator';
import { bundle, emulate } from './helpers';

const AUTH = 'https://www.googleapis.com/auth/';
const MANIFEST = [`${AUTH}spreadsheets`, `${AUTH}userinfo.email`, `${AUTH}script.scriptapp`];

describe('granular consent', () => {
  it('reports the scopes a user left unticked, and refuses the calls that need them', () => {
    const emu = emulate(
      bundle(`
        const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL, a);
        return [String(info.getAuthorizationStatus()), info.getAuthorizedScopes()];
      `),
      { scopes: MANIFEST },
    );
    emu.grantScopes(['spreadsheets', 'script.scriptapp']);

    const answer = emu.run('main', [['spreadsheets', `${AUTH}userinfo.email`]]);

    expect(answer).toEqual(['REQUIRED', [`${AUTH}spreadsheets`]]);
    const email = emulate(bundle('return Session.getActiveUser().getEmail();'), {
      scopes: MANIFEST,
    });
    email.grantScopes(['spreadsheets']);
    expect(() => email.run('main')).toThrow(
      `You do not have permission to call Session.getActiveUser. Required permissions: ${AUTH}userinfo.email`,
    );
  });

  it('ends a menu item at requireScopes with a consent screen, whatever the code catches', () => {
    const emu = emulate(
      bundle(`
        try { ScriptApp.requireScopes(ScriptApp.AuthMode.FULL, [a]); } catch (e) { }
        SpreadsheetApp.getActiveSpreadsheet().toast('went on', 'KAM', 5);
        return 'finished';
      `),
      { scopes: MANIFEST },
    );
    emu.grantScopes(['spreadsheets']);

    const result = emu.run('main', [`${AUTH}userinfo.email`]);

    expect(result).toBeUndefined();
    expect(emu.ui.toasts).toEqual([]);
    expect(emu.ui.authorizations).toEqual([
      { user: 'manager@example.com', fnName: 'main', missing: [`${AUTH}userinfo.email`] },
    ]);
  });

  it('lets a script go on when every scope it requires was granted', () => {
    const emu = emulate(
      bundle(`ScriptApp.requireScopes(ScriptApp.AuthMode.FULL, [a]); return 'went on';`),
      { scopes: MANIFEST },
    );

    expect(emu.run('main', [`${AUTH}spreadsheets`])).toBe('went on');
    expect(emu.ui.authorizations).toEqual([]);
  });

  it('fails google.script.run and a time-driven trigger, which cannot show a consent screen', () => {
    const emu = emulate(
      `${bundle(`ScriptApp.requireAllScopes(ScriptApp.AuthMode.FULL); return 1;`)}
       function arm() { return ScriptApp.newTrigger('main').timeBased().everyHours(1).create().getUniqueId(); }`,
      { scopes: MANIFEST },
    );
    const id = emu.run('arm') as string;
    emu.grantScopes(['spreadsheets']);

    expect(() => emu.scriptRun('main')).toThrow(
      'Authorization is required to perform that action.',
    );
    expect(() => emu.fireTimeTrigger(id)).toThrow(ConsentRequired);
    expect(emu.ui.authorizations).toHaveLength(1);
  });
});

describe('quirks', () => {
  it('hides the active user’s e-mail on request', () => {
    const emu = emulate(bundle('return Session.getActiveUser().getEmail();'));

    emu.setQuirks({ activeUserEmail: 'blank' });

    expect(emu.run('main')).toBe('');
  });

  it('takes the document lock away, or holds it for good', () => {
    const emu = emulate(
      bundle(
        `const l = LockService.getDocumentLock(); return l === null ? 'none' : l.tryLock(100);`,
      ),
    );
    const started = emu.clock.now().getTime();

    emu.setQuirks({ documentLock: 'missing' });
    const missing = emu.run('main');
    emu.setQuirks({ documentLock: 'held' });
    const held = emu.run('main');

    expect([missing, held]).toEqual(['none', false]);
    expect(emu.clock.now().getTime() - started).toBe(100);
  });

  it('takes the document cache away, or forgets what is put in it', () => {
    const emu = emulate(
      bundle(`
        const cache = CacheService.getDocumentCache();
        if (cache === null) return 'none';
        cache.put('k', 'v', 60);
        return cache.get('k');
      `),
    );

    emu.setQuirks({ documentCache: 'missing' });
    const missing = emu.run('main');
    emu.setQuirks({ documentCache: 'forgets' });
    const forgets = emu.run('main');
    emu.resetQuirks();

    expect([missing, forgets, emu.run('main')]).toEqual(['none', null, 'v']);
  });

  it('leaves time-driven triggers out of both listings on request', () => {
    const emu = emulate(
      bundle(`
        ScriptApp.newTrigger('main').timeBased().everyHours(1).create();
        ScriptApp.newTrigger('main').forSpreadsheet(SpreadsheetApp.getActive()).onChange().create();
        const ss = SpreadsheetApp.getActive();
        return [ScriptApp.getProjectTriggers().length, ScriptApp.getUserTriggers(ss).length];
      `),
    );

    emu.setQuirks({ listsTimeDriven: false });

    expect(emu.run('main')).toEqual([1, 1]);
  });

  it('answers the standard offset all year from Utilities.formatDate when it ignores daylight saving', () => {
    const emu = emulate(
      bundle(
        `return Utilities.formatDate(new Date('2026-07-01T12:00:00Z'), 'Europe/Vilnius', 'HH:mm Z');`,
      ),
    );

    const follows = emu.run('main');
    emu.setQuirks({ formatDateDst: 'ignores' });

    expect([follows, emu.run('main')]).toEqual(['15:00 +0300', '14:00 +0200']);
  });

  it('keeps a script’s leading apostrophe in an automatic cell on request', () => {
    const emu = emulate(
      bundle(
        `const r = SpreadsheetApp.getActiveSheet().getRange('A1'); r.setValue(a); return r.getValue();`,
      ),
    );

    const marker = emu.run('main', ["'=1+1"]);
    emu.setQuirks({ scriptApostrophe: 'kept' });

    expect([marker, emu.run('main', ["'=1+1"])]).toEqual(['=1+1', "'=1+1"]);
  });

  it('makes "=…" a formula in a plain-text cell when told Sheets does so', () => {
    const code = bundle(`
      const r = SpreadsheetApp.getActiveSheet().getRange('A1');
      r.setNumberFormat('@');
      r.setValues([[a]]);
      return r.getValue();
    `);

    const text = emulate(code).run('main', ['=1+1']);
    const formula = emulate(code, { plainText: { formula: 'formula' } }).run('main', ['=1+1']);

    expect([text, formula]).toEqual(['=1+1', 2]);
  });
});

describe('Sheet.getSheetValues', () => {
  it('reads a rectangle in one call, priced per cell like getValues', () => {
    const emu = emulate(
      bundle('return SpreadsheetApp.getActiveSheet().getSheetValues(2, 1, 2, 2);'),
    );
    emu.setSheetData('Sheet1', [
      ['a', 'b', 'c'],
      ['d', 'e', 'f'],
      ['g', 'h', 'i'],
    ]);

    const values = emu.run('main');

    expect(values).toEqual([
      ['d', 'e'],
      ['g', 'h'],
    ]);
    expect(emu.executions.at(-1)?.calls).toBe(2);
    expect(emu.executions.at(-1)?.estimatedMs).toBeCloseTo(2 * 3.45 + 4 * 0.0125, 6);
  });
});
