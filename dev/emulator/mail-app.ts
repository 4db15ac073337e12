// MailApp (https://developers.google.com/apps-script/reference/mail/mail-app): every e-mail a
// script sends lands in an outbox kept in the state, from the user the script runs as, and
// counts against that user's daily recipient quota.
import type { Emulates } from './emulates';
import { EmuObject, type Env } from './env';
import type { MailState, SentMail } from './state';

/**
 * Google's quotas page (https://developers.google.com/apps-script/guides/services/quotas):
 * "Email recipients per day" 100 for consumer accounts, 1,500 for Google Workspace accounts;
 * "Quotas are per user and reset 24 hours after the first request".
 */
export const MAIL_QUOTA = { consumer: 100, workspace: 1500 } as const;
const DAY_MS = 86_400_000;

/** Apps Script's words when the day's recipients are spent (the quotas page: an exception stops the script). */
export const QUOTA_EXCEEDED = 'Service invoked too many times for one day: email.';

type Message = GoogleAppsScript.Mail.MailAdvancedParameters & {
  to?: string;
  subject?: string;
};

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

/** The addresses of a comma-separated list ("a@x.lt, b@x.lt"), blanks dropped. */
function addresses(list: unknown): string[] {
  if (list === undefined || list === null) return [];
  return String(list)
    .split(',')
    .map((a) => a.trim())
    .filter((a) => a !== '');
}

export function mailState(env: Env): MailState {
  env.state.mail ??= { outbox: [], quota: {} };
  return env.state.mail;
}

export class EmuMailApp
  extends EmuObject
  implements Emulates<GoogleAppsScript.Mail.MailApp, 'getRemainingDailyQuota' | 'sendEmail'>
{
  readonly _class = 'MailApp';

  /** The user's quota: the option, else Google's figure for a consumer or Workspace account. */
  private _limit(): number {
    const { mailQuota, domain } = this._env.options;
    return mailQuota ?? (domain ? MAIL_QUOTA.workspace : MAIL_QUOTA.consumer);
  }

  /** The user's recipients counted so far in the 24 hours since their first request. */
  private _used(): number {
    const entry = mailState(this._env).quota[this._env.user];
    return entry && this._env.now() < entry.since + DAY_MS ? entry.used : 0;
  }

  getRemainingDailyQuota(): number {
    return Math.max(0, this._limit() - this._used());
  }

  sendEmail(
    recipientOrMessage: string | Message,
    subjectOrReplyTo?: string,
    bodyOrSubject?: string,
    optionsOrBody?: string | GoogleAppsScript.Mail.MailAdvancedParameters,
  ): void {
    const message = this._message(
      recipientOrMessage,
      subjectOrReplyTo,
      bodyOrSubject,
      optionsOrBody,
    );
    const to = addresses(message.to);
    const cc = addresses(message.cc);
    const bcc = addresses(message.bcc);
    const all = [...to, ...cc, ...bcc];
    if (all.length === 0) this._env.fail('Failed to send email: no recipient');
    const bad = [...all, ...addresses(message.replyTo)].find((a) => !EMAIL.test(a));
    if (bad !== undefined) this._env.fail(`Invalid email: ${bad}`);
    if (message.body === undefined && message.htmlBody === undefined)
      this._env.fail('Invalid argument: body');
    if (all.length > this.getRemainingDailyQuota()) this._env.fail(QUOTA_EXCEEDED);
    const state = mailState(this._env);
    const user = this._env.user;
    const now = this._env.now();
    const entry = state.quota[user];
    state.quota[user] =
      entry && now < entry.since + DAY_MS
        ? { since: entry.since, used: entry.used + all.length }
        : { since: now, used: all.length };
    const sent: SentMail = {
      id: state.outbox.length,
      at: now,
      from: user,
      to,
      cc,
      bcc,
      subject: String(message.subject ?? ''),
      body: String(message.body ?? ''),
      ...(message.htmlBody === undefined ? {} : { htmlBody: String(message.htmlBody) }),
      ...(message.name === undefined ? {} : { name: String(message.name) }),
      ...(message.replyTo === undefined ? {} : { replyTo: String(message.replyTo) }),
      ...(message.noReply === undefined ? {} : { noReply: message.noReply === true }),
    };
    state.outbox.push(sent);
  }

  /** The four overloads as one message object. */
  private _message(
    a: string | Message,
    b?: string,
    c?: string,
    d?: string | GoogleAppsScript.Mail.MailAdvancedParameters,
  ): Message {
    if (typeof a === 'object' && a !== null) return a;
    if (typeof d === 'string') return { to: a, replyTo: b, subject: c, body: d };
    return { ...(d ?? {}), to: a, subject: b, body: c };
  }
}
