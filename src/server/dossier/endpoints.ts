// The sidebar's endpoints (google.script.run): one call loads an account's dossier, one call
// per save. Each re-checks everything it receives and answers in the workbook's language;
// nothing throws to the client. The row endpoints are in row-endpoints.ts.

import { pauseCovering, personalOf } from '../../core/contact-rules';
import { dayOfDate, isoOf } from '../../core/days';
import { fieldsFor } from '../../dossier/fields';
import type {
  LoadSectionPayload,
  LogContactPayload,
  MarkReviewedPayload,
  SaveDossierPayload,
} from '../../dossier/payloads';
import {
  type AccountPatch,
  type AccountsResult,
  type DossierState,
  LAZY_SECTIONS,
  type Result,
  type SaveResult,
  type SectionResult,
  type Values,
} from '../../dossier/types';
import {
  checkAccountId,
  checkBoolean,
  checkKey,
  checkNotAfterToday,
  checkOneOf,
  checkPayload,
  checkRequestId,
  checkReviewDay,
  checkValue,
  checkValues,
  fail,
  isBlankValue,
} from '../../dossier/validate';
import type { Platform } from '../platform/platform';
import { accountKey } from '../sheet/portfolio-read';
import { canOpen, currentViewer } from './access';
import { diffRow } from './diff';
import { accountRowsOf, readDossierTables, readForLoad, rowKeys } from './read';
import { respond, saved } from './respond';
import { loadedView, runSave, stale } from './save';
import { selectedAccountId, selectedRow } from './selected';
import { accountChoices, accountPatch, dossierState, sidebarView } from './state';

/**
 * kamLoadDossier(accountId | null): everything the sidebar shows, in one call, but the lazy
 * sections' rows (kamLoadSection) and, in a large workbook, the list of accounts
 * (kamListAccounts). Null opens the account of the selected row (or none, with the list to
 * pick from). An account the user may not open is refused (R3.5).
 */
export function loadDossier(platform: Platform, accountId: unknown): Result {
  const result = respond(platform, undefined, (workbook): DossierState => {
    const id = accountId === null || accountId === undefined ? null : checkAccountId(accountId);
    // A large workbook is read narrowly, for the one account asked for or selected.
    let selected: { id: string | undefined } | undefined;
    const { tables, listed } = readForLoad(workbook, (accounts) => {
      selected = { id: id ?? selectedAccountId(workbook, { accounts }) };
      return selected.id;
    });
    const viewer = currentViewer(workbook);
    const today = dayOfDate(platform.clock.now(), workbook.zone);
    const view = (rows: Parameters<typeof loadedView>[2]) =>
      sidebarView(loadedView(workbook, tables, rows, today));
    if (id === null) {
      // The selected row's account; a whole Decision group row (a person clicked on the map) opens that person.
      const picked = selectedRow(workbook, tables);
      const accountId = selected ? selected.id : picked.accountId;
      const state = dossierState(workbook, tables, viewer, accountId, today, view, listed);
      return picked.person && state.account
        ? { ...state, focus: { section: 'decisionGroup', key: picked.person } }
        : state;
    }
    const wanted = accountKey(id);
    const row = tables.accounts.rows.find((r) => accountKey(r.values.accountId) === wanted);
    if (!row) fail('ACCOUNT_NOT_FOUND', 'accountId');
    const state = dossierState(workbook, tables, viewer, id, today, view, listed);
    if (state.account === null) fail('NO_ACCESS', 'accountId');
    return state;
  });
  return result.ok ? { ok: true, state: result.value } : result;
}

/**
 * kamListAccounts(): the accounts the user may open (R3.5), for the picker of a large workbook,
 * whose load leaves the list out: Accounts is read whole, and nothing else of the dossier.
 */
export function listAccounts(platform: Platform): AccountsResult {
  const result = respond(platform, undefined, (workbook) =>
    accountChoices(readDossierTables(workbook, []), currentViewer(workbook)),
  );
  return result.ok ? { ok: true, accounts: result.value } : result;
}

/**
 * kamLoadSection({ accountId, section }): a lazy section's rows of one account (the plan,
 * R2.4; the whitespace, R4.1), fetched when the sidebar opens the section: Accounts and that
 * one sheet are read (narrowly in a large workbook), and the load's access rule holds (R3.5).
 */
export function loadSection(platform: Platform, payload: LoadSectionPayload): SectionResult {
  const result = respond(platform, undefined, (workbook): AccountPatch => {
    const p = checkPayload(payload, ['accountId', 'section']);
    const id = checkAccountId(p.accountId);
    const section = checkOneOf(p.section, LAZY_SECTIONS, 'section');
    const tables = readDossierTables(workbook, [section], () => id);
    const rows = accountRowsOf(tables, id) ?? fail('ACCOUNT_NOT_FOUND', 'accountId');
    if (!canOpen(currentViewer(workbook), rows.account)) fail('NO_ACCESS', 'accountId');
    return accountPatch(workbook, tables, rows);
  });
  return result.ok ? { ok: true, patch: result.value } : result;
}

