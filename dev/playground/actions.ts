// What a user does in the playground, each as one action of the session: type in a cell,
// clear it, click a menu item, move the clock, run the daily check, call google.script.run.
import { LANGUAGE_CHOICES, type Lang, sheetDef } from '../../src/template';
import { cellA1, quoteSheetName } from '../emulator';
import { HttpError } from './http-util';
import type { ActionReport, Session } from './session';

/** A1 of a cell or block on a named sheet, rows and columns 1-based. Example: 'Revenue'!C42. */
export function a1Of(sheet: string, row: number, col: number, rows = 1, cols = 1): string {
  const from = cellA1(row - 1, col - 1);
  const to = cellA1(row + rows - 2, col + cols - 2);
  return `${quoteSheetName(sheet)}!${rows === 1 && cols === 1 ? from : `${from}:${to}`}`;
}

/** The day of an instant in a time zone, ISO. Example: 2026-11-25T23:30Z in Vilnius → 2026-11-26. */
export function dayIn(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(instant);
}

/** Typed text (or a checkbox's state) into one cell: Sheets parses it and onEdit fires. Empty text clears. */
export function editCell(
  session: Session,
  sheet: string,
  row: number,
  col: number,
  value: string | boolean,
): ActionReport {
  const a1 = a1Of(sheet, row, col);
  return session.act((emu) => (value === '' ? emu.clear(a1) : emu.edit(a1, value)));
}

/** Delete pressed on a block. */
export function clearBlock(
  session: Session,
  sheet: string,
  row: number,
  col: number,
  rows: number,
  cols: number,
): ActionReport {
  return session.act((emu) => emu.clear(a1Of(sheet, row, col, rows, cols)));
}

/** The user's selection moves (no save: it is saved with the next change). */
export function selectCell(session: Session, sheet: string, row: number, col: number): void {
  const target = session.emu.spreadsheet.getSheetByName(sheet);
  if (!target) throw new Error(`No sheet named ${sheet}`);
  target.activate();
  target.getRange(row, col).activate();
}

export function clickMenu(session: Session, functionName: string): ActionReport {
  return session.act((emu) => {
    const item = emu.menu().find((m) => m.functionName === functionName);
    if (!item) throw new Error(`The menu has no item running ${functionName}`);
    return emu.clickMenu(item.path.join(' › '));
  });
}

/** Moves the clock by whole days, or to a day (ISO) in the spreadsheet's zone, keeping the time of day. */
/** The furthest one clock move may go: ten years either way. */
export const MAX_CLOCK_STEP_DAYS = 3_660;

/**
 * Moves the clock by whole days, or to a day (2000–2099), at most ten years at a time: a step
 * such as 1e300 days would leave a state no date can be made of, saved for the next start.
 */
export function moveClock(session: Session, move: { days?: number; to?: string }): ActionReport {
  let days = move.days ?? 0;
  if (move.to !== undefined) {
    const day = /^(\d{4})-\d{2}-\d{2}$/.exec(move.to);
    if (!day || Number.isNaN(Date.parse(move.to)) || day[1] < '2000' || day[1] > '2099')
      throw new HttpError(400, `"to" must be a day between 2000-01-01 and 2099-12-31`);
    const today = dayIn(session.emu.clock.now(), session.emu.spreadsheet.getSpreadsheetTimeZone());
    days = Math.round((Date.parse(move.to) - Date.parse(today)) / 86_400_000);
  }
  if (!Number.isInteger(days) || Math.abs(days) > MAX_CLOCK_STEP_DAYS)
    throw new HttpError(400, `"days" must be a whole number of at most ${MAX_CLOCK_STEP_DAYS}`);
  return session.act((emu) => {
    emu.clock.advanceDays(days);
  });
}

/** The add-on's time trigger when the daily check is on, else its "Run checks now" item. */
export function runDailyCheck(session: Session): ActionReport {
  return session.act((emu) => {
    const trigger = emu.env.state.triggers.find(
      (t) => t.eventType === 'CLOCK' && t.documentId === emu.spreadsheet.getId(),
    );
    if (trigger) return { via: 'trigger', result: emu.fireTimeTrigger(trigger.id) };
    const item = emu.menu().find((m) => m.functionName === 'runChecksNow');
    if (!item) throw new Error('The menu has no "Run checks now" item');
    return { via: 'menu', result: emu.clickMenu(item.path.join(' › ')) };
  });
}

/** google.script.run.fn(...args) from the sidebar: the value its success handler receives. */
export function scriptRun(session: Session, fn: string, args: unknown[]): ActionReport {
  return session.act((emu) => emu.scriptRun(fn, ...args));
}

/**
 * The language switch, as a user makes it in Sheets: types the language into the Settings row
 * KAM's texts follow (onEdit fires) and sets the spreadsheet's locale (File › Settings, which
 * the add-on's menu follows); then the file is opened again, so the menu is rebuilt, and an
 * open sidebar is opened again. Every edit
 * stays; sheets keep the names set-up gave them (KAM finds them in either language), and
 * statuses already written change language with the next check.
 */
export function switchLanguage(session: Session, lang: Lang): ActionReport {
  return session.act((emu) => {
    const names = Object.values(sheetDef('settings').name);
    const sheet = names.map((n) => emu.spreadsheet.getSheetByName(n)).find((s) => s !== null);
    if (!sheet)
      throw new Error('This workbook has no Settings sheet: run Set up KAM workbook first');
    const labels = ['language', 'kalba'];
    const rows = sheet.getDataRange().getValues();
    const at = rows.findIndex((r) => labels.includes(String(r[0]).trim().toLowerCase()));
    const row = at >= 0 ? at + 1 : rows.length + 1;
    const choice = LANGUAGE_CHOICES.find((c) => c.key === lang)!;
    if (at < 0) emu.edit(a1Of(sheet.getName(), row, 1), lang === 'lt' ? 'Kalba' : 'Language');
    emu.edit(a1Of(sheet.getName(), row, 2), choice.label[lang]);
    emu.spreadsheet.setSpreadsheetLocale(lang === 'lt' ? 'lt_LT' : 'en_US');
    session.lang = lang;
    emu.openAddon();
    // An open sidebar is opened again, as the user would, so its title follows too.
    const dossier = emu.menu().find((m) => m.functionName === 'showDossierSidebar');
    if (session.sidebar !== null && dossier) emu.clickMenu(dossier.path.join(' › '));
  });
}

export function resetDemo(session: Session, lang: Lang): ActionReport {
  session.reset(lang);
  return { ok: true, alerts: [], toasts: [], shown: [] };
}

export function switchUser(session: Session, email: string): void {
  session.user = email;
  session.changed();
}
