// The "How to fill it" sheet of the .xlsx: a short guide in the workbook's language, citing the rules.
import { type Lang, type Localized, SHEETS } from '../../src/template';

export const HOW_TO_SHEET_NAME: Localized = { en: 'How to fill it', lt: 'Kaip pildyti' };

const TEXT = {
  en: {
    title: 'KAM: the key client dossier template (R3.7)',
    intro:
      'One workbook for your key accounts, following the article "Rules for working with key clients". Fill a sheet per tab; hover over a header to read what the column is for and which rule asks for it.',
    sheets: 'The sheets',
    tips: 'Good to know',
    lines: [
      'Start with Revenue: every client and its revenue; share and tier compute themselves once the file is in Google Sheets with the KAM add-on (R1.1–R1.3).',
      'Give each key account a short id on Accounts (e.g. KA-001); every other sheet refers to the account by it.',
      'Pick values from the dropdowns; Key types allow several, separated by commas (R1.7).',
      'Headers in grey are filled by the add-on: leave them empty.',
      'Dates as YYYY-MM-DD. Log every contact: a positive one at least every 10 days (R5.1), no personal contact for 14 days after a negative one (R5.2).',
      'Review each dossier at least every 3 months and log the review (R3.6).',
      'Only the account’s manager and their direct supervisor may see a dossier: share this file with nobody else (R3.5).',
      'To use it with the add-on: in Google Sheets, File > Import this file, then Extensions > KAM > Set up KAM workbook.',
    ],
  },
  lt: {
    title: 'KAM: pagrindinio kliento dokumentacijos šablonas (R3.7)',
    intro:
      'Vienas failas jūsų pagrindinėms paskyroms pagal straipsnį „Darbo su pagrindiniais klientais taisyklės“. Pildykite kiekvieną lapą; užveskite pelę ant antraštės ir perskaitykite, kam skirtas stulpelis ir kurios taisyklės jis reikalauja.',
    sheets: 'Lapai',
    tips: 'Verta žinoti',
    lines: [
      'Pradėkite nuo lapo „Pajamos“: visi klientai ir jų pajamos; dalis ir lygis apskaičiuojami patys, kai failas atidarytas „Google“ skaičiuoklėse su KAM priedu (R1.1–R1.3).',
      'Kiekvienai pagrindinei paskyrai lape „Pagrindinės paskyros“ suteikite trumpą ID (pvz., KA-001); kiti lapai nurodo paskyrą juo.',
      'Reikšmes rinkitės iš sąrašų; pagrindinio kliento tipų galima nurodyti kelis, atskirtus kableliais (R1.7).',
      'Pilkų antraščių stulpelius pildo priedas: palikite juos tuščius.',
      'Datos – formatu MMMM-MM-DD. Registruokite kiekvieną kontaktą: teigiamas bent kas 10 dienų (R5.1), po neigiamo 14 dienų nebendraukite asmeniškai (R5.2).',
      'Kliento dokumentaciją peržiūrėkite bent kas 3 mėnesius ir užregistruokite peržiūrą (R3.6).',
      'Dokumentaciją gali matyti tik paskyros vadovas ir jo tiesioginis vadovas: šio failo su kitais nesidalykite (R3.5).',
      'Kaip naudoti su priedu: „Google“ skaičiuoklėse Failas > Importuoti šį failą, tada Plėtiniai > KAM > Set up KAM workbook.',
    ],
  },
} as const;

/** What a line of the guide is, for its style: the title, the intro, a heading, a line, a gap. */
export type GuideKind = 'title' | 'intro' | 'heading' | 'text' | 'gap';

/** The guide's lines in order: title, intro, one line per sheet (its help), then tips. */
export function howToLines(lang: Lang): { text: string; kind: GuideKind }[] {
  const text = TEXT[lang];
  return [
    { text: text.title, kind: 'title' },
    { text: text.intro, kind: 'intro' },
    { text: '', kind: 'gap' },
    { text: text.sheets, kind: 'heading' },
    ...SHEETS.map((sheet) => ({
      text: `${sheet.name[lang]}: ${sheet.help[lang]}`,
      kind: 'text' as const,
    })),
    { text: '', kind: 'gap' },
    { text: text.tips, kind: 'heading' },
    ...text.lines.map((line) => ({ text: `• ${line}`, kind: 'text' as const })),
  ];
}

/** The guide's rows, one text cell each (the lines above). */
export function howToRows(lang: Lang): string[][] {
  return howToLines(lang).map((line) => [line.text]);
}
