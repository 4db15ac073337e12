// Sheets' date serial numbers: days since 1899-12-30 00:00 in the SPREADSHEET's time zone
// (https://developers.google.com/sheets/api/guides/formats#about_date_time_values).
import { type ClockFields, clockFields, offsetAt, wallToInstant } from './time-zone';

const DAY = 86_400_000;
/** Days from 1899-12-30 to 1970-01-01. */
const EPOCH_OFFSET = 25_569;

/** Serial number of an instant, read on the wall clock of `timeZone`. */
export function instantToSerial(ms: number, timeZone: string): number {
  const local = ms + offsetAt(timeZone, ms);
  return local / DAY + EPOCH_OFFSET;
}

/** The instant at which the wall clock of `timeZone` shows the serial's day and time. */
export function serialToInstant(serial: number, timeZone: string): number {
  const local = Math.round((serial - EPOCH_OFFSET) * DAY);
  return wallToInstant(timeZone, local);
}

/** Wall-clock fields of a serial number (no time zone involved). */
export function serialFields(serial: number): ClockFields {
  return clockFields(Math.round((serial - EPOCH_OFFSET) * DAY));
}

/** Serial of a wall-clock date and time. */
export function fieldsToSerial(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): number {
  return Date.UTC(y, mo - 1, d, h, mi, s) / DAY + EPOCH_OFFSET;
}
