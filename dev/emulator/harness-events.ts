// What users and Google do to the add-on, for tests: open the document (onOpen), edit cells
// (onEdit with the documented event object), click menu items, fire installable triggers, and
// call server functions through google.script.run.
import { cellA1 } from './a1';
import { type Block, writeCell } from './cells';
import { satisfies } from './data-validation';
import { spreadsheetFor } from './drive';
import { AuthMode, type AuthModeName } from './enums';
import type { Env } from './env';
import { isDateFormat } from './number-format';
import { nodeRealm } from './realm';
import type { Runtime } from './runtime';
import { IllegalValue, transferCopy } from './script-run';
import { layerGet, type SpreadsheetState, type Stored, type TriggerState } from './state';
import { wallClock } from './time-zone';
import { toNode } from './to-node';
import { EmuUser } from './user';
import { inputFromJs, parseUserInput } from './value-parse';

export type ChangeType =
  | 'EDIT'
  | 'INSERT_ROW'
  | 'INSERT_COLUMN'
  | 'REMOVE_ROW'
  | 'REMOVE_COLUMN'
  | 'INSERT_GRID'
  | 'REMOVE_GRID'
  | 'FORMAT'
  | 'OTHER';

export class Events {
  constructor(
    private readonly env: Env,
    private readonly runtime: Runtime,
    private readonly bound: () => SpreadsheetState,
  ) {}

  private has(fn: string): boolean {
    return this.runtime.functions.has(fn);
  }

  /** Fires onOpen(e) (NONE: only authMode in e), then installable on-open triggers in FULL. */
  open(authMode: AuthModeName, user: string): void {
    const ss = this.bound();
    if (this.has('onOpen')) {
      this.runtime.execute({ fnName: 'onOpen', authMode, user, boundId: ss.id }, (realm) => {
        const e: Record<string, unknown> = { authMode: AuthMode[authMode] };
        if (authMode !== 'NONE') {
          e.source = this.env.wrap(spreadsheetFor(this.env, ss));
          e.user = this.env.wrap(new EmuUser(this.env, ''));
        }
        return [realm.object(e)];
      });
    }
    this.fireInstallable(ss.id, 'ON_OPEN', () => ({}));
  }

  /**
   * A user's edit: Sheets parses what they type, refuses input a rejecting validation rule does
   * not allow and protected cells they may not edit, then fires onEdit(e) in LIMITED. e.value and
   * e.oldValue (strings) only for a single cell (https://developers.google.com/apps-script/guides/triggers/events#edit).
   */
  edit(sheetName: string, b: Block, values: unknown[][], user: string): void {
    const ss = this.bound();
    const view = spreadsheetFor(this.env, ss);
    const sheet = view.getSheetByName(sheetName) ?? this.env.fail(`No sheet named ${sheetName}`);
    const st = sheet._st;
    const single = b.nr === 1 && b.nc === 1;
    const old = single ? layerGet(st.values, b.r1, b.c1) : null;
    const year = wallClock(ss.timeZone, this.env.now()).year;
    const pseudo = { ...this.pseudoExecution(user, ss.id) };
    this.env.push(pseudo);
    try {
      const range = sheet._range(b.r1, b.c1, b.nr, b.nc);
      range._assertEditable();
      range._each((r, c, i, j) => {
        const v = values[i][j];
        const format = layerGet(st.formats, r, c);
        const input =
          typeof v === 'string' && format !== '@'
            ? parseUserInput(v, ss.locale, year)
            : inputFromJs(v, {
                locale: ss.locale,
                timeZone: ss.timeZone,
                year,
                format,
                isDateFormat,
              });
        const rule = layerGet(st.validations, r, c);
        if (
          rule &&
          !rule.allowInvalid &&
          input.kind === 'value' &&
          !satisfies(rule, input.value, view)
        ) {
          throw new Error(
            `There was a problem: The data you entered in cell ${cellA1(r, c)} violates the data validation rules set on this cell.`,
          );
        }
        writeCell(st, r, c, input);
      });
      range._changed();
    } finally {
      this.env.pop(pseudo);
    }
    this.env.hooks?.flush();
    const asText = (v: Stored): string | undefined =>
      v === null
        ? undefined
        : typeof v === 'object'
          ? v.e
          : typeof v === 'boolean'
            ? v
              ? 'TRUE'
              : 'FALSE'
            : String(v);
    const event = (realm: typeof nodeRealm, mode: AuthModeName): Record<string, unknown> => {
      const e: Record<string, unknown> = {
        authMode: AuthMode[mode],
        range: this.env.wrap(sheet._range(b.r1, b.c1, b.nr, b.nc)),
        source: this.env.wrap(view),
        user: this.env.wrap(new EmuUser(this.env, mode === 'FULL' ? user : '')),
      };
      if (single) {
        const now = asText(layerGet(st.values, b.r1, b.c1));
        if (now !== undefined) e.value = now;
        if (asText(old) !== undefined) e.oldValue = asText(old);
      }
      return realm.object(e);
    };
    if (this.has('onEdit')) {
      this.runtime.execute(
        { fnName: 'onEdit', authMode: 'LIMITED', user, boundId: ss.id },
        (realm) => [event(realm, 'LIMITED')],
      );
    }
    this.fireInstallable(ss.id, 'ON_EDIT', (realm) => event(realm, 'FULL'));
    this.change('EDIT', user);
  }

