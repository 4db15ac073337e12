// The playground's HTTP API: the page and its script, views of the workbook and of a sheet,
// the add-on's shown HTML, the outbox and each e-mail, the .xlsx, and one POST per user action.
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  clearBlock,
  clickMenu,
  editCell,
  moveClock,
  resetDemo,
  runDailyCheck,
  scriptRun,
  selectCell,
  switchLanguage,
  switchUser,
} from './actions';
import type { ClientBundle } from './client-bundle';
import {
  assertJson,
  assertLocal,
  HttpError,
  int,
  readJson,
  send,
  sendJson,
  text,
} from './http-util';
import { MAIL_HEADERS, mailHtml, outboxView } from './outbox-view';
import { pageHtml } from './page';
import type { Session } from './session';
import { sheetView } from './sheet-view';
import { paneHtml } from './shown-html';
import { workbookView } from './workbook-view';
import { workbookXlsx } from './xlsx-export';

type Body = Record<string, unknown>;

/** POST /api/<name>: each returns what the page needs next (a report, or nothing). */
const ACTIONS: Record<string, (session: Session, body: Body) => unknown> = {
  edit: (s, b) => {
    const value = typeof b.value === 'boolean' ? b.value : text(b, 'value');
    return editCell(s, text(b, 'sheet'), int(b, 'row'), int(b, 'col'), value);
  },
  clear: (s, b) =>
    clearBlock(s, text(b, 'sheet'), int(b, 'row'), int(b, 'col'), int(b, 'rows'), int(b, 'cols')),
  select: (s, b) => selectCell(s, text(b, 'sheet'), int(b, 'row'), int(b, 'col')),
  menu: (s, b) => clickMenu(s, text(b, 'functionName')),
  clock: (s, b) =>
    moveClock(s, {
      days: typeof b.days === 'number' ? b.days : undefined,
      to: typeof b.to === 'string' ? b.to : undefined,
    }),
  'daily-check': (s) => runDailyCheck(s),
  run: (s, b) => {
    if (!Array.isArray(b.args)) throw new HttpError(400, '"args" must be a list');
    return scriptRun(s, text(b, 'fn'), b.args);
  },
  reset: (s, b) => resetDemo(s, b.lang === 'lt' ? 'lt' : 'en'),
  lang: (s, b) => switchLanguage(s, b.lang === 'lt' ? 'lt' : 'en'),
  user: (s, b) => switchUser(s, text(b, 'email')),
  'close-sidebar': (s) => {
    s.sidebar = null;
  },
};

async function get(session: Session, bundle: ClientBundle, url: URL, response: ServerResponse) {
  const path = url.pathname;
  if (path === '/') return send(response, 200, 'text/html; charset=utf-8', pageHtml());
  if (path === '/app.js') return send(response, 200, 'text/javascript; charset=utf-8', bundle.js);
  if (path === '/app.css') return send(response, 200, 'text/css; charset=utf-8', bundle.css);
  if (path === '/api/workbook') return sendJson(response, 200, workbookView(session));
  if (path === '/api/outbox') return sendJson(response, 200, outboxView(session.emu));
  const mail = /^\/mail\/(\d+)$/.exec(path);
  if (mail) {
    const html = mailHtml(session.emu, Number(mail[1]));
    if (html === undefined) throw new HttpError(404, 'No such e-mail');
    return send(response, 200, 'text/html; charset=utf-8', html, { ...MAIL_HEADERS });
  }
  if (path === '/api/sheet') {
    const name = url.searchParams.get('name') ?? session.emu.spreadsheet.getActiveSheet().getName();
    const offset = Number(url.searchParams.get('offset') ?? 0) || 0;
    const limit = Math.min(1000, Number(url.searchParams.get('limit') ?? 200) || 200);
    return sendJson(response, 200, sheetView(session.emu, name, offset, limit));
  }
  const html = /^\/html\/(\d+)$/.exec(path);
  if (html) {
    const shown = session.emu.ui.shown[Number(html[1])];
    if (!shown) throw new HttpError(404, 'No such sidebar or dialog');
    return send(response, 200, 'text/html; charset=utf-8', paneHtml(shown));
  }
  if (path === '/download.xlsx') {
    const name = `${session.emu.spreadsheet.getName().replace(/[^\w.-]+/g, '_')}.xlsx`;
    return send(
      response,
      200,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      await workbookXlsx(session.emu, session.lang),
      { 'content-disposition': `attachment; filename="${name}"` },
    );
  }
  throw new HttpError(404, `Nothing at ${path}`);
}

/** The request handler; every failure answers JSON { ok: false, error }. */
export function handler(current: () => Session | null, bundle: ClientBundle) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    try {
      const url = new URL(request.url ?? '/', 'http://localhost');
      assertLocal(request);
      const session = current();
      if (!session) throw new HttpError(503, 'The playground is starting');
      if (request.method === 'GET') return await get(session, bundle, url, response);
      const action = ACTIONS[url.pathname.replace(/^\/api\//, '')];
      if (request.method !== 'POST' || !url.pathname.startsWith('/api/') || !action)
        throw new HttpError(404, `Nothing at ${request.method} ${url.pathname}`);
      assertJson(request);
      const body = await readJson(request);
      const result = action(session, body);
      sendJson(response, 200, result ?? { ok: true });
    } catch (error) {
      const status = error instanceof HttpError ? error.status : 400;
      const message = error instanceof Error ? error.message : String(error);
      if (!response.headersSent) sendJson(response, status, { ok: false, error: message });
    }
  };
}
