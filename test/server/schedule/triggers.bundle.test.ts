// Bundle-level (dist/Code.js): the daily check's triggers recorded with their owner; the menu
// says who runs it and offers what applies; another user is told whom to ask; Google's trigger
// quota is worded; inserted rows only mark the workbook; partial consent asks again.
import type { Emulator } from '../../../dev/emulator';
import { accountRows, demoWorkbook } from '../../helpers/demo-workbook';

const OWNER = 'manager@example.com';
const COLLEAGUE = 'colleague@example.com';

interface Trigger {
  id: string;
  handler: string;
  eventType: string;
  user: string;
}

const triggers = (emu: Emulator): Trigger[] => JSON.parse(emu.snapshot()).triggers;
const captions = (emu: Emulator) => emu.menu().map((i) => i.caption);

/** The daily check turned on in `count` other workbooks of the same user (2 triggers each). */
function onElsewhere(emu: Emulator, count: number): void {
  const bound = emu.env.state.activeSpreadsheetId;
  for (let i = 0; i < count; i++) {
    emu.env.state.activeSpreadsheetId = emu.addSpreadsheet(`Workbook ${i}`);
    emu.run('turnOnDailyCheckFromMenu');
  }
  emu.env.state.activeSpreadsheetId = bound;
}

describe('the daily check’s triggers', () => {
  it('turns on once, stays as it is when turned on again, and leaves no KAM trigger when off', () => {
    const emu = demoWorkbook();
    emu.openAddon();

    emu.clickMenu('Turn on daily check');
    emu.run('turnOnDailyCheckFromMenu');
    const on = triggers(emu);
    emu.clickMenu('Turn off daily check');

    expect(on.map((t) => [t.handler, t.user])).toEqual([
      ['kamScheduledCheck', OWNER],
      ['kamOnChange', OWNER],
    ]);
    expect(emu.ui.alerts.at(-2)?.prompt).toBe('The daily check was already on; nothing changed.');
    expect(triggers(emu)).toEqual([]);
    expect(emu.ui.alerts.at(-1)?.prompt).toBe('The daily check is off.');
  });

  it('says in the menu who runs it and offers only the action that applies', () => {
    const emu = demoWorkbook();
    emu.openAddon();
    const off = captions(emu);

    emu.clickMenu('Turn on daily check');
    const on = captions(emu);
    emu.openAddon({ authMode: 'NONE' });

    expect(off).toContain('Turn on daily check');
    expect(off).not.toContain('Turn off daily check');
    expect(on).toContain(`Daily check: on, run by ${OWNER}`);
    expect(on).toContain('Turn off daily check');
    expect(on).not.toContain('Turn on daily check');
    expect(captions(emu)).toEqual(
      expect.arrayContaining(['Turn on daily check', 'Turn off daily check']),
    );
  });

  it('tells another user whom to ask, and leaves the owner’s triggers alone', () => {
    const emu = demoWorkbook();
    emu.spreadsheet.addEditor(COLLEAGUE);
    emu.openAddon();
    emu.clickMenu('Turn on daily check');
    const before = triggers(emu);

    emu.run('turnOffDailyCheckFromMenu', [], { user: COLLEAGUE });
    const offAlert = emu.ui.alerts.at(-1)?.prompt;
    emu.run('turnOnDailyCheckFromMenu', [], { user: COLLEAGUE });
    emu.clickMenu(`Daily check: on, run by ${OWNER}`, { user: COLLEAGUE });

    expect(offAlert).toContain(`already on in this workbook: ${OWNER} runs it`);
    expect(offAlert).toContain(`only they can turn it off; to change it, ask ${OWNER}.`);
    expect(emu.ui.alerts.at(-2)?.prompt).toBe(offAlert);
    expect(emu.ui.alerts.at(-1)?.prompt).toBe(offAlert);
    expect(emu.ui.alerts.some((a) => a.title === 'KAM could not finish')).toBe(false);
    expect(triggers(emu)).toEqual(before);
  });

  it('words Google’s 20-trigger limit and keeps no half-made daily check', () => {
    const emu = demoWorkbook();
    onElsewhere(emu, 9);
    const bound = emu.env.state.activeSpreadsheetId;
    emu.env.state.activeSpreadsheetId = emu.addSpreadsheet('One more');
    emu.within((g) =>
      (g('ScriptApp') as GoogleAppsScript.Script.ScriptApp)
        .newTrigger('other')
        .timeBased()
        .everyHours(1)
        .create(),
    );
    emu.env.state.activeSpreadsheetId = bound;
    emu.openAddon();

    emu.clickMenu('Turn on daily check');

    const alert = emu.ui.alerts.at(-1)!;
    expect(alert.title).toBe('KAM could not finish');
    expect(alert.prompt).toContain(
      'Google allows each person 20 triggers for KAM across all their spreadsheets, and you have 19.',
    );
    expect(alert.prompt).toContain('Turn it off in a workbook you no longer use');
    expect(triggers(emu)).toHaveLength(19);
    expect(captions(emu)).toContain('Turn on daily check');
  });

  it('starts no check when a row is inserted: it marks the workbook for the next hourly run', () => {
    const emu = demoWorkbook();
    emu.openAddon();
    emu.clickMenu('Turn on daily check');
    const hourly = triggers(emu).find((t) => t.eventType === 'CLOCK')!;
    emu.fireTimeTrigger(hourly.id);
    const runs = emu.executions.length;
    emu.calls.reset();

    emu.insertRows('Contacts', 5, 1);

    const change = emu.executions.slice(runs);
    expect(change.map((e) => e.fnName)).toEqual(['kamOnChange']);
    expect(Object.keys(emu.calls.byMethod())).toEqual([
      'Properties.setProperty',
      'PropertiesService.getDocumentProperties',
    ]);
    emu.clock.advanceMs(3_600_000);
    emu.fireTimeTrigger(hourly.id);
    const log = emu.spreadsheet.getSheetByName('KAM log')!.getDataRange().getValues();
    expect(log.slice(1).map((r) => r[1])).toEqual(['Daily check', 'Daily check']);
  });
});

