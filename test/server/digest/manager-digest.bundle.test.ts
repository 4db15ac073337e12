// The manager's morning digest on the demo portfolio at fixed dates (dist/Code.js): each
// manager gets exactly what is due on their own accounts that day, as the workbook's status
// cells, Contacts and Plan say it (R5.1, R5.2, R3.6, R3.3, R3.4, R6.2, R2.4), worst first,
// each line linking to its account's row.
import type { Emulator } from '../../../dev/emulator';
import { dayOfDate } from '../../../src/core/days';
import { accountRows } from '../../helpers/demo-workbook';
import { digestWorkbook, fireHourly, MANAGERS, mailTo, textItems } from '../../helpers/digests';
import { intlZone } from '../../helpers/zones';

const vilnius = intlZone('Europe/Vilnius');
const dayOf = (value: unknown) => dayOfDate(value as Date, vilnius);

/** The kind of a line, from its plain words (no rule codes in them). */
const KINDS: [RegExp, string][] = [
  [/^Pause broken/, 'pauseBroken'],
  [/^No positive contact on record/, 'contactNever'],
  [/^Positive contact overdue/, 'contactOverdue'],
  [/^Dossier never reviewed/, 'reviewNever'],
  [/^Dossier review overdue/, 'reviewOverdue'],
  [/^Positive contact due/, 'contactDueSoon'],
  [/^Dossier review due/, 'reviewDueSoon'],
  [/^Plan: /, 'planDue'],
  [/^New warning: an opponent/, 'strongOpponents'],
  [/^New warning: nobody in the decision group/, 'noDecisionMaker'],
  [/^New warning: no competitor profile/, 'noCompetitor'],
  [/^New warning: competitor profile out of date/, 'staleCompetitors'],
  [/^New warning: no recent contact with these divisions/, 'divisionsWithoutContact'],
  [/^No personal contact with/, 'pausing'],
];
const ORDER = KINDS.map(([, kind]) => kind);
const FLAGS: [string, string][] = [
  ['Strong opponent', 'strongOpponents'],
  ['No decision maker', 'noDecisionMaker'],
  ['No competitor profile', 'noCompetitor'],
  ['Competitor profile stale', 'staleCompetitors'],
  ['Divisions without contact', 'divisionsWithoutContact'],
];
const CONTACT: Record<string, string> = {
  Overdue: 'contactOverdue',
  'Due soon': 'contactDueSoon',
  'No positive contact': 'contactNever',
  Pausing: 'pausing',
  'Pause broken': 'pausing',
};

function kindOf(line: string): string {
  const found = KINDS.find(([pattern]) => pattern.test(line));
  if (!found) throw new Error(`A digest line of no known kind: ${line}`);
  return found[1];
}

