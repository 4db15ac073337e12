// The map and brief dialogs (R3.3, R4.1, R4.3, R5, R6.2): the sidebar asks to open one (one
// call: the account is kept for this user in the document cache, the modal dialog is shown),
// the dialog asks for its data once it shows (one call); a person clicked on the map is kept
// the same way and the sidebar is opened again on them.
import { checkAccount } from '../../core/account-check';
import { dayOfDate } from '../../core/days';
import { fieldsFor } from '../../dossier/fields';
import type {
  BriefResult,
  MapResult,
  OpenMapPayload,
  OpenPersonPayload,
  OpenResult,
} from '../../dossier/map-types';
import { checkAccountId, checkKey, checkOneOf, checkPayload, fail } from '../../dossier/validate';
import { messagesFor } from '../../i18n';
import { canOpen, currentViewer } from '../dossier/access';
import {
  type AccountRows,
  accountRowsOf,
  type DossierTables,
  readDossierTables,
  recordOf,
  rowByKey,
} from '../dossier/read';
import { respond } from '../dossier/respond';
import { loadedView } from '../dossier/save';
import { fullView } from '../dossier/state';
import type { Platform } from '../platform/platform';
import type { Workbook } from '../sheet/workbook';
import { changesSince } from './brief-data';
import { keep, kept } from './kept';
import { mapDataOf } from './map-data';

/**
 * The dialogs' sizes in pixels, through HtmlOutput.setWidth/setHeight ("Sets the initial width
 * of a custom dialog"; https://developers.google.com/apps-script/reference/html/html-output):
 * Google documents no maximum, and Sheets shows the dialog inside the browser window, so these
 * fit a 1280 × 800 laptop screen and the pages lay themselves out for any size they get.
 */
export const DIALOG_SIZES = {
  Map: { width: 1200, height: 760 },
  Brief: { width: 900, height: 760 },
} as const;

/** The account's rows, refused unless the viewer may open it (R3.5). */
function openable(workbook: Workbook, tables: DossierTables, id: string): AccountRows {
  const rows = accountRowsOf(tables, id) ?? fail('ACCOUNT_NOT_FOUND', 'accountId');
  if (!canOpen(currentViewer(workbook), rows.account)) fail('NO_ACCESS', 'accountId');
  return rows;
}

function opened(result: { ok: true; value: unknown } | { ok: false }): OpenResult {
  return result.ok ? { ok: true } : (result as OpenResult);
}

/** kamOpenMap({ accountId, view }): the relationship map or the whitespace map, in a modal dialog. */
export function openMap(platform: Platform, payload: OpenMapPayload): OpenResult {
  return opened(
    respond(platform, undefined, (workbook) => {
      const p = checkPayload(payload, ['accountId', 'view']);
      const accountId = checkAccountId(p.accountId);
      const view = checkOneOf(p.view, ['people', 'whitespace'] as const, 'view');
      openable(workbook, readDossierTables(workbook, []), accountId);
      keep(platform, 'dialog', { accountId, view });
      const m = messagesFor(workbook.lang).maps;
      const { width, height } = DIALOG_SIZES.Map;
      platform.showDialog('Map', view === 'people' ? m.mapTitle : m.whitespaceTitle, width, height);
    }),
  );
}

/** kamOpenBrief({ accountId }): the printable account brief, in a modal dialog. */
export function openBrief(platform: Platform, payload: { accountId: string }): OpenResult {
  return opened(
    respond(platform, undefined, (workbook) => {
      const p = checkPayload(payload, ['accountId']);
      const accountId = checkAccountId(p.accountId);
      openable(workbook, readDossierTables(workbook, []), accountId);
      keep(platform, 'dialog', { accountId });
      const { width, height } = DIALOG_SIZES.Brief;
      platform.showDialog('Brief', messagesFor(workbook.lang).maps.briefTitle, width, height);
    }),
  );
}

/** Everything the dialogs show of the kept account: every dossier sheet read once. */
function loadKept(platform: Platform, workbook: Workbook) {
  const target = kept(platform, 'dialog') ?? fail('ACCOUNT_NOT_FOUND', 'accountId');
  const tables = readDossierTables(workbook);
  const rows = openable(workbook, tables, target.accountId);
  const today = dayOfDate(platform.clock.now(), workbook.zone);
  const record = recordOf(workbook, tables, rows);
  const check = checkAccount(record.facts, today, workbook.settings);
  return {
    target,
    tables,
    rows,
    today,
    record,
    map: mapDataOf(workbook, tables, rows, today, check),
  };
}

/** kamMapData(): the map dialog's one call for its data. */
export function mapData(platform: Platform): MapResult {
  const result = respond(platform, undefined, (workbook) => {
    const { target, map } = loadKept(platform, workbook);
    return { map, view: target.view ?? 'people' };
  });
  return result.ok ? { ok: true, ...result.value } : result;
}

/** kamBriefData(): the brief's one call: the whole view, both maps, what changed since the review. */
export function briefData(platform: Platform): BriefResult {
  const result = respond(platform, undefined, (workbook) => {
    const { tables, rows, today, record, map } = loadKept(platform, workbook);
    const view = fullView(loadedView(workbook, tables, rows, today));
    const { changes, more } = changesSince(workbook, view.id, record.facts.lastReview);
    const tier = typeof rows.account.values.tier === 'string' ? rows.account.values.tier : '';
    return { map, view, fields: fieldsFor(workbook.lang), tier, changes, moreChanges: more };
  });
  return result.ok ? { ok: true, brief: result.value } : result;
}

/**
 * kamOpenPerson({ accountId, key }): a person clicked on the map. Their whole row of the
 * Decision group is selected (the user sees it) and the sidebar is shown again: its load opens
 * the selected row's account, and a whole Decision group row's person (R3.3).
 */
export function openPerson(platform: Platform, payload: OpenPersonPayload): OpenResult {
  return opened(
    respond(platform, 'decisionGroup', (workbook) => {
      const p = checkPayload(payload, ['accountId', 'key']);
      const accountId = checkAccountId(p.accountId);
      const key = checkKey(p.key);
      const tables = readDossierTables(workbook, ['decisionGroup']);
      const rows = openable(workbook, tables, accountId);
      const group = tables.decisionGroup!;
      const row =
        rowByKey(group, rows.rows.decisionGroup ?? [], key) ?? fail('ITEM_NOT_FOUND', 'key');
      group.source.rangeAt(row.rowNumber, 1, 1, Math.max(group.width, 2)).activate();
      platform.showSidebar('Sidebar', messagesFor(workbook.lang).sidebar.title);
    }),
  );
}
