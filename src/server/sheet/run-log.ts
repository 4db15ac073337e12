// The Log sheet and the last run's result: add-on triggers send no failure e-mails, so every
// check run and every failure is written where the user can see it.
import type { Lang } from '../../i18n';
import { messagesFor } from '../../i18n';
import type { Properties } from '../platform/platform';
import type { Spreadsheet } from '../platform/sheets';
import { ownSheet } from './own-sheet';
import { appendRow, writeBlock } from './writer';

export type RunOutcome = 'ok' | 'partial' | 'failed';

export interface RunRecord {
  /** ISO date-time of the run's end. */
  at: string;
  trigger: string;
  outcome: RunOutcome;
  message: string;
  /**
   * A scheduled run that could not start: the scopes its owner no longer grants (short
   * names). A trigger cannot ask again, so the menu tells the owner to (schedule/menu.ts).
   */
  missingScopes?: string[];
}

export const LAST_RUN_KEY = 'kam.lastRun';

/**
 * Appends one row to the Log sheet (created on first use). A check's run is also remembered
 * as the last run, which the menu shows; other logged actions (`remember: false`) are not.
 */
export function logRun(
  properties: () => Properties,
  spreadsheet: Spreadsheet,
  lang: Lang,
  record: Omit<RunRecord, 'at'>,
  now: Date,
  remember = true,
): RunRecord {
  const m = messagesFor(lang).log;
  const full: RunRecord = { ...record, at: now.toISOString() };
  let sheet = ownSheet(spreadsheet, lang, (words) => words.log.sheet);
  if (!sheet) {
    sheet = spreadsheet.insertSheet(m.sheet);
    writeBlock(sheet.getRange(1, 1, 1, 4), [[m.when, m.trigger, m.outcome, m.message]], {
      weights: [['bold', 'bold', 'bold', 'bold']],
    });
    sheet.setFrozenRows(1);
    sheet.getRange('A:A').setNumberFormat('yyyy-mm-dd hh:mm:ss');
  }
  appendRow(sheet, [now, record.trigger, m.outcomes[record.outcome], record.message]);
  if (remember) properties().setProperty(LAST_RUN_KEY, JSON.stringify(full));
  return full;
}

/** The last run recorded in this document, if any (for the menu). */
export function lastRun(properties: Properties): RunRecord | undefined {
  return runOf(properties.getProperty(LAST_RUN_KEY));
}

/** A run record kept as a property's text, or undefined when absent or damaged. */
export function runOf(text: string | null | undefined): RunRecord | undefined {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as RunRecord;
  } catch {
    return undefined;
  }
}