function rowsOf(emu: Emulator, sheet: string): Record<string, unknown>[] {
  const [header, ...rows] = emu.spreadsheet.getSheetByName(sheet)!.getDataRange().getValues();
  return rows
    .filter((r) => r.some((c) => c !== ''))
    .map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

/**
 * What the rules say is due on `today`, by manager, as "KA-004 contactOverdue": the check's
 * own status cells of that day, each R5.2 breach of a pause still running or over for less
 * than two weeks (from Contacts), and Plan actions due within a week and not done or cancelled.
 */
function expectedByManager(emu: Emulator, today: number): Map<string, string[]> {
  const expected = new Map<string, string[]>();
  const managerOf = new Map<string, string>();
  const add = (id: string, kind: string) => {
    const manager = managerOf.get(id)!;
    expected.set(manager, [...(expected.get(manager) ?? []), `${id} ${kind}`]);
  };
  for (const [id, { values }] of accountRows(emu)) {
    managerOf.set(id, String(values['Manager (e-mail)']));
    const contact = CONTACT[String(values['Contact status'])];
    if (contact) add(id, contact);
    const next = values['Next review due'];
    if (next === '') add(id, 'reviewNever');
    else if (dayOf(next) < today) add(id, 'reviewOverdue');
    else if (dayOf(next) - today <= 14) add(id, 'reviewDueSoon');
    for (const [flag, kind] of FLAGS) if (String(values.Flags).includes(flag)) add(id, kind);
  }
  const contacts = rowsOf(emu, 'Contacts').map((c): Record<string, unknown> & { day: number } => ({
    ...c,
    day: dayOf(c.Date),
  }));
  for (const negative of contacts.filter((c) => c.Outcome === 'Negative' && c.day <= today)) {
    const until = negative.day + 14;
    const breach = contacts.some(
      (c) =>
        c['Account ID'] === negative['Account ID'] &&
        c.Personal === 'Yes' &&
        c.day > negative.day &&
        c.day < until &&
        c.day <= today,
    );
    if (breach && until + 14 > today) add(String(negative['Account ID']), 'pauseBroken');
  }
  for (const action of rowsOf(emu, 'Plan')) {
    const days = dayOf(action.Due) - today;
    if (days >= 0 && days < 7 && !['Done', 'Cancelled'].includes(String(action.Status)))
      add(String(action['Account ID']), 'planDue');
  }
  return expected;
}

describe('the manager’s morning digest on the demo portfolio', () => {
  const base = digestWorkbook();
  const loaded = base.snapshot();

  it.each([
    ['2026-11-26', 'the demo’s own day'],
    ['2026-11-30', 'four days on, the weekly digest’s Monday'],
    ['2026-12-05', 'nine days on, a pause over and new reviews due'],
  ])(
    'on %s (%s) lists exactly each manager’s due items, worst first, linked to their rows',
    (day) => {
      base.restore(loaded);
      base.clock.set(new Date(`${day}T09:00:00+02:00`));
      const today = dayOf(new Date(`${day}T00:00:00+02:00`));

      fireHourly(base);

      const accounts = accountRows(base);
      const expected = expectedByManager(base, today);
      const gid = base.spreadsheet.getSheetByName('Accounts')!.getSheetId();
      for (const manager of MANAGERS) {
        const [mail, ...more] = mailTo(base, manager);
        expect(more).toEqual([]);
        const items = textItems(mail);
        const kinds = items.map((item) => `${item.account} ${kindOf(item.lines[0])}`);
        expect([...kinds].sort()).toEqual([...(expected.get(manager) ?? [])].sort());
        const ranks = kinds.map((k) => ORDER.indexOf(k.split(' ')[1]));
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
        for (const item of items) {
          const row = accounts.get(item.account)!;
          expect(row.values['Manager (e-mail)']).toBe(manager);
          expect(row.values.Client).toBe(item.client);
          expect(item.link).toBe(
            `https://docs.google.com/spreadsheets/d/${base.spreadsheet.getId()}/edit#gid=${gid}&range=A${row.row}`,
          );
        }
      }
    },
  );

  it('says on the demo’s day what its scenarios hold: a contact overdue by 1 day, a review by 12, a broken pause', () => {
    base.restore(loaded);

    fireHourly(base);

    const ieva = textItems(mailTo(base, MANAGERS[0])[0]);
    const mantas = textItems(mailTo(base, MANAGERS[1])[0]);
    expect(ieva[0]).toEqual(
      expect.objectContaining({
        account: 'KA-004',
        lines: [
          'Positive contact overdue by 1 day; the last one was on 15 Nov.',
          expect.stringMatching(/^Last in contact: \S+/),
        ],
      }),
    );
    expect(ieva[1].lines[0]).toBe('Dossier review overdue by 12 days (it was due on 14 Nov).');
    expect(mantas[0].lines).toEqual([
      'Pause broken: a personal contact on 21 Nov, within two weeks of the negative contact of 18 Nov.',
    ]);
    expect(mantas.at(-1)?.lines).toEqual([
      'No personal contact with Northway Energy UAB until 5 Dec: urgent matters through a colleague.',
    ]);
    expect(mailTo(base, MANAGERS[0])[0].subject).toMatch(
      /^KAM: 1 contact overdue, 1 review overdue/,
    );
  });
});
