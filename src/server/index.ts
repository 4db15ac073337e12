// The only module that touches Apps Script's global scope: it builds the Platform of each
// execution and hands every room's entry points to it. The build turns each `global.X = …`
// into a top-level `function X(…)` stub, which is all Apps Script can call.
import { checkAccessFromMenu } from './access/check';
import { teamOverviewFromMenu } from './access/overview';
import { protectDossiersFromMenu } from './access/protect';
import { splitByManagerFromMenu } from './access/split';
import { onEdit } from './check/on-edit';
import { refreshDashboardFromMenu } from './dashboard/dashboard';
import { stopDigestsFromMenu } from './digest/menu';
import { showDossierSidebar } from './dossier/menu';
import { endpointsOf } from './endpoints';
import {
  kamHhi,
  kamNextContact,
  kamNextReview,
  kamPauseEnd,
  kamShare,
  kamTier,
} from './functions/custom-functions';
import { checkInstallation } from './install/check';
import { menuAction } from './menu/action';
import { onOpen, showAbout } from './menu/menu';
import { appsScriptPlatform as platform } from './platform/apps-script';
import type { Platform } from './platform/platform';
import { NEEDS } from './platform/scopes';
import { onChange, scheduledCheck } from './schedule/daily-run';
import {
  runChecksNow,
  showDailyCheck,
  showLastRun,
  turnOffDailyCheckFromMenu,
  turnOnDailyCheckFromMenu,
} from './schedule/menu';
import { setUpKamWorkbook } from './sheet/setup-menu';

declare const global: Record<string, unknown>;

/**
 * A menu item's function: first the scopes it needs (Google asks again for a missing one),
 * then a failure becomes an alert and a line in the KAM log.
 */
const menu =
  (name: string, handler: (p: Platform) => void, scopes: readonly string[] = NEEDS.sheet) =>
  () =>
    menuAction(platform(), name, handler, scopes);

/** A handler, then the menu rebuilt, so it offers the action that now applies. */
const thenMenu = (handler: (p: Platform) => void) => (p: Platform) => {
  handler(p);
  onOpen(p);
};

// ---- Simple and installable triggers. ----
global.onOpen = (e: { authMode?: unknown }) => onOpen(platform(), e);
global.onInstall = (e: { authMode?: unknown }) => onOpen(platform(), e);
global.onEdit = (e: Parameters<typeof onEdit>[1]) => onEdit(platform(), e);
global.kamScheduledCheck = () => scheduledCheck(platform());
global.kamOnChange = (e: { changeType?: string }) => onChange(platform(), e);

// ---- Menu items, each registered by its room's menu (src/server/menu/menu.ts). ----
global.showDossierSidebar = menu('showDossierSidebar', showDossierSidebar, NEEDS.sidebar);
global.setUpKamWorkbook = menu('setUpKamWorkbook', setUpKamWorkbook);
global.runChecksNow = menu('runChecksNow', runChecksNow);
global.refreshDashboardFromMenu = menu('refreshDashboardFromMenu', refreshDashboardFromMenu);
global.turnOnDailyCheckFromMenu = menu(
  'turnOnDailyCheckFromMenu',
  thenMenu(turnOnDailyCheckFromMenu),
  NEEDS.triggers,
);
global.turnOffDailyCheckFromMenu = menu(
  'turnOffDailyCheckFromMenu',
  thenMenu(turnOffDailyCheckFromMenu),
  NEEDS.triggers,
);
global.showDailyCheck = menu('showDailyCheck', showDailyCheck, NEEDS.triggers);
global.showLastRun = menu('showLastRun', showLastRun);
global.stopDigestsFromMenu = menu('stopDigestsFromMenu', stopDigestsFromMenu, NEEDS.recipient);
global.checkAccessFromMenu = menu('checkAccessFromMenu', checkAccessFromMenu, NEEDS.drive);
global.protectDossiersFromMenu = menu(
  'protectDossiersFromMenu',
  protectDossiersFromMenu,
  NEEDS.protect,
);
global.splitByManagerFromMenu = menu('splitByManagerFromMenu', splitByManagerFromMenu, NEEDS.drive);
global.teamOverviewFromMenu = menu('teamOverviewFromMenu', teamOverviewFromMenu);
// It reports missing scopes itself, so it asks for none.
global.checkInstallation = menu('checkInstallation', checkInstallation, []);
global.showAbout = menu('showAbout', showAbout);

// ---- The sidebar's endpoints (src/server/endpoints.ts): each answers { ok, … } and never throws. ----
const endpoints = endpointsOf(platform);
global.kamLoadDossier = endpoints.kamLoadDossier;
global.kamLoadSection = endpoints.kamLoadSection;
global.kamListAccounts = endpoints.kamListAccounts;
global.kamSaveDossier = endpoints.kamSaveDossier;
global.kamSaveRow = endpoints.kamSaveRow;
global.kamRemoveRow = endpoints.kamRemoveRow;
global.kamLogContact = endpoints.kamLogContact;
global.kamSaveContact = endpoints.kamSaveContact;
global.kamRemoveContact = endpoints.kamRemoveContact;
global.kamMarkReviewed = endpoints.kamMarkReviewed;
global.kamOpenMap = endpoints.kamOpenMap;
global.kamOpenBrief = endpoints.kamOpenBrief;
global.kamMapData = endpoints.kamMapData;
global.kamBriefData = endpoints.kamBriefData;
global.kamOpenPerson = endpoints.kamOpenPerson;

// ---- Custom functions: read-only, no authorisation (src/server/functions). ----
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
) => kamTier(platform(), revenue, total, key, critical, mono);

/**
 * @preserve
 * Share of total revenue (rule R1.1), as a fraction to format as a percentage.
 * Give a whole column to fill it with one formula: =KAM_SHARE(C2:C41).
 * @param {number} revenue A client's revenue, or a range of revenues.
 * @param {number} total Optional. Total revenue; left out, the sum of the range.
 * @return The share of each revenue.
 * @customfunction
 */
global.KAM_SHARE = (revenue: unknown, total?: unknown) => kamShare(platform(), revenue, total);

/**
 * @preserve
 * Herfindahl-Hirschman index of revenue concentration (rules R1.2-R1.3), 0 to 10,000:
 * the sum of squared percentage shares. Shares of 50 %, 30 % and 20 % give 3,800.
 * @param {number} revenues A range of revenues (or of shares).
 * @return The index for the whole range.
 * @customfunction
 */
global.KAM_HHI = (revenues: unknown) => kamHhi(platform(), revenues);

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
  kamNextReview(platform(), last_review, months);

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
) => kamNextContact(platform(), last_positive, last_negative, contact_days, pause_days);

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
  kamPauseEnd(platform(), last_negative, pause_days);
