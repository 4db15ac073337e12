// The demo's output and options: plain rows per sheet, keyed by the template's column keys.
import type { SheetKey } from '../../src/template';

/**
 * One cell of a demo row, language-neutral: dates as ISO "YYYY-MM-DD" text; money, numbers
 * and percentages as numbers (a share as a fraction); a choice as its key ("decisionMaker");
 * a multi-choice as keys joined by ", " ("prospective, expert"); yes/no as a boolean. A blank
 * cell is a missing key. Computed columns are left out: the add-on fills them.
 */
export type DemoValue = string | number | boolean;
export type DemoRow = Readonly<Record<string, DemoValue>>;

/** Rows per sheet. Settings rows are `{ setting: SettingKey, value }`; History is empty (the add-on writes it). */
export type DemoData = Record<SheetKey, DemoRow[]>;

export interface DemoOptions {
  /** Seed of the generator; the same seed gives the same data. Default 20261126. */
  seed?: number;
  /** The last day of the six months of contacts, ISO. Default "2026-11-26". */
  today?: string;
  /** Makes KA-001 a mono-client (R1.3, > 50 % of revenue); the other accounts' shares shrink. */
  monoClient?: boolean;
  /** Bigger portfolios for benchmarks; the eight scenario accounts stay first. */
  scale?: DemoScale;
}

export interface DemoScale {
  /** Key accounts; at least 8. Default 8. */
  accounts?: number;
  /** Contacts in total over six months. Default about 40 per account. */
  contacts?: number;
  /** Clients on the Revenue sheet; at least the accounts. Default max(40, accounts + 32). */
  clients?: number;
}
