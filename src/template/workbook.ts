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
import type { SheetDef, SheetKey } from './types';

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
  historySheet,
];

export const SHEET_KEYS: readonly SheetKey[] = SHEETS.map((sheet) => sheet.key);

/** The header row is row 1; records start on row 2 (Settings rows too). */
export const HEADER_ROW = 1;
export const FIRST_DATA_ROW = 2;
