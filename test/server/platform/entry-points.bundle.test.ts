// Bundle-level: Every entry point of the shipped dist/Code.js under the shipped manifest (issue 11): each menu
// item, trigger, sidebar endpoint and custom function runs on the demo workbook, and no call is
// refused for a scope appsscript.json does not declare.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_MANAGERS, DEMO_SUPERVISOR } from '../../../dev/demo/scenarios';
import type { Emulator } from '../../../dev/emulator';
import type { DossierState, Result } from '../../../src/dossier/types';
import { demoWorkbook } from '../../helpers/demo-workbook';

const manifest = JSON.parse(
  readFileSync(join(__dirname, '..', '..', '..', 'appsscript.json'), 'utf8'),
);
/** Apps Script's refusals for a missing scope: the built-in services' and the REST APIs'. */
const REFUSED =
  /You do not have permission to call|Specified permissions are not sufficient|insufficient authentication scopes/;

interface Trigger {
  id: string;
  handler: string;
  eventType: string;
}

const triggersOf = (emu: Emulator): Trigger[] => JSON.parse(emu.snapshot()).triggers;

describe('the shipped bundle under the shipped manifest', () => {
  const emu = demoWorkbook();
  /** Every text a refusal could surface in: thrown errors, alerts, results, the log, cells. */
  const seen: string[] = [];
  const attempt = (what: string, act: () => unknown) => {
    try {
      const result = act();
      if (result !== undefined) seen.push(`${what}: ${JSON.stringify(result)}`);
    } catch (e) {
      seen.push(`${what} threw: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  emu.spreadsheet.addEditors([...DEMO_MANAGERS.map((m) => m.email), DEMO_SUPERVISOR.email]);
  // Triggers: onOpen in each mode and onInstall (FULL), as Sheets runs them.
  attempt('onOpen NONE', () => emu.openAddon({ authMode: 'NONE' }));
  attempt('onOpen LIMITED', () => emu.openAddon());
  attempt('onInstall', () => emu.run('onInstall', [{}]));

  // Every menu item, in menu order; Team overview again once Split by manager has filled Portfolio.
  const menu = emu.menu();
  for (const item of menu) attempt(`menu ${item.caption}`, () => emu.clickMenu(item.caption));
  attempt('menu Team overview (after the split)', () => emu.clickMenu('Team overview'));
  // Check access on a workbook KAM created: link sharing through the Drive API.
  const portfolio = emu.spreadsheet.getSheetByName('Portfolio')?.getDataRange().getValues() ?? [];
  const splitId = String(portfolio[1]?.[3] ?? '').match(/\/d\/([\w-]+)/)?.[1] ?? '';
  const bound = emu.env.state.activeSpreadsheetId;
  emu.env.state.activeSpreadsheetId = splitId;
  attempt('Check access on a split workbook', () => emu.run('checkAccessFromMenu'));
  emu.env.state.activeSpreadsheetId = bound;

  // Installable triggers: the daily check's hourly run and its change trigger.
  attempt('menu Turn on daily check', () => emu.clickMenu('Turn on daily check'));
  const installed = triggersOf(emu);
  for (const t of installed.filter((t) => t.eventType === 'CLOCK'))
    attempt(`time trigger ${t.handler}`, () => emu.fireTimeTrigger(t.id));
  attempt('change trigger (a contact row deleted)', () => {
    const contacts = emu.spreadsheet.getSheetByName('Contacts')!;
    emu.deleteRows('Contacts', contacts.getLastRow(), 1);
  });
  // The simple onEdit trigger: one cell typed.
  attempt('onEdit', () => emu.edit('Dossier!B2', 'Typed by a manager'));
  // Items of the menu as rebuilt once the daily check is on: who runs it, the last run, off.
  const ranYet = (fn: string) => emu.executions.some((e) => e.fnName === fn);
  for (const item of emu.menu().filter((i) => !ranYet(i.functionName)))
    attempt(`menu ${item.caption}`, () => emu.clickMenu(item.caption));

  // The sidebar's endpoints.
  const loaded = emu.scriptRun('kamLoadDossier', 'KA-001') as Result;
  seen.push(`kamLoadDossier: ${JSON.stringify(loaded).slice(0, 200)}`);
  const account = loaded.ok ? (loaded.state as DossierState).account : null;
  const [first, second] = account?.people ?? [];
  const [latest, earlier] = account?.contacts ?? [];
  const results: Record<string, unknown> = {
    kamLoadSection: emu.scriptRun('kamLoadSection', { accountId: 'KA-001', section: 'plan' }),
    kamListAccounts: emu.scriptRun('kamListAccounts'),
    kamSaveDossier: emu.scriptRun('kamSaveDossier', {
      accountId: 'KA-001',
      key: account?.dossierKey,
      values: { description: 'Checked under the shipped scopes.' },
    }),
    kamSaveRow: emu.scriptRun('kamSaveRow', {
      accountId: 'KA-001',
      sheet: 'decisionGroup',
      key: second?.key,
      values: { position: 'CFO' },
    }),
    kamRemoveRow: emu.scriptRun('kamRemoveRow', {
      accountId: 'KA-001',
      sheet: 'decisionGroup',
      key: first?.key,
    }),
    kamLogContact: emu.scriptRun('kamLogContact', {
      accountId: 'KA-001',
      values: {
        date: '2026-11-25',
        ourPerson: 'manager@example.com',
        channel: 'email',
        outcome: 'positive',
      },
      confirmPause: false,
    }),
    kamSaveContact: emu.scriptRun('kamSaveContact', {
      accountId: 'KA-001',
      key: latest?.key,
      values: { summary: 'Checked under the shipped scopes.' },
      confirmPause: true,
      reason: 'A check of the shipped scopes.',
    }),
    kamRemoveContact: emu.scriptRun('kamRemoveContact', {
      accountId: 'KA-001',
      key: earlier?.key,
      reason: 'A check of the shipped scopes.',
    }),
    kamMarkReviewed: emu.scriptRun('kamMarkReviewed', {
      accountId: 'KA-001',
      note: 'Reviewed under the shipped scopes.',
    }),
    // The map and brief dialogs (issue 14): opened from the sidebar, then their data.
    kamOpenMap: emu.scriptRun('kamOpenMap', { accountId: 'KA-001', view: 'people' }),
    kamMapData: emu.scriptRun('kamMapData'),
    kamOpenBrief: emu.scriptRun('kamOpenBrief', { accountId: 'KA-001' }),
    kamBriefData: emu.scriptRun('kamBriefData'),
  };
  const reloaded = emu.scriptRun('kamLoadDossier', 'KA-001') as Result;
  const person = reloaded.ok ? reloaded.state.account?.people[0]?.key : undefined;
  results.kamOpenPerson = emu.scriptRun('kamOpenPerson', { accountId: 'KA-001', key: person });
  for (const [name, result] of Object.entries(results))
    seen.push(`${name}: ${JSON.stringify(result)}`);

  // Custom functions, as formulas recalculate them.
  const formulas: Record<string, string> = {
    KAM_TIER: '=KAM_TIER(120, 1000)',
    KAM_SHARE: '=KAM_SHARE(120, 1000)',
    KAM_HHI: '=KAM_HHI(0.5)',
    KAM_NEXT_REVIEW: '=KAM_NEXT_REVIEW(Reviews!A2)',
    KAM_NEXT_CONTACT: '=KAM_NEXT_CONTACT(Contacts!A2)',
    KAM_PAUSE_END: '=KAM_PAUSE_END(Contacts!A2)',
  };
  const cells = Object.keys(formulas).map((_name, i) => `Settings!Z${i + 1}`);
  Object.values(formulas).forEach((formula, i) => {
    attempt(`formula ${formula}`, () => emu.setFormula(cells[i], formula));
  });
  emu.recalc();
  const outcomes = cells.map((a1) => emu.inspect(a1));
  for (const [i, cell] of outcomes.entries()) seen.push(`${cells[i]}: ${JSON.stringify(cell)}`);
  seen.push(...emu.ui.alerts.map((a) => `alert: ${a.title ?? ''} ${a.prompt}`));
  seen.push(...emu.log.messages().map((m) => `log: ${m}`));

  it('runs under appsscript.json’s scopes, which dev/kam-emulator.ts applies by default', () => {
    expect(emu.env.options.scopes).toEqual(manifest.oauthScopes);
  });

  it('ran every entry point of the bundle', () => {
    const ran = new Set(emu.executions.map((e) => e.fnName));
    const missing = [...emu.runtime.functions].filter((name) => !ran.has(name));

    expect(missing).toEqual([]);
    expect(menu.map((i) => i.caption)).toEqual(
      expect.arrayContaining(['Split by manager', 'Team overview', 'Check access']),
    );
    expect(installed.map((t) => t.eventType).sort()).toEqual(['CLOCK', 'ON_CHANGE']);
  });

  it('was refused nothing: no thrown, alerted, logged or returned permission error', () => {
    expect(seen.filter((text) => REFUSED.test(text))).toEqual([]);
  });

  it('did the work, not just avoided refusals: the endpoints succeeded, the formulas computed', () => {
    expect(loaded.ok).toBe(true);
    for (const [name, result] of Object.entries(results))
      expect([name, (result as Result).ok]).toEqual([name, true]);
    for (const cell of outcomes) expect(cell.error).toBeNull();
    expect(splitId).not.toBe('');
    const overview = emu.spreadsheet.getSheetByName('KAM team overview');
    expect(overview?.getDataRange().getValues().length).toBeGreaterThan(10);
  });
});
