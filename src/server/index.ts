// The only module that touches Apps Script's global scope: it hands the public functions to
// it. The build turns each `global.X = …` into a top-level `function X(…)` stub.

import { checkAccessFromMenu } from './access/check';
import { teamOverviewFromMenu } from './access/overview';
import { protectDossiersFromMenu } from './access/protect';
import { splitByManagerFromMenu } from './access/split';
import {
  refreshDashboardFromMenu,
  runChecksNow,
  showLastRun,
  turnOffDailyCheckFromMenu,
  turnOnDailyCheckFromMenu,
} from './check/menu';
import { onEdit } from './check/on-edit';
import { onChange, scheduledCheck } from './check/triggers';
import {
  loadDossier,
  logContact,
  markReviewed,
  removeRow,
  saveDossier,
  saveRow,
  showDossierSidebar,
} from './dossier/endpoints';
import {
  kamHhi,
  kamNextContact,
  kamNextReview,
  kamPauseEnd,
  kamShare,
  kamTier,
} from './functions/custom-functions';
import { onOpen, setUpKamWorkbook, showAbout } from './menu/menu';

declare const global: Record<string, unknown>;

global.onOpen = (e: GoogleAppsScript.Events.SheetsOnOpen) => onOpen(e);
global.onInstall = (e: GoogleAppsScript.Events.AddonOnInstall) =>
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
global.showAbout = () => showAbout();
global.setUpKamWorkbook = () => setUpKamWorkbook();
global.onEdit = (e: GoogleAppsScript.Events.SheetsOnEdit) => onEdit(e);
global.kamScheduledCheck = () => scheduledCheck();
global.kamOnChange = (e: { changeType?: string }) => onChange(e);
global.runChecksNow = () => runChecksNow();
global.refreshDashboardFromMenu = () => refreshDashboardFromMenu();
global.turnOnDailyCheckFromMenu = () => turnOnDailyCheckFromMenu();
global.turnOffDailyCheckFromMenu = () => turnOffDailyCheckFromMenu();
global.showLastRun = () => showLastRun();

// ---- R3.5 access (issue 7): check, protect, split by manager, team overview. ----
global.checkAccessFromMenu = () => checkAccessFromMenu();
global.protectDossiersFromMenu = () => protectDossiersFromMenu();
global.splitByManagerFromMenu = () => splitByManagerFromMenu();
global.teamOverviewFromMenu = () => teamOverviewFromMenu();

// ---- The dossier sidebar (issue 5): the menu item, then its google.script.run endpoints. ----
// Each takes one plain payload, re-checks all of it and answers { ok, state } or
// { ok: false, code, field, message } (src/server/dossier-types.ts).
global.showDossierSidebar = () => showDossierSidebar();
global.kamLoadDossier = (accountId: unknown) => loadDossier(accountId);
global.kamSaveDossier = (payload: unknown) => saveDossier(payload);
global.kamSaveRow = (payload: unknown) => saveRow(payload);
global.kamRemoveRow = (payload: unknown) => removeRow(payload);
global.kamLogContact = (payload: unknown) => logContact(payload);
global.kamMarkReviewed = (payload: unknown) => markReviewed(payload);
// ---- end of the dossier sidebar ----

/**
 * @preserve
 * Revenue tier of a client (rules R1.1-R1.3): Regular, Key (10 % of total revenue or more),
 * Critical (more than 20 %) or Mono-client (more than 50 %), in the spreadsheet's language.
 * Give a whole column to fill it with one formula: =KAM_TIER(C2:C41).
 * @param {number} revenue A client's revenue, or a range of revenues.
 * @param {number} total Optional. Total revenue; left out, the sum of the range.
 * @param {number} key Optional. Key threshold, default 10 %.
 * @param {number} critical Optional. Critical dependency threshold, default 20 %.
 * @param {number} mono Optional. Mono-client threshold, default 50 %.
 * @return The tier of each revenue.
 * @customfunction
 */
global.KAM_TIER = (
  revenue: unknown,
  total?: unknown,
  key?: unknown,
  critical?: unknown,
  mono?: unknown,
) => kamTier(revenue, total, key, critical, mono);

/**
 * @preserve
 * Share of total revenue (rule R1.1), as a fraction to format as a percentage.
 * Give a whole column to fill it with one formula: =KAM_SHARE(C2:C41).
 * @param {number} revenue A client's revenue, or a range of revenues.
 * @param {number} total Optional. Total revenue; left out, the sum of the range.
 * @return The share of each revenue.
 * @customfunction
 */
global.KAM_SHARE = (revenue: unknown, total?: unknown) => kamShare(revenue, total);

/**
 * @preserve
 * Herfindahl-Hirschman index of revenue concentration (rules R1.2-R1.3), 0 to 10,000:
 * the sum of squared percentage shares. Shares of 50 %, 30 % and 20 % give 3,800.
 * @param {number} revenues A range of revenues (or of shares).
 * @return The index for the whole range.
 * @customfunction
 */
global.KAM_HHI = (revenues: unknown) => kamHhi(revenues);

/**
 * @preserve
 * Day the next dossier review is due (rule R3.6: at least every 3 months), in calendar
 * months: 30 November gives 28 February.
 * @param {date} last_review The last review's date, or a range of them.
 * @param {number} months Optional. Months between reviews, default 3.
 * @return The due date of each review.
 * @customfunction
 */
global.KAM_NEXT_REVIEW = (last_review: unknown, months?: unknown) =>
  kamNextReview(last_review, months);

/**
 * @preserve
 * Day the next positive contact is due (rule R5.1: at least every 10 days), moved to the end
 * of the 14-day pause when a negative contact came after it (rule R5.2).
 * @param {date} last_positive The last positive contact's date, or a range of them.
 * @param {date} last_negative Optional. The last negative contact's date (cell or same-size range).
 * @param {number} contact_days Optional. Days between positive contacts, default 10.
 * @param {number} pause_days Optional. Days without personal contact after a negative one, default 14.
 * @return The due date of each next contact.
 * @customfunction
 */
global.KAM_NEXT_CONTACT = (
  last_positive: unknown,
  last_negative?: unknown,
  contact_days?: unknown,
  pause_days?: unknown,
) => kamNextContact(last_positive, last_negative, contact_days, pause_days);

/**
 * @preserve
 * First day personal contact is allowed again after a negative contact (rule R5.2: no
 * personal contact for 2 weeks).
 * @param {date} last_negative The negative contact's date, or a range of them.
 * @param {number} pause_days Optional. Length of the pause in days, default 14.
 * @return The end of each pause.
 * @customfunction
 */
global.KAM_PAUSE_END = (last_negative: unknown, pause_days?: unknown) =>
  kamPauseEnd(last_negative, pause_days);
