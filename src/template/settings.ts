// The Settings sheet's rows: the R1 thresholds, the R3.6 and R5 intervals and the language,
// with the article's defaults taken from the rules core so that they cannot drift.
import { DEFAULT_INTERVALS, type Intervals, intervalLimits } from '../core/intervals';
import { DEFAULT_THRESHOLDS } from '../core/tier';
import { DIGEST_CHOICES, LANGUAGE_CHOICES, WEEKDAY_CHOICES, type Weekday } from './choices';
import type { Lang, SettingDef, SettingKey } from './types';

/** A workbook's settings, with thresholds as fractions (0.1 is 10 %). */
export interface Settings extends Intervals {
  keyThreshold: number;
  criticalThreshold: number;
  monoThreshold: number;
  /**
   * R1.1: the company's revenue total that shares are of, when the Revenue sheet does not list
   * every client (a manager's own workbook after Split by manager); blank: the sheet's sum.
   */
  companyRevenueTotal: number | undefined;
  language: Lang;
  /** E-mail digests from the daily check (R3.5, R4.3, R5): off until a user turns them on. */
  digests: 'on' | 'off';
  /** The hour (0–23, the spreadsheet's zone) from which the daily check runs and mails. */
  digestHour: number;
  /** The supervisors' weekly digest day (R4.3), or off in this workbook. */
  weeklyDigestDay: Weekday | 'off';
}

/**
 * R1.1–R1.3, R3.6, R5.1, R5.2 defaults; no company total (the Revenue sheet's sum); English;
 * digests off (nobody is mailed until a user asks), at 7 in the morning, weekly on Mondays.
 */
export const DEFAULT_SETTINGS: Readonly<Settings> = {
  keyThreshold: DEFAULT_THRESHOLDS.key,
  criticalThreshold: DEFAULT_THRESHOLDS.critical,
  monoThreshold: DEFAULT_THRESHOLDS.mono,
  companyRevenueTotal: undefined,
  ...DEFAULT_INTERVALS,
  language: 'en',
  digests: 'off',
  digestHour: 7,
  weeklyDigestDay: 'monday',
};

function share(key: SettingKey, label: [string, string], help: [string, string]): SettingDef {
  return {
    key,
    type: 'percent',
    min: 0.001,
    max: 1,
    label: { en: label[0], lt: label[1] },
    help: { en: help[0], lt: help[1] },
  };
}

function interval(
  key: SettingKey & keyof Intervals,
  label: [string, string],
  help: [string, string],
): SettingDef {
  const [min, max] = intervalLimits(key);
  return {
    key,
    type: 'number',
    min,
    max,
    label: { en: label[0], lt: label[1] },
    help: { en: help[0], lt: help[1] },
  };
}

