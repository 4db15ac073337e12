// The digests' delivery by the daily trigger (dist/Code.js): at the Settings hour, at most once
// a recipient a day whatever reruns, the quota checked first and shortfalls named, a stopped
// run finished by the next, only people who can open the file, "Stop these e-mails" (R3.5).
import { loadDemoWorkbook } from '../../../dev/demo/load-workbook';
import type { DemoData } from '../../../dev/demo/types';
import { createKamEmulator } from '../../../dev/kam-emulator';
import {
  digestWorkbook,
  fireHourly,
  logLines,
  MANAGERS,
  mailTo,
  SUPERVISOR,
  setSetting,
} from '../../helpers/digests';

const [IEVA, MANTAS, LAURA] = MANAGERS;
const DAY = '2026-11-26';
const PENDING = 'kam.digest.pending';

function documentProperties(emu: ReturnType<typeof createKamEmulator>): Record<string, string> {
  const state = JSON.parse(emu.snapshot()) as {
    properties: { document: Record<string, Record<string, string>> };
  };
  return state.properties.document[emu.spreadsheet.getId()] ?? {};
}

/** One account where every rule is kept on DAY: reviewed, in contact, a decision maker, a fresh profile. */
function tidyWorkbook() {
  const emu = createKamEmulator({ now: new Date(`${DAY}T09:00:00+02:00`), locale: 'en_US' });
  const data: DemoData = {
    settings: [],
    history: [],
    dossier: [],
    plan: [],
    whitespace: [],
    revenue: [{ client: 'Tidy UAB', period: '2026', revenue: 100_000 }],
    accounts: [{ accountId: 'KA-1', client: 'Tidy UAB', manager: IEVA, supervisor: SUPERVISOR }],
    reviews: [{ accountId: 'KA-1', date: '2026-11-06', reviewer: IEVA }],
    contacts: [
      {
        date: '2026-11-24',
        accountId: 'KA-1',
        clientPerson: 'Ona Tvarkinga',
        ourPerson: IEVA,
        channel: 'phone',
        personal: true,
        outcome: 'positive',
        summary: 'Agreed the volumes',
      },
    ],
    decisionGroup: [
      {
        accountId: 'KA-1',
        person: 'Ona Tvarkinga',
        role: 'decisionMaker',
        attitude: 'supporter',
        influence: 'high',
        division: 'Board',
        lastContact: '2026-11-24',
      },
    ],
    competitors: [{ accountId: 'KA-1', competitor: 'Rival UAB', lastUpdated: '2026-11-16' }],
  };
  loadDemoWorkbook(emu, data, 'en');
  emu.spreadsheet.addEditors([IEVA, SUPERVISOR]);
  setSetting(emu, 'E-mail digests', 'On');
  emu.openAddon();
  emu.clickMenu('Turn on daily check');
  return emu;
}

