// The whole workbook: its sheets in tab order, each defined in ./sheets.
import { accountsSheet } from './sheets/accounts';
import { competitorsSheet } from './sheets/competitors';
import { contactsSheet } from './sheets/contacts';
import { decisionGroupSheet } from './sheets/decision-group';
import { dossierSheet } from './sheets/dossier';
import { historySheet } from './sheets/history';
import { planSheet } from './sheets/plan';
import { revenueSheet } from './sheets/revenue';
import { reviewsSheet } from './sheets/reviews';
import { settingsSheet } from './sheets/settings';
import { whitespaceSheet } from './sheets/whitespace';
import type { SheetDef } from './types';

/** Each sheet's definition by key, with its columns' literal types (for typed rows). */
export interface SheetDefs {
  settings: typeof settingsSheet;
  revenue: typeof revenueSheet;
  accounts: typeof accountsSheet;
  dossier: typeof dossierSheet;
  decisionGroup: typeof decisionGroupSheet;
  competitors: typeof competitorsSheet;
  contacts: typeof contactsSheet;
  reviews: typeof reviewsSheet;
  plan: typeof planSheet;
  whitespace: typeof whitespaceSheet;
  history: typeof historySheet;
}

/** Every sheet of a KAM workbook, in the order set-up creates them. */
export const SHEETS: readonly SheetDef[] = [
  settingsSheet,
  revenueSheet,
  accountsSheet,
  dossierSheet,
  decisionGroupSheet,
  competitorsSheet,
  contactsSheet,
  reviewsSheet,
  planSheet,
  whitespaceSheet,
  historySheet,
];

/** Records start on row 2, below the header row (Settings rows too). */
export const FIRST_DATA_ROW = 2;
