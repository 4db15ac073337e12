// Bundle-level (dist/Code.js): KAM › Help › Check this installation passes in the emulator, and
// with each platform assumption made to fail it names the failure and what to do, in a dialog
// and in the KAM log, in the workbook's language.
import type { Emulator, Quirks } from '../../../dev/emulator';
import { demoWorkbook } from '../../helpers/demo-workbook';

/** Runs the check from the menu; the report as the KAM log has it, one line a check. */
function check(emu: Emulator): string[] {
  emu.openAddon();
  const caption = emu.menu().find((i) => i.functionName === 'checkInstallation')!.path;
  emu.clickMenu(caption.join(' › '));
  const log =
    emu.spreadsheet.getSheetByName('KAM log') ?? emu.spreadsheet.getSheetByName('KAM žurnalas');
  const rows = log!.getDataRange().getValues();
  return String(rows.at(-1)?.[3]).split('\n');
}

/** The report's line of one check. */
const line = (report: string[], name: string) => report.find((l) => l.includes(`] ${name}:`)) ?? '';

function withDailyCheck(quirks: Partial<Quirks> = {}): Emulator {
  const emu = demoWorkbook();
  emu.openAddon();
  emu.clickMenu('Turn on daily check');
  emu.setQuirks(quirks);
  return emu;
}

describe('Check this installation', () => {
  it('passes every check in the emulator, shows the report in a dialog, logs it and leaves the user on their sheet', () => {
    const emu = withDailyCheck();
    const sheets = emu.spreadsheet.getSheets().map((s) => s.getName());
    emu.spreadsheet.getSheetByName('Contacts')!.activate();

    const report = check(emu);

    expect(report[2]).toBe('All 8 checks passed.');
    expect(report.slice(3).every((l) => l.startsWith('[PASS]'))).toBe(true);
    expect(emu.ui.dialogs.at(-1)?.title).toBe('KAM installation check');
    expect(emu.ui.dialogs.at(-1)?.content).toContain('copy this report into your support request');
    const after = emu.spreadsheet.getSheets().map((s) => s.getName());
    expect(after.sort()).toEqual([...sheets, 'KAM log'].sort());
    expect(emu.spreadsheet.getActiveSheet().getName()).toBe('Contacts');
  });

  it.each<[string, Partial<Quirks>, string, RegExp]>([
    [
      'the user’s e-mail is hidden',
      { activeUserEmail: 'blank' },
      'Your e-mail address',
      /does not tell KAM who you are.*What to do: Allow KAM to see your e-mail/,
    ],
    [
      'text comes back with its apostrophe',
      { scriptApostrophe: 'kept' },
      'Text that looks like a formula',
      /came back changed: .*"\+1" → "'\+1".*What to do:/,
    ],
    [
      'the listing leaves time-driven triggers out',
      { listsTimeDriven: false },
      'The daily check’s triggers',
      /does not list 1 of the daily check’s 2 triggers.*What to do: Turn the daily check off and on again/,
    ],
    [
      'Google’s formatting ignores daylight saving',
      { formatDateDst: 'ignores' },
      'Dates in the spreadsheet’s time zone',
      /disagree at 2026-03-29 01:00 UTC.*What to do: Check the time zone/,
    ],
    [
      'there is no document lock',
      { documentLock: 'missing' },
      'Document lock',
      /no document lock.*What to do:/,
    ],
    [
      'another task holds the lock',
      { documentLock: 'held' },
      'Document lock',
      /held the document lock for more than 10 seconds.*What to do: Wait/,
    ],
    [
      'there is no document cache',
      { documentCache: 'missing' },
      'Document cache',
      /no document cache.*What to do:/,
    ],
    [
      'the cache forgets',
      { documentCache: 'forgets' },
      'Document cache',
      /did not keep what KAM put in it.*What to do:/,
    ],
  ])('names the failure and what to do when %s', (_what, quirks, name, says) => {
    const emu = withDailyCheck(quirks);

    const report = check(emu);

    expect(line(report, name)).toMatch(/^\[FAIL\]/);
    expect(line(report, name)).toMatch(says);
    expect(report[2]).toMatch(/^1 of 8 checks failed/);
  });

  it('reports a plain-text cell that makes "=…" a formula, and passes, since the writer is safe either way', () => {
    const emu = withDailyCheck();
    emu.env.options.plainText = { formula: 'formula', apostrophe: 'stripped' };

    const report = check(emu);

    expect(line(report, 'Text that looks like a formula')).toMatch(
      /^\[PASS\].*keeps “=…” written by a script as a formula, and a leading apostrophe out of the text/,
    );
  });

  it('names the permissions a user left unticked, and the checks that need them', () => {
    const emu = withDailyCheck();
    emu.grantScopes(['spreadsheets', 'script.container.ui']);

    const report = check(emu);

    expect(line(report, 'Permissions')).toContain(
      'Not granted: run the daily check while you are away and create and read the files it makes in your Drive and send the e-mail digests from your account and see your e-mail address.',
    );
    expect(line(report, 'Your e-mail address')).toMatch(
      /^\[FAIL\].*needs the permission to see your e-mail address.*What to do:/,
    );
    expect(line(report, 'Triggers against Google’s limit')).toMatch(/^\[FAIL\]/);
    expect(emu.ui.authorizations).toEqual([]);
  });

  it('counts this user’s triggers in every workbook against Google’s 20', () => {
    const emu = demoWorkbook();
    const bound = emu.env.state.activeSpreadsheetId;
    for (let i = 0; i < 10; i++) {
      emu.env.state.activeSpreadsheetId = emu.addSpreadsheet(`Workbook ${i}`);
      emu.run('turnOnDailyCheckFromMenu');
    }
    emu.env.state.activeSpreadsheetId = bound;

    const report = check(emu);

    expect(line(report, 'Triggers against Google’s limit')).toMatch(
      /^\[FAIL\] .*You have 20 of the 20 triggers.*What to do: Turn the daily check off in workbooks you no longer use/,
    );
  });

  it('writes the report in Lithuanian in a Lithuanian workbook', () => {
    const emu = demoWorkbook({ lang: 'lt' });
    emu.setQuirks({ documentCache: 'missing' });

    const report = check(emu);

    expect(report[2]).toBe('Nepavyko 1 iš 8 patikrų: žr. „Ką daryti“ toliau.');
    expect(line(report, 'Dokumento podėlis')).toMatch(/^\[KLAIDA\] .*Ką daryti: /);
    expect(line(report, 'Kasdienės patikros paleidikliai')).toMatch(/^\[PASTABA\] /);
  });
});
