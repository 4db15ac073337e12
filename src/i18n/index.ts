// Picks the messages of a language from a spreadsheet locale such as "lt_LT" or "en_US".
import { en, type Messages } from './en';
import { lt } from './lt';

export type Lang = 'en' | 'lt';
export type { Messages };

/** The add-on's language for a spreadsheet locale: Lithuanian for "lt…", English otherwise. */
export function langOfLocale(locale: string | null | undefined): Lang {
  return typeof locale === 'string' && /^lt(\b|_|-)/i.test(locale) ? 'lt' : 'en';
}

export function messagesFor(lang: Lang): Messages {
  return lang === 'lt' ? lt : en;
}