describe('partial consent', () => {
  it('brings Google’s consent screen back for a menu item whose permission the user left unticked', () => {
    const emu = demoWorkbook();
    emu.openAddon();
    emu.grantScopes(['spreadsheets', 'script.container.ui']);

    emu.clickMenu('Open dossier');

    expect(emu.ui.authorizations.map((a) => a.missing)).toEqual([
      ['https://www.googleapis.com/auth/userinfo.email'],
    ]);
    expect(emu.ui.sidebars).toEqual([]);
    expect(emu.ui.alerts.filter((a) => a.title === 'KAM could not finish')).toEqual([]);
  });

  it('asks again from the sidebar rather than answering “no access” for want of the user’s e-mail', () => {
    const emu = demoWorkbook();
    emu.grantScopes(['spreadsheets', 'script.container.ui']);

    expect(() => emu.scriptRun('kamLoadDossier', 'KA-001')).toThrow(
      'Authorization is required to perform that action.',
    );
  });

  it('skips a daily run whose owner withdrew the spreadsheets permission, and says what to do', () => {
    const emu = demoWorkbook();
    emu.openAddon();
    emu.clickMenu('Turn on daily check');
    const before = accountRows(emu);
    const hourly = triggers(emu).find((t) => t.eventType === 'CLOCK')!;
    emu.grantScopes(['script.scriptapp', 'userinfo.email']);

    emu.fireTimeTrigger(hourly.id);
    emu.grantScopes(null);
    emu.openAddon();
    const last = emu.menu().find((i) => i.functionName === 'showLastRun')!;
    emu.clickMenu(last.caption);

    expect(accountRows(emu)).toEqual(before);
    expect(last.caption).toMatch(/^Last check did not finish \(.*\): run it again$/);
    expect(emu.ui.alerts.at(-1)?.prompt).toContain(
      'its owner no longer allows KAM to see and edit your spreadsheets.',
    );
    expect(emu.ui.alerts.at(-1)?.prompt).toContain('choose KAM › Run checks now');
  });
});
