// Installable triggers: the Trigger class and the builders behind ScriptApp.newTrigger(), with
// Google's limits (https://developers.google.com/workspace/add-ons/concepts/editor-triggers).

import type { Emulates } from './emulates';
import { type EnumValue, EventType, enumName, TriggerSource } from './enums';
import { EmuObject, type Env } from './env';
import type { EmuSpreadsheet } from './spreadsheet';
import type { TriggerState } from './state';

export class EmuTrigger
  extends EmuObject
  implements
    Emulates<
      GoogleAppsScript.Script.Trigger,
      | 'getHandlerFunction'
      | 'getUniqueId'
      | 'getEventType'
      | 'getTriggerSource'
      | 'getTriggerSourceId'
    >
{
  readonly _class = 'Trigger';

  constructor(
    env: Env,
    readonly _st: TriggerState,
  ) {
    super(env);
  }

  getHandlerFunction(): string {
    return this._st.handler;
  }
  getUniqueId(): string {
    return this._st.id;
  }
  getEventType(): EnumValue {
    return EventType[this._st.eventType];
  }
  getTriggerSource(): EnumValue {
    return TriggerSource[this._st.source];
  }
  /** The spreadsheet's id; null for time-driven triggers (typed string by Google). */
  getTriggerSourceId(): string {
    return this._st.sourceId as string;
  }
}

/**
 * create() enforces 20 triggers per user per script and, for add-ons, one trigger of each event
 * type per user per document; add-on time-driven triggers run at most hourly (everyMinutes).
 */
abstract class Builder extends EmuObject {
  constructor(
    env: Env,
    readonly _st: TriggerState,
  ) {
    super(env);
  }

  create(): EmuTrigger {
    const env = this._env;
    const mine = env.state.triggers.filter((t) => t.user === env.user);
    if (mine.length >= 20) {
      env.fail(
        'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
      );
    }
    if (
      env.options.asAddon &&
      mine.some((t) => t.documentId === this._st.documentId && t.eventType === this._st.eventType)
    ) {
      env.fail(
        `Add-ons can only create one trigger of each type, per user, per document: a ${this._st.eventType} trigger already exists.`,
      );
    }
    const st = { ...this._st, id: String(1_000_000_000 + env.nextSeq() * 7_919) };
    env.state.triggers.push(st);
    return new EmuTrigger(env, st);
  }
}

const HOURS = [1, 2, 4, 6, 8, 12];

export class EmuClockTriggerBuilder
  extends Builder
  implements
    Emulates<
      GoogleAppsScript.Script.ClockTriggerBuilder,
      | 'everyMinutes'
      | 'everyHours'
      | 'everyDays'
      | 'everyWeeks'
      | 'atHour'
      | 'nearMinute'
      | 'onWeekDay'
      | 'inTimezone'
      | 'create'
    >
{
  readonly _class = 'ClockTriggerBuilder';

  /** Add-on time-driven triggers may run at most once an hour. */
  everyMinutes(n: number): this {
    if (this._env.options.asAddon) {
      this._env.fail(
        'Add-on time-driven triggers cannot run more often than once an hour (everyMinutes).',
      );
    }
    if (![1, 5, 10, 15, 30].includes(n)) this._env.fail('Invalid argument: minutes');
    this._st.schedule.everyMinutes = n;
    return this;
  }
  everyHours(n: number): this {
    if (!HOURS.includes(n)) this._env.fail('Invalid argument: hours');
    this._st.schedule.everyHours = n;
    return this;
  }
  everyDays(n: number): this {
    this._st.schedule.everyDays = n;
    return this;
  }
  everyWeeks(n: number): this {
    this._st.schedule.everyWeeks = n;
    return this;
  }
  atHour(hour: number): this {
    if (!(hour >= 0 && hour <= 23)) this._env.fail('Invalid argument: hour');
    this._st.schedule.atHour = hour;
    return this;
  }
  nearMinute(minute: number): this {
    this._st.schedule.nearMinute = minute;
    return this;
  }
  onWeekDay(day: GoogleAppsScript.Base.Weekday): this {
    this._st.schedule.onWeekDay = enumName(day);
    return this;
  }
  inTimezone(timezone: string): this {
    this._st.schedule.timezone = timezone;
    return this;
  }
}

export class EmuSpreadsheetTriggerBuilder
  extends Builder
  implements
    Emulates<
      GoogleAppsScript.Script.SpreadsheetTriggerBuilder,
      'onOpen' | 'onEdit' | 'onChange' | 'onFormSubmit' | 'create'
    >
{
  readonly _class = 'SpreadsheetTriggerBuilder';

  private _on(type: TriggerState['eventType']): this {
    this._st.eventType = type;
    return this;
  }
  onOpen(): this {
    return this._on('ON_OPEN');
  }
  onEdit(): this {
    return this._on('ON_EDIT');
  }
  onChange(): this {
    return this._on('ON_CHANGE');
  }
  onFormSubmit(): this {
    return this._on('ON_FORM_SUBMIT');
  }
}

export class EmuTriggerBuilder
  extends EmuObject
  implements Emulates<GoogleAppsScript.Script.TriggerBuilder, 'timeBased' | 'forSpreadsheet'>
{
  readonly _class = 'TriggerBuilder';

  constructor(
    env: Env,
    readonly _handler: string,
  ) {
    super(env);
  }

  private _base(): TriggerState {
    const env = this._env;
    const doc = env.exec ? env.exec.boundId : env.state.activeSpreadsheetId;
    return {
      id: '',
      handler: this._handler,
      eventType: 'CLOCK',
      source: 'CLOCK',
      sourceId: null,
      documentId: doc,
      user: env.user,
      schedule: {},
    };
  }

  timeBased(): EmuClockTriggerBuilder {
    return new EmuClockTriggerBuilder(this._env, this._base());
  }

  forSpreadsheet(
    sheet: string | GoogleAppsScript.Spreadsheet.Spreadsheet,
  ): EmuSpreadsheetTriggerBuilder {
    const s = this._env.unwrap(sheet) as unknown;
    const id = typeof s === 'string' ? s : (s as EmuSpreadsheet)._st.id;
    return new EmuSpreadsheetTriggerBuilder(this._env, {
      ...this._base(),
      source: 'SPREADSHEETS',
      sourceId: id,
      documentId: id,
      eventType: 'ON_OPEN',
    });
  }
}
