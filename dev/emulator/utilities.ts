// Utilities (formatDate, getUuid, formatString, sleep), Logger, and the `console` the bundle
// sees; both log into the emulator's log.
import { randomUUID } from 'node:crypto';
import { format as nodeFormat } from 'node:util';
import type { EmuLog, LogLevel } from './calls';
import type { Emulates } from './emulates';
import { EmuObject } from './env';
import { formatSimpleDate } from './simple-date-format';
import { assertTimeZone, offsetAt } from './time-zone';

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

/** Java-style String.format: %s, %d, %f with precision, %%. */
export function javaFormat(template: string, args: unknown[]): string {
  let k = 0;
  return template.replace(/%(\.\d+)?([sdf%])/g, (_m, prec: string | undefined, conv: string) => {
    if (conv === '%') return '%';
    const v = args[k++];
    if (conv === 'd') return String(Math.trunc(Number(v)));
    if (conv === 'f') return Number(v).toFixed(prec ? Number(prec.slice(1)) : 6);
    return String(v);
  });
}

/**
 * The quirk `formatDateDst: 'ignores'`: a fixed zone at the zone's standard offset that year
 * (the smaller of January's and July's), as an `Etc/GMT` zone when it is whole hours.
 */
function standardZone(timeZone: string, ms: number): string {
  const year = new Date(ms).getUTCFullYear();
  const minutes =
    Math.min(offsetAt(timeZone, Date.UTC(year, 0, 1)), offsetAt(timeZone, Date.UTC(year, 6, 1))) /
    60_000;
  if (minutes % 60 !== 0) return timeZone;
  const hours = minutes / 60;
  return hours === 0 ? 'Etc/GMT' : `Etc/GMT${hours > 0 ? '-' : '+'}${Math.abs(hours)}`;
}

export class EmuUtilities
  extends EmuObject
  implements
    Emulates<
      GoogleAppsScript.Utilities.Utilities,
      'formatDate' | 'getUuid' | 'formatString' | 'sleep'
    >
{
  readonly _class = 'Utilities';

  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    if (!isDate(date)) this._env.fail('Invalid argument: date');
    try {
      assertTimeZone(timeZone);
      const ms = Date.prototype.getTime.call(date);
      const zone =
        this._env.options.quirks.formatDateDst === 'ignores'
          ? standardZone(timeZone, ms)
          : timeZone;
      return formatSimpleDate(ms, zone, String(format));
    } catch (e) {
      return this._env.fail((e as Error).message);
    }
  }

  getUuid(): string {
    return randomUUID();
  }

  formatString(template: string, ...args: unknown[]): string {
    return javaFormat(String(template), args);
  }

  /** Advances the emulator clock (Google allows at most 5 minutes). */
  sleep(milliseconds: number): void {
    if (milliseconds > 300_000) this._env.fail('Invalid argument: milliseconds');
    this._env.state.now += Math.max(0, milliseconds);
  }
}

export class EmuLogger
  extends EmuObject
  implements Emulates<GoogleAppsScript.Base.Logger, 'log' | 'getLog' | 'clear'>
{
  readonly _class = 'Logger';
  private _lines: string[] = [];

  /** Logger.log(data) or Logger.log(format, values...) with %s-style placeholders. */
  log(data: unknown, ...values: unknown[]): this {
    const text =
      typeof data === 'string' && values.length ? javaFormat(data, values) : display(data);
    this._lines.push(text);
    this._env.log.add('Logger', text);
    return this;
  }

  getLog(): string {
    return this._lines.map((l) => `${l}\n`).join('');
  }

  clear(): void {
    this._lines = [];
  }
}

function display(v: unknown): string {
  if (typeof v === 'string') return v;
  if (isDate(v)) return String(v);
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

/** The bundle's `console`: log/info/warn/error into the emulator's log (not a counted service). */
export function makeConsole(
  log: EmuLog,
): Record<'log' | 'info' | 'warn' | 'error', (...a: unknown[]) => void> {
  const at =
    (level: LogLevel) =>
    (...args: unknown[]) => {
      log.add(
        level,
        typeof args[0] === 'string' ? nodeFormat(...args) : args.map(display).join(' '),
      );
    };
  return { log: at('log'), info: at('info'), warn: at('warn'), error: at('error') };
}
