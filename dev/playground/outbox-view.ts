// The playground's Outbox: every e-mail the add-on sent through MailApp, newest first, and one
// e-mail's HTML served for a sandboxed frame (no script runs, nothing loads from elsewhere).
import type { Emulator, SentMail } from '../emulator';

export interface OutboxEntry {
  id: number;
  /** When it was sent, in the spreadsheet's zone: "2026-11-26 09:00". */
  at: string;
  from: string;
  name: string;
  to: string[];
  subject: string;
  /** The plain-text alternative. */
  text: string;
  html: boolean;
}

function shownAt(ms: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(ms));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

/** The outbox, newest first. */
export function outboxView(emu: Emulator): OutboxEntry[] {
  const timeZone = emu.spreadsheet.getSpreadsheetTimeZone();
  return emu.outbox
    .map((m: SentMail) => ({
      id: m.id,
      at: shownAt(m.at, timeZone),
      from: m.from,
      name: m.name ?? '',
      to: [...m.to, ...m.cc],
      subject: m.subject,
      text: m.body,
      html: m.htmlBody !== undefined,
    }))
    .reverse();
}

/**
 * Headers for an e-mail's HTML: a sandbox with no scripts, forms or plugins, and no request to
 * anywhere (inline styles only), as a careful mail program shows a message.
 */
export const MAIL_HEADERS = {
  'content-security-policy':
    "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'",
  'x-content-type-options': 'nosniff',
} as const;

/** One e-mail's HTML (or its text, escaped, when it has none). */
export function mailHtml(emu: Emulator, id: number): string | undefined {
  const mail = emu.outbox.find((m) => m.id === id);
  if (!mail) return undefined;
  if (mail.htmlBody !== undefined) return mail.htmlBody;
  const escaped = mail.body.replace(
    /[&<>]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c] ?? c,
  );
  return `<!doctype html><meta charset="utf-8"><pre style="white-space:pre-wrap">${escaped}</pre>`;
}
