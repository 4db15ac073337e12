// The Settings sheet: one setting per row (label, value, help), the rows listed in ../settings.ts;
// the value cells take their format and dropdown per row from their setting (settingNumberFormat).
// Beside them, the list of our offerings, one per row (R4.1), which the Whitespace sheet picks from.
import { column, sheet } from '../columns';

export const settingsSheet = sheet({
  key: 'settings',
  name: { en: 'Settings', lt: 'Nustatymai' },
  layout: 'settings',
  help: {
    en: 'The R1 thresholds (10 %, 20 %, 50 %), the R3.6 review interval (3 months) and the R5 contact rhythm (10 days, 14-day pause); change a value to override the article’s default.',
    lt: 'R1 ribos (10 %, 20 %, 50 %), R3.6 peržiūros intervalas (3 mėnesiai) ir R5 kontaktų ritmas (10 dienų, 14 dienų pauzė); pakeiskite reikšmę, jei norite kitokios nei straipsnyje.',
  },
  columns: [
    column({
      key: 'setting',
      header: ['Setting', 'Nustatymas'],
      type: 'text',
      required: true,
      computed: true,
      width: 260,
      help: [
        'The rule a value sets (R1, R3.6, R5); written by the add-on.',
        'Taisyklė, kurią nustato reikšmė (R1, R3.6, R5); įrašo priedas.',
      ],
    }),
    column({
      key: 'value',
      header: ['Value', 'Reikšmė'],
      type: 'text',
      required: true,
      width: 120,
      help: [
        'Shares as percentages (R1), intervals in months or days (R3.6, R5).',
        'Dalys procentais (R1), intervalai mėnesiais arba dienomis (R3.6, R5).',
      ],
    }),
    column({
      key: 'help',
      header: ['Help', 'Paaiškinimas'],
      type: 'longText',
      computed: true,
      width: 560,
      help: [
        'What the setting means, with its rule (R1, R3.6, R5).',
        'Ką reiškia nustatymas ir kokia jo taisyklė (R1, R3.6, R5).',
      ],
    }),
    column({
      key: 'offering',
      header: ['Our offerings', 'Mūsų pasiūlymai'],
      type: 'text',
      width: 220,
      help: [
        'R4.1: what we sell, one offering per row; the Whitespace sheet picks from this list.',
        'R4.1: ką parduodame, po vieną pasiūlymą eilutėje; baltųjų dėmių lapas renkasi iš šio sąrašo.',
      ],
    }),
  ],
});
