// The demo workbook set for the e-mail digests (shared with its managers and supervisor,
// digests on, the daily check on), the hourly trigger, and the digests' text read back.
import { DEMO_MANAGERS, DEMO_SUPERVISOR } from '../../dev/demo';
import type { Emulator, SentMail } from '../../dev/emulator';
import type { Lang } from '../../src/template';
import { demoWorkbook } from './demo-workbook';

export const MANAGERS = DEMO_MANAGERS.map((m) => m.email);
export const SUPERVISOR = DEMO_SUPERVISOR.email;

/** A Settings value cell by its label (English or Lithuanian), set as a user types it. */
export function setSetting(emu: Emulator, label: string, value: string | number): void {
  const sheet = emu.spreadsheet
    .getSheets()
    .find((s) => s.getName() === 'Settings' || s.getName() === 'Nustatymai')!;
  const row =
    sheet
      .getDataRange()
      .getValues()
      .findIndex((r) => r[0] === label) + 1;
  if (row === 0) throw new Error(`No setting "${label}"`);
  emu.range(`'${sheet.getName()}'!B${row}`).setValue(value);
}

/**
 * The demo on `today` at `time` (Vilnius), shared with its three managers and their
 * supervisor, digests on (set through Settings as a user would), the daily check turned on.
 */
export function digestWorkbook(
  options: {
    today?: string;
    lang?: Lang;
    time?: string;
    share?: boolean;
    monoClient?: boolean;
  } = {},
): Emulator {
  const emu = demoWorkbook({
    today: options.today,
    lang: options.lang,
    monoClient: options.monoClient,
  });
  if (options.time)
    emu.clock.set(new Date(`${options.today ?? '2026-11-26'}T${options.time}+02:00`));
  if (options.share !== false) emu.spreadsheet.addEditors([...MANAGERS, SUPERVISOR]);
  setSetting(
    emu,
    options.lang === 'lt' ? 'El. pašto suvestinės' : 'E-mail digests',
    options.lang === 'lt' ? 'Įjungta' : 'On',
  );
  emu.openAddon();
  emu.clickMenu(options.lang === 'lt' ? 'Įjungti kasdienę patikrą' : 'Turn on daily check');
  return emu;
}

/** The hourly trigger of a document (the bound one by default), as Apps Script fires it. */
export function fireHourly(emu: Emulator, documentId = emu.spreadsheet.getId()): void {
  const state = JSON.parse(emu.snapshot()) as {
    triggers: { id: string; eventType: string; documentId: string | null }[];
  };
  const hourly = state.triggers.find((t) => t.eventType === 'CLOCK' && t.documentId === documentId);
  if (!hourly) throw new Error('The daily check is off');
  emu.fireTimeTrigger(hourly.id);
}

/** One line of a digest as its plain text shows it: the client, the account, its words, its link. */
export interface TextItem {
  client: string;
  account: string;
  lines: string[];
  link?: string;
}

/** The items of a digest's plain-text body, in the order the e-mail lists them. */
export function textItems(mail: SentMail): TextItem[] {
  const items: TextItem[] = [];
  for (const block of mail.body.split('\n\n')) {
    const [head, ...rest] = block.split('\n');
    const match = /^- (.*) \((.+)\)$/.exec(head ?? '');
    if (!match) continue;
    const lines = rest.map((l) => l.trim());
    const link = lines.find((l) => l.startsWith('https://'));
    items.push({
      client: match[1],
      account: match[2],
      lines: lines.filter((l) => l !== link),
      ...(link ? { link } : {}),
    });
  }
  return items;
}

/** The e-mails sent to one address. */
export function mailTo(emu: Emulator, email: string): SentMail[] {
  return emu.outbox.filter((m) => m.to.includes(email));
}

/** Every KAM log row by its columns: when, run by, result, message. */
export function logLines(emu: Emulator): string[][] {
  const sheet =
    emu.spreadsheet.getSheetByName('KAM log') ?? emu.spreadsheet.getSheetByName('KAM žurnalas');
  return (sheet?.getDataRange().getValues() ?? []).slice(1).map((r) => r.map(String));
}
