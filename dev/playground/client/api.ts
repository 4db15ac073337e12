// The page's calls to the playground server, typed from the server's own modules.
import type { OutboxEntry } from '../outbox-view';
import type { ActionReport } from '../session';
import type { SheetView } from '../sheet-view';
import type { WorkbookView } from '../workbook-view';

export type { ActionReport, OutboxEntry, SheetView, WorkbookView };

async function answer<T>(response: Response): Promise<T> {
  const body = (await response.json()) as T & { ok?: boolean; error?: string };
  if (!response.ok) throw new Error(body.error ?? `HTTP ${response.status}`);
  return body;
}

export async function getWorkbook(): Promise<WorkbookView> {
  return answer(await fetch('/api/workbook'));
}

export async function getOutbox(): Promise<OutboxEntry[]> {
  return answer(await fetch('/api/outbox'));
}

export async function getSheet(name: string, offset: number, limit: number): Promise<SheetView> {
  const query = new URLSearchParams({ name, offset: String(offset), limit: String(limit) });
  return answer(await fetch(`/api/sheet?${query}`));
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * POST /api/<action>, one at a time in the order asked (a selection reaches the server before
 * the menu click that follows it); an HTTP failure comes back as a failed report, never thrown.
 */
export function post(action: string, body: object = {}): Promise<ActionReport> {
  const next = queue.then(() => send(action, body));
  queue = next;
  return next;
}

async function send(action: string, body: object): Promise<ActionReport> {
  try {
    const response = await fetch(`/api/${action}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const report = (await response.json()) as Partial<ActionReport>;
    return { alerts: [], toasts: [], shown: [], ok: response.ok, ...report };
  } catch (error) {
    return { ok: false, error: String(error), alerts: [], toasts: [], shown: [] };
  }
}
