// What the page's chrome shows around the grid: the sheet tabs, the add-on's menu, the clock,
// who the user is, whether the daily check is on, and the sidebar left open.
import type { MenuItemRecord } from '../emulator';
import { dayIn } from './actions';
import { DEMO_USERS } from './demo';
import type { Session } from './session';

export interface TabView {
  name: string;
  hidden: boolean;
  active: boolean;
}

export interface MenuView {
  title: string;
  items: MenuItemRecord[];
}

export interface WorkbookView {
  version: number;
  name: string;
  lang: string;
  user: string;
  users: readonly string[];
  clock: { day: string; time: string; timeZone: string };
  tabs: TabView[];
  menus: MenuView[];
  dailyCheckOn: boolean;
  /** How many e-mails the add-on has sent (the Outbox tab). */
  outbox: number;
  sidebar: { index: number; title: string } | null;
  stateFile: string;
}

export function workbookView(session: Session): WorkbookView {
  const { emu } = session;
  const ss = emu.spreadsheet;
  const timeZone = ss.getSpreadsheetTimeZone();
  const now = emu.clock.now();
  const active = ss.getActiveSheet().getName();
  const shown = session.sidebar === null ? undefined : emu.ui.shown[session.sidebar];
  return {
    version: session.version,
    name: ss.getName(),
    lang: session.lang,
    user: session.user,
    users: DEMO_USERS.includes(session.user) ? DEMO_USERS : [session.user, ...DEMO_USERS],
    clock: {
      day: dayIn(now, timeZone),
      time: new Intl.DateTimeFormat('en-GB', {
        timeZone,
        weekday: 'short',
        hour: '2-digit',
        minute: '2-digit',
      }).format(now),
      timeZone,
    },
    tabs: ss.getSheets().map((s) => ({
      name: s.getName(),
      hidden: s.isSheetHidden(),
      active: s.getName() === active,
    })),
    menus: emu.ui.menus.map((m) => ({ title: m.title, items: m.items })),
    dailyCheckOn: emu.env.state.triggers.some(
      (t) => t.eventType === 'CLOCK' && t.documentId === ss.getId(),
    ),
    outbox: emu.outbox.length,
    sidebar:
      shown && session.sidebar !== null ? { index: session.sidebar, title: shown.title } : null,
    stateFile: session.stateFile,
  };
}