/** The Settings rows, in sheet order. */
export const SETTINGS: readonly SettingDef[] = [
  share(
    'keyThreshold',
    ['Key client share', 'Pagrindinio kliento dalis'],
    [
      'R1.1: a client bringing at least this share of total revenue is a key client (default 10 %).',
      'R1.1: klientas, atnešantis bent šią visų pajamų dalį, yra pagrindinis (numatyta 10 %).',
    ],
  ),
  share(
    'criticalThreshold',
    ['Critical dependency share', 'Kritinės priklausomybės dalis'],
    [
      'R1.2: above this share the company is critically dependent on the client (default 20 %).',
      'R1.2: virš šios dalies įmonė tampa kritiškai priklausoma nuo kliento (numatyta 20 %).',
    ],
  ),
  share(
    'monoThreshold',
    ['Mono-client share', 'Monokliento dalis'],
    [
      'R1.3: above this share the client is a mono-client; start building new relationships now (default 50 %).',
      'R1.3: virš šios dalies klientas yra monoklientas; iškart megzkite ryšius su naujais klientais (numatyta 50 %).',
    ],
  ),
  {
    key: 'companyRevenueTotal',
    type: 'money',
    min: 0,
    max: 1e15,
    label: { en: 'Company revenue total', lt: 'Visos įmonės pajamos' },
    help: {
      en: 'R1.1: blank, shares are of the Revenue sheet’s total. A manager’s own workbook (Split by manager) keeps the whole company’s revenue here.',
      lt: 'R1.1: tuščia – dalys skaičiuojamos nuo lapo „Pajamos“ sumos. Vadovo darbaknygėje (Išskaidyti pagal vadovą) čia laikomos visos įmonės pajamos.',
    },
  },
  interval(
    'reviewMonths',
    ['Review every (months)', 'Peržiūra kas (mėnesiai)'],
    [
      'R3.6: review each dossier at least once every this many months (default 3).',
      'R3.6: kliento dokumentaciją peržiūrėkite bent kartą per tiek mėnesių (numatyta 3).',
    ],
  ),
  interval(
    'reviewDueSoonDays',
    ['Review due soon (days)', 'Peržiūra netrukus (dienos)'],
    [
      'R3.6: warn this many days before a review falls due (default 14).',
      'R3.6: įspėti tiek dienų prieš peržiūros terminą (numatyta 14).',
    ],
  ),
  interval(
    'positiveContactDays',
    ['Positive contact every (days)', 'Teigiamas kontaktas kas (dienos)'],
    [
      'R5.1: a positive contact must happen at least once every this many days (default 10).',
      'R5.1: teigiamas kontaktas turi įvykti bent kartą per tiek dienų (numatyta 10).',
    ],
  ),
  interval(
    'contactDueSoonDays',
    ['Contact due soon (days)', 'Kontaktas netrukus (dienos)'],
    [
      'R5.1: warn this many days before a positive contact falls due (default 3).',
      'R5.1: įspėti tiek dienų prieš teigiamo kontakto terminą (numatyta 3).',
    ],
  ),
  interval(
    'pauseDays',
    ['Pause after a negative contact (days)', 'Pauzė po neigiamo kontakto (dienos)'],
    [
      'R5.2: after a negative contact, no personal contact for this many days (default 14).',
      'R5.2: po neigiamo kontakto tiek dienų nebendraukite asmeniškai (numatyta 14).',
    ],
  ),
  {
    key: 'digests',
    type: 'choice',
    choices: DIGEST_CHOICES,
    label: { en: 'E-mail digests', lt: 'El. pašto suvestinės' },
    help: {
      en: 'On: with the daily check on, each manager gets a morning e-mail of what is due on their own accounts, and each supervisor a weekly one on their managers (R3.5, R4.3, R5). Sent from the account of the person who turned the daily check on, only to people who can open this file.',
      lt: 'Įjungta: kai kasdienė patikra įjungta, kiekvienas vadovas rytais gauna laišką apie savo paskyrų terminus, o kiekvienas tiesioginis vadovas – savaitės suvestinę apie savo vadovus (R3.5, R4.3, R5). Siunčiama iš žmogaus, įjungusio kasdienę patikrą, paskyros ir tik tiems, kas gali atverti šį failą.',
    },
  },
  {
    key: 'digestHour',
    type: 'number',
    min: 0,
    max: 23,
    label: { en: 'Digest hour (0–23)', lt: 'Suvestinės valanda (0–23)' },
    help: {
      en: 'R3.6, R5: with digests on, the daily check runs and mails from this hour of the spreadsheet’s time zone (default 7).',
      lt: 'R3.6, R5: kai suvestinės įjungtos, kasdienė patikra vyksta ir laiškai siunčiami nuo šios valandos skaičiuoklės laiko juostoje (numatyta 7).',
    },
  },
  {
    key: 'weeklyDigestDay',
    type: 'choice',
    choices: WEEKDAY_CHOICES,
    label: { en: 'Weekly digest day', lt: 'Savaitės suvestinės diena' },
    help: {
      en: 'The day each supervisor gets the weekly digest on their managers (R4.3). Off: none from this workbook (a manager’s own workbook after Split by manager: the head of sales’ workbook sends it).',
      lt: 'Diena, kai kiekvienas tiesioginis vadovas gauna savaitės suvestinę apie savo vadovus (R4.3). Išjungta: iš šios darbaknygės nesiunčiama (vadovo darbaknygėje po skaidymo ją siunčia pardavimų skyriaus vadovo darbaknygė).',
    },
  },
  {
    key: 'language',
    type: 'choice',
    choices: LANGUAGE_CHOICES,
    label: { en: 'Language', lt: 'Kalba' },
    help: {
      en: 'The language of sheet names, headers, dropdowns and messages.',
      lt: 'Lapų pavadinimų, antraščių, sąrašų ir pranešimų kalba.',
    },
  },
];

/** A setting's value as a cell holds it: fractions and whole numbers as numbers, a choice as its label, unset as blank. */
export function settingCellValue(
  def: SettingDef,
  value: number | string | undefined,
  lang: Lang,
): number | string {
  if (value === undefined) return '';
  if (def.type !== 'choice') return value;
  return def.choices?.find((choice) => choice.key === value)?.label[lang] ?? value;
}

/** The Settings rows of a new workbook: label, value and help, in the workbook's language. */
export function settingsRows(
  lang: Lang,
  settings: Readonly<Settings> = { ...DEFAULT_SETTINGS, language: lang },
): Array<[label: string, value: number | string, help: string]> {
  return SETTINGS.map((def) => [
    def.label[lang],
    settingCellValue(def, settings[def.key], lang),
    def.help[lang],
  ]);
}

/**
 * The number format of a setting's value cell. The Settings value column has no format of
 * its own: each row takes its setting's (percent "0%", whole days or months "0", a choice as text).
 */
export function settingNumberFormat(def: SettingDef): string {
  if (def.type === 'percent') return '0%';
  if (def.type === 'number') return '0';
  if (def.type === 'money') return '#,##0.00';
  return '@';
}

/**
 * A setting's value cell in a workbook whose Settings sheet was set up afresh (its rows in
 * SETTINGS order from row 2), as a formula names it; set-up itself finds the rows where they
 * are. The downloadable template and the demo use it, so their Revenue formulas are set-up's.
 * Example: ('keyThreshold', 'Settings') → `'Settings'!$B$2`.
 */
export function freshSettingCell(key: SettingKey, settingsSheetName: string): string | undefined {
  const index = SETTINGS.findIndex((setting) => setting.key === key);
  return index < 0 ? undefined : `'${settingsSheetName.replace(/'/g, "''")}'!$B$${index + 2}`;
}