/** kamSaveDossier({ accountId, key, values }): general information (R3.1) and our view (R3.2). */
export function saveDossier(platform: Platform, payload: SaveDossierPayload): SaveResult {
  return saved(platform, 'general', (workbook) => {
    const p = checkPayload(payload, ['accountId', 'key', 'values'], ['requestId']);
    const fields = fieldsFor(workbook.lang);
    const accountId = checkAccountId(p.accountId);
    const key = checkKey(p.key, 'key', true);
    const values = checkValues([...fields.general, ...fields.ourView], p.values, true);
    return runSave(workbook, {
      accountId,
      requestId: checkRequestId(p.requestId),
      sheets: ['dossier'],
      change: (ctx) => {
        const mine = ctx.rows.rows.dossier ?? [];
        const row = mine[0];
        const loaded = row === undefined ? '' : rowKeys(ctx.tables.dossier!, mine)[0];
        if (loaded !== key) stale(ctx, 'key');
        const { cells, history } = diffRow('dossier', row?.values, values);
        if (history.length === 0) return { history };
        return row
          ? {
              writes: [
                { sheet: 'dossier', changes: [{ rowNumber: row.rowNumber, values: cells }] },
              ],
              history,
            }
          : {
              appends: [{ sheet: 'dossier', rows: [{ accountId: ctx.accountId, ...cells }] }],
              history,
            };
      },
    });
  });
}

/**
 * kamLogContact({ accountId, values, confirmPause }) (R5): appends a contact. "Personal" is
 * stored as the user chose it (Yes or No) or left blank, so that it stays derived (the R5
 * Decision "who says personal"); a contact that is personal by `personalOf` inside a pause
 * (R5.2) is refused unless `confirmPause`.
 */
export function logContact(platform: Platform, payload: LogContactPayload): SaveResult {
  return saved(platform, 'contacts', (workbook) => {
    const p = checkPayload(payload, ['accountId', 'values', 'confirmPause'], ['requestId']);
    const accountId = checkAccountId(p.accountId);
    const values = checkValues(fieldsFor(workbook.lang).contacts, p.values, false);
    const confirmPause = checkBoolean(p.confirmPause, 'confirmPause');
    return runSave(workbook, {
      accountId,
      requestId: checkRequestId(p.requestId),
      sheets: ['contacts'],
      change: (ctx) => {
        checkNotAfterToday(String(values.date), isoOf(ctx.today), 'values.date');
        const manager = String(ctx.rows.account.values.manager ?? '');
        const personal = personalOf(
          {
            personal: typeof values.personal === 'boolean' ? values.personal : undefined,
            channel: String(values.channel ?? ''),
            ourPerson: String(values.ourPerson ?? ''),
          },
          manager,
        );
        const negatives = (ctx.rows.rows.contacts ?? []).flatMap((c) =>
          c.values.outcome === 'negative' && c.values.date !== undefined
            ? [isoOf(c.values.date)]
            : [],
        );
        const pause = pauseCovering(negatives, String(values.date), workbook.settings.pauseDays);
        if (personal && pause && !confirmPause) fail('PAUSE', 'confirmPause');
        const blankless = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null));
        const { cells, history } = diffRow('contacts', undefined, blankless);
        return {
          appends: [{ sheet: 'contacts', rows: [{ accountId: ctx.accountId, ...cells }] }],
          history,
        };
      },
    });
  });
}

/**
 * kamMarkReviewed({ accountId, note, date? }) (R3.6): appends a review by the user on `date`
 * (today when left out; never after today, nor before the last review on record), with what
 * changed (required: a review that says nothing is no review).
 */
export function markReviewed(platform: Platform, payload: MarkReviewedPayload): SaveResult {
  return saved(platform, 'review', (workbook) => {
    const p = checkPayload(payload, ['accountId', 'note'], ['date', 'requestId']);
    const accountId = checkAccountId(p.accountId);
    const field = fieldsFor(workbook.lang).review.find((f) => f.key === 'changes')!;
    const note = checkValue(field, p.note, 'note');
    if (isBlankValue(note)) fail('REQUIRED', 'note');
    return runSave(workbook, {
      accountId,
      requestId: checkRequestId(p.requestId),
      sheets: ['reviews'],
      change: (ctx) => {
        const reviews = ctx.rows.rows.reviews ?? [];
        const days = reviews.flatMap((r) => (r.values.date === undefined ? [] : [r.values.date]));
        const last = days.length === 0 ? null : isoOf(Math.max(...days));
        const today = isoOf(ctx.today);
        const date = p.date === undefined ? today : checkReviewDay(p.date, today, last);
        const reviewer = ctx.who !== '' ? ctx.who : String(ctx.rows.account.values.manager ?? '');
        const values: Values = { date, reviewer, changes: note };
        const { cells, history } = diffRow('reviews', undefined, values);
        return {
          appends: [{ sheet: 'reviews', rows: [{ accountId: ctx.accountId, ...cells }] }],
          history,
        };
      },
    });
  });
}