describe('the digests’ delivery', () => {
  it('sends nothing on a day with nothing due, and writes no line for it', () => {
    const emu = tidyWorkbook();

    fireHourly(emu);

    expect(emu.outbox).toEqual([]);
    expect(logLines(emu).map((l) => l[1])).toEqual(['Daily check']);
  });

  it('sends nothing twice when the trigger fires again, nor when a second user’s trigger fires', () => {
    const emu = digestWorkbook();
    fireHourly(emu);
    const first = emu.outbox.length;
    // A second user's own hourly trigger on the same workbook (made before KAM kept one owner).
    emu.within(
      (globals) => {
        const app = globals('ScriptApp') as GoogleAppsScript.Script.ScriptApp;
        app.newTrigger('kamScheduledCheck').timeBased().everyHours(1).create();
      },
      { user: SUPERVISOR },
    );

    fireHourly(emu);
    for (const t of (
      JSON.parse(emu.snapshot()) as { triggers: { id: string; eventType: string }[] }
    ).triggers)
      if (t.eventType === 'CLOCK') emu.fireTimeTrigger(t.id);

    expect(first).toBe(3);
    expect(emu.outbox).toHaveLength(first);
    expect(MANAGERS.map((m) => mailTo(emu, m).length)).toEqual([1, 1, 1]);
  });

  it('checks the day’s quota first, names whom it cannot cover in the KAM log, and mails them first the next day', () => {
    const emu = digestWorkbook();
    emu.setMailQuota(2);

    fireHourly(emu);

    expect(emu.outbox.flatMap((m) => m.to)).toEqual([IEVA, MANTAS]);
    const line = logLines(emu).at(-1)!;
    expect(line.slice(1, 3)).toEqual(['E-mail digests', 'Partly done, continues next run']);
    expect(line[3]).toContain(`Sent to: ${IEVA}, ${MANTAS}.`);
    expect(line[3]).toContain(`the e-mail quota of the day is spent: ${LAURA}.`);
    emu.clock.advanceDays(1);
    fireHourly(emu);
    expect(mailTo(emu, LAURA)).toHaveLength(1);
  });

  it('goes on with the rest after a run stopped between two e-mails, and sends nobody twice', () => {
    const emu = digestWorkbook();
    emu.setMailQuota(1);
    fireHourly(emu);
    // What a run stopped after its first e-mail leaves: the check done, the day's digests
    // pending, the first recipient recorded as sent.
    emu.within((globals) => {
      const service = globals('PropertiesService') as GoogleAppsScript.Properties.PropertiesService;
      service.getDocumentProperties().setProperty(PENDING, DAY);
    });
    emu.setMailQuota(null);

    fireHourly(emu);

    expect(emu.outbox.flatMap((m) => m.to)).toEqual([IEVA, MANTAS, LAURA]);
    expect(documentProperties(emu)[PENDING]).toBeUndefined();
    expect(logLines(emu).filter((l) => l[1] === 'Daily check')).toHaveLength(1);
  });

  it('sends nothing, and says how to allow it, when the daily check’s owner did not allow KAM to send e-mail', () => {
    const emu = digestWorkbook();
    emu.grantScopes([
      'spreadsheets',
      'script.container.ui',
      'script.scriptapp',
      'drive.file',
      'userinfo.email',
    ]);

    fireHourly(emu);

    expect(emu.outbox).toEqual([]);
    expect(logLines(emu).at(-1)?.slice(1)).toEqual([
      'E-mail digests',
      'Failed',
      'Not sent: the person who runs the daily check has not allowed KAM to send e-mail from their account. They allow it by choosing Extensions › KAM › Daily check: on, run by … and ticking it on Google’s permission screen.',
    ]);
  });

  it('mails only those named in Accounts who can open the file, and names the others in the log', () => {
    const emu = digestWorkbook({ share: false });
    emu.spreadsheet.addViewer(MANTAS);

    fireHourly(emu);

    expect(emu.outbox.flatMap((m) => m.to)).toEqual([MANTAS]);
    expect(logLines(emu).at(-1)?.[3]).toContain(
      `they cannot open this workbook: ${IEVA}, ${LAURA}.`,
    );
  });

  it('stops a recipient’s digests at their own click on “Stop these e-mails”, and resumes them at the next', () => {
    const emu = digestWorkbook();
    const before = emu.ui.alerts.length;

    emu.clickMenu('Stop these e-mails', { user: IEVA });
    fireHourly(emu);
    emu.clock.advanceDays(1);
    emu.ui.answerAlert('YES');
    emu.clickMenu('Stop these e-mails', { user: IEVA });
    fireHourly(emu);

    expect(emu.ui.alerts[before].prompt).toBe(
      `${IEVA} will get no more KAM e-mails from “KAM”. Choose this item again to get them back.`,
    );
    expect(emu.ui.alerts.at(-1)?.prompt).toBe(
      `${IEVA} will get the KAM e-mails from this workbook again.`,
    );
    expect(mailTo(emu, IEVA).map((m) => new Date(m.at).toISOString().slice(0, 10))).toEqual([
      '2026-11-27',
    ]);
    expect(mailTo(emu, MANTAS)).toHaveLength(2);
  });

  it('waits for the Settings hour, and the day digests are first turned on checks again at that hour', () => {
    const emu = digestWorkbook({ time: '05:10:00' });
    setSetting(emu, 'Digest hour (0–23)', 8);

    fireHourly(emu);
    const early = { mails: emu.outbox.length, checks: logLines(emu).length };
    emu.clock.set(new Date(`${DAY}T06:10:00+02:00`));
    fireHourly(emu);
    const waited = logLines(emu).length;
    emu.clock.set(new Date(`${DAY}T08:10:00+02:00`));
    fireHourly(emu);

    expect(early).toEqual({ mails: 0, checks: 1 });
    expect(waited).toBe(1);
    expect(emu.outbox).toHaveLength(3);
    expect(logLines(emu).map((l) => l[1])).toEqual([
      'Daily check',
      'Daily check',
      'E-mail digests',
    ]);
  });

  it('mails the same day when a user turns digests on in Settings after the day’s check', () => {
    const emu = digestWorkbook();
    setSetting(emu, 'E-mail digests', 'Off');
    fireHourly(emu);
    const row = emu.spreadsheet
      .getSheetByName('Settings')!
      .getDataRange()
      .getValues()
      .findIndex((r) => r[0] === 'E-mail digests');
    emu.clock.set(new Date(`${DAY}T10:05:00+02:00`));

    emu.edit(`Settings!B${row + 1}`, 'On');
    fireHourly(emu);

    expect(emu.outbox.map((m) => m.to[0])).toEqual([IEVA, MANTAS, LAURA]);
  });

  it('writes in the workbook’s language: a Lithuanian subject that says what is due', () => {
    const emu = digestWorkbook({ lang: 'lt' });

    fireHourly(emu);

    expect(mailTo(emu, IEVA)[0].subject).toBe(
      'KAM: 1 vėluojantis kontaktas, 1 vėluojanti peržiūra, 1 artėjanti peržiūra ir daugiau',
    );
    expect(mailTo(emu, IEVA)[0].body).toContain(
      'Paskutinis teigiamas kontaktas buvo lapkričio 15 d., o kitas vėluoja 1 dieną.',
    );
    expect(mailTo(emu, IEVA)[0].body).not.toContain('d..');
    expect(mailTo(emu, IEVA)[0].htmlBody).toContain('<html lang="lt">');
  });
});