  /**
   * Fires installable on-change triggers in FULL with the documented change event (authMode,
   * changeType, source, triggerUid, user; no range): edits fire it with EDIT, row and column
   * insertions and deletions (which fire no onEdit) with INSERT_ROW… (EventType.ON_CHANGE:
   * https://developers.google.com/apps-script/reference/script/event-type; the change event:
   * https://developers.google.com/apps-script/guides/triggers/events#change).
   */
  change(changeType: ChangeType, user: string): void {
    const ss = this.bound();
    this.fireInstallable(ss.id, 'ON_CHANGE', () => ({
      changeType,
      source: this.env.wrap(spreadsheetFor(this.env, ss)),
      user: this.env.wrap(new EmuUser(this.env, user)),
    }));
  }

  pseudoExecution(user: string, boundId: string) {
    return {
      id: this.env.newExecutionId(),
      fnName: '(user edit)',
      authMode: 'FULL' as const,
      user,
      realm: nodeRealm,
      locks: new Set<string>(),
      hasUi: true,
      boundId,
      calls: 0,
      estimatedMs: 0,
    };
  }

  private fireInstallable(
    docId: string,
    type: TriggerState['eventType'],
    event: (realm: typeof nodeRealm) => Record<string, unknown>,
  ): void {
    for (const t of this.env.state.triggers.filter(
      (x) => x.sourceId === docId && x.eventType === type,
    )) {
      this.runtime.execute(
        { fnName: t.handler, authMode: 'FULL', user: t.user, boundId: docId },
        (realm) => {
          const e = event(realm);
          e.triggerUid = t.id;
          e.authMode = AuthMode.FULL;
          return [realm.object(e)];
        },
      );
    }
  }

  /** Runs a time-driven trigger's handler in FULL as its creator, with the documented event. */
  fireTimeTrigger(uniqueId: string): unknown {
    const t = this.env.state.triggers.find((x) => x.id === uniqueId);
    if (!t) throw new Error(`Emulator: no trigger ${uniqueId}`);
    const now = new Date(this.env.now());
    const result = this.runtime.execute(
      { fnName: t.handler, authMode: 'FULL', user: t.user, boundId: t.documentId, hasUi: false },
      (realm) => [
        realm.object({
          authMode: AuthMode.FULL,
          triggerUid: t.id,
          year: now.getUTCFullYear(),
          month: now.getUTCMonth() + 1,
          'day-of-month': now.getUTCDate(),
          'day-of-week': now.getUTCDay() || 7,
          hour: now.getUTCHours(),
          minute: now.getUTCMinutes(),
          second: now.getUTCSeconds(),
          timezone: 'UTC',
        }),
      ],
    );
    return toNode(result);
  }

  /**
   * google.script.run: refuses private names (ending in _) and illegal arguments, runs in FULL,
   * and returns what the client's success handler would receive.
   */
  scriptRun(fnName: string, args: unknown[], user: string): unknown {
    if (fnName.endsWith('_') || !this.has(fnName))
      throw new Error(`Script function not found: ${fnName}`);
    const copies = args.map((a, i) => {
      try {
        return transferCopy(a, String(i));
      } catch (e) {
        if (e instanceof IllegalValue) throw new Error(e.message);
        throw e;
      }
    });
    const result = this.runtime.execute(
      { fnName, authMode: 'FULL', user, boundId: this.bound().id },
      (realm) => copies.map((c) => realm.deep(c)),
    );
    try {
      return transferCopy(toNode(result));
    } catch (e) {
      if (!(e instanceof IllegalValue)) throw e;
      this.env.log.add(
        'emulator',
        `google.script.run: ${fnName} returned an illegal value (${e.message}); the client receives null`,
      );
      return null;
    }
  }
}
