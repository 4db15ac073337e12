// The supervisor's weekly digest and the file-per-manager model (dist/Code.js): on the Settings
// day each supervisor gets the managers they supervise (R3.5) with the scorecard's change since
// last week (R4.3), the mono-client alert (R1.3) and key clients without an account; after
// Split by manager the managers' own workbooks mail them and the head of sales' one reads them.
import type { Emulator } from '../../../dev/emulator';
import {
  digestWorkbook,
  fireHourly,
  MANAGERS,
  mailTo,
  SUPERVISOR,
  textItems,
} from '../../helpers/digests';

const [IEVA, MANTAS, LAURA] = MANAGERS;
const JONAS = 'jonas.petrauskas@example.com';
const MONDAY = '2026-11-30';

function at(emu: Emulator, day: string): void {
  emu.clock.set(new Date(`${day}T09:00:00+02:00`));
}

/** Runs `fn` with the emulator bound to another spreadsheet (a manager's own workbook). */
function inWorkbook<T>(emu: Emulator, id: string, fn: () => T): T {
  const bound = emu.env.state.activeSpreadsheetId;
  emu.env.state.activeSpreadsheetId = id;
  try {
    return fn();
  } finally {
    emu.env.state.activeSpreadsheetId = bound;
  }
}

describe('the supervisor’s weekly digest', () => {
  it('goes on the Settings day only, to each supervisor about the managers Accounts puts under them', () => {
    const emu = digestWorkbook({ today: '2026-11-26' });
    emu.spreadsheet.addEditor(JONAS);
    emu.range('Accounts!E8:E9').setValues([[JONAS], [JONAS]]);

    at(emu, '2026-11-29');
    fireHourly(emu);
    const sunday = emu.outbox.length;
    at(emu, MONDAY);
    fireHourly(emu);

    expect(mailTo(emu, SUPERVISOR).map((m) => m.subject)).toEqual(['KAM weekly: 2 managers']);
    expect(mailTo(emu, JONAS).map((m) => m.subject)).toEqual(['KAM weekly: 1 manager']);
    const ruta = mailTo(emu, SUPERVISOR)[0].body;
    expect(ruta).toContain(`The managers you supervise: ${IEVA}, ${MANTAS}.`);
    expect(ruta).not.toContain(LAURA);
    expect(ruta).not.toContain('KA-007');
    expect(mailTo(emu, JONAS)[0].body).toContain(`The managers you supervise: ${LAURA}.`);
    expect(mailTo(emu, JONAS)[0].body).not.toContain(IEVA);
    expect(sunday).toBe(3);
  });

  it('shows each manager’s scorecard, then its change since last week the Monday after', () => {
    const emu = digestWorkbook({ today: '2026-11-26' });
    at(emu, MONDAY);
    fireHourly(emu);
    at(emu, '2026-12-07');

    fireHourly(emu);

    const [first, second] = mailTo(emu, SUPERVISOR).map((m) => m.body);
    expect(first).toMatch(/Reviews on time: [\d.]+%\n/);
    expect(first).not.toContain('since last week');
    expect(second).toMatch(
      /Positive-contact rhythm kept: [\d.]+% \((no change|[+−][\d.]+ points?) since last week\)/,
    );
  });

  it('carries the mono-client alert and names key clients that no account runs yet', () => {
    const emu = digestWorkbook({ today: '2026-11-26', monoClient: true });
    emu.range('Accounts!A2:E2').setValues([['', '', '', '', '']]);
    at(emu, MONDAY);

    fireHourly(emu);

    const body = mailTo(emu, SUPERVISOR)[0].body;
    expect(body).toMatch(
      /Baltijos Logistika UAB brings [\d.]+% of all revenue: start winning new clients now/,
    );
    expect(body).toContain('Key clients without an account');
    expect(body).toMatch(
      /Baltijos Logistika UAB: [\d.]+% of revenue, but no account, manager or dossier yet\./,
    );
  });
});

describe('after Split by manager', () => {
  it('stops mailing from this workbook the managers whose accounts moved; their own workbooks mail them, and the weekly digest reads those', () => {
    const emu = digestWorkbook({ today: '2026-11-26' });
    emu.clickMenu('Split by manager');
    const portfolio = emu.spreadsheet
      .getSheetByName('Portfolio')!
      .getDataRange()
      .getValues()
      .slice(1);
    const ievaFile = portfolio.find((r) => r[0] === IEVA)![3] as string;
    const ievaId = /\/d\/([\w-]+)/.exec(ievaFile)![1];

    at(emu, MONDAY);
    fireHourly(emu);
    inWorkbook(emu, ievaId, () => {
      emu.openAddon({ user: IEVA });
      emu.clickMenu('Turn on daily check', { user: IEVA });
    });
    fireHourly(emu, ievaId);

    const fromSource = emu.outbox.filter((m) => m.from === 'manager@example.com');
    expect(fromSource.flatMap((m) => m.to)).toEqual([SUPERVISOR]);
    const weekly = fromSource[0].body;
    expect(weekly).toContain(`/d/${ievaId}/edit#gid=`);
    expect(weekly).toContain(LAURA);
    const own = emu.outbox.filter((m) => m.from === IEVA);
    expect(own.flatMap((m) => m.to)).toEqual([IEVA]);
    expect(new Set(textItems(own[0]).map((i) => i.account))).toEqual(
      new Set(['KA-001', 'KA-002', 'KA-003', 'KA-004']),
    );
    expect(own[0].body).toContain(`/d/${ievaId}/edit#gid=`);
  });
});
