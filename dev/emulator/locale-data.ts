// Per-locale facts the emulator needs: number separators (from Intl), month and weekday names,
// and the date formats Sheets gives a cell when a date is entered without one.

export interface LocaleData {
  decimal: string;
  group: string;
  dateFormat: string;
  dateTimeFormat: string;
  monthsLong: string[];
  monthsShort: string[];
  daysLong: string[];
  daysShort: string[];
  /** Whether typed dates read day before month ("30/11/2026"). */
  dayFirst: boolean;
}

/**
 * Default formats of an entered date by spreadsheet locale. en_US's "M/d/yyyy" and
 * "M/d/yyyy H:mm:ss" are the defaults Sheets shows (Format > Number > Date / Date time);
 * the others follow each locale's short date. A locale not listed is refused.
 */
const DATE_FORMATS: Record<string, [string, string, boolean]> = {
  en_US: ['M/d/yyyy', 'M/d/yyyy H:mm:ss', false],
  en_GB: ['dd/MM/yyyy', 'dd/MM/yyyy HH:mm:ss', true],
  lt_LT: ['yyyy-MM-dd', 'yyyy-MM-dd HH:mm:ss', false],
  de_DE: ['dd.MM.yyyy', 'dd.MM.yyyy HH:mm:ss', true],
};

/** "en" → "en_US", "lt" → "lt_LT", "en-GB" → "en_GB". */
export function canonicalLocale(locale: string): string {
  const l = locale.replace('-', '_');
  if (l.includes('_')) return l;
  const guess = Object.keys(DATE_FORMATS).find((k) => k.startsWith(`${l}_`));
  return guess ?? l;
}

const cache = new Map<string, LocaleData>();

export function localeData(locale: string): LocaleData {
  const key = canonicalLocale(locale);
  const hit = cache.get(key);
  if (hit) return hit;
  const formats = DATE_FORMATS[key];
  if (!formats) throw new Error(`Emulator: spreadsheet locale ${locale} is not emulated`);
  const bcp = key.replace('_', '-');
  const parts = new Intl.NumberFormat(bcp, { useGrouping: true }).formatToParts(12345.5);
  const names = (opt: Intl.DateTimeFormatOptions, n: number, at: (i: number) => Date): string[] =>
    Array.from({ length: n }, (_, i) =>
      new Intl.DateTimeFormat(bcp, { ...opt, timeZone: 'UTC' }).format(at(i)),
    );
  const month = (i: number): Date => new Date(Date.UTC(2026, i, 1));
  const day = (i: number): Date => new Date(Date.UTC(2026, 1, 1 + i)); // 2026-02-01 is a Sunday
  const data: LocaleData = {
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
    dateFormat: formats[0],
    dateTimeFormat: formats[1],
    dayFirst: formats[2],
    monthsLong: names({ month: 'long' }, 12, month),
    monthsShort: names({ month: 'short' }, 12, month),
    daysLong: names({ weekday: 'long' }, 7, day),
    daysShort: names({ weekday: 'short' }, 7, day),
  };
  cache.set(key, data);
  return data;
}
