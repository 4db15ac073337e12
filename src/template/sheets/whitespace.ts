// The Whitespace sheet (R4.1, R3.4, R6.2): per account, which of our offerings each division of
// the client buys from us, could buy, or buys from a competitor.
import { WHITESPACE_STATUS_CHOICES } from '../choices';
import { accountIdColumn, column, sheet } from '../columns';

export const whitespaceSheet = sheet({
  key: 'whitespace',
  name: { en: 'Whitespace', lt: 'Baltosios dėmės' },
  layout: 'table',
  help: {
    en: 'One row per division and offering: do we supply it, is it an opportunity, or does a competitor hold it? Find out everything the client needs (R4.1), watch the competitors (R3.4) and win every division (R6.2).',
    lt: 'Viena eilutė padaliniui ir pasiūlymui: ar tiekiame mes, ar tai galimybė, ar jį užima konkurentas? Išsiaiškinkite visus kliento poreikius (R4.1), stebėkite konkurentus (R3.4) ir laimėkite kiekvieną padalinį (R6.2).',
  },
  columns: [
    accountIdColumn([
      'R4.1: the key account this row is about.',
      'R4.1: pagrindinė paskyra, apie kurią ši eilutė.',
    ]),
    column({
      key: 'division',
      header: ['Division', 'Padalinys'],
      type: 'text',
      required: true,
      listFrom: { sheet: 'decisionGroup', column: 'division' },
      help: [
        'R6.2: a division of the client, as the decision group names it.',
        'R6.2: kliento padalinys, kaip jį vadina sprendimų grupė.',
      ],
    }),
    column({
      key: 'offering',
      header: ['Offering', 'Pasiūlymas'],
      type: 'text',
      required: true,
      listFrom: { sheet: 'settings', column: 'offering' },
      help: [
        'R4.1: one of our offerings, from the list in Settings.',
        'R4.1: vienas iš mūsų pasiūlymų, iš sąrašo nustatymuose.',
      ],
    }),
    column({
      key: 'status',
      header: ['Status', 'Būsena'],
      type: 'choice',
      choices: WHITESPACE_STATUS_CHOICES,
      required: true,
      width: 160,
      help: [
        'R4.1, R3.4: we supply it, an opportunity, a competitor holds it, or not relevant.',
        'R4.1, R3.4: tiekiame mes, galimybė, užima konkurentas arba neaktualu.',
      ],
    }),
    column({
      key: 'competitor',
      header: ['Competitor', 'Konkurentas'],
      type: 'text',
      listFrom: { sheet: 'competitors', column: 'competitor' },
      help: [
        'R3.4: which competitor holds it, when one does.',
        'R3.4: kuris konkurentas jį užima, jei užima.',
      ],
    }),
    column({
      key: 'nextStep',
      header: ['Next step', 'Kitas žingsnis'],
      type: 'text',
      width: 220,
      help: ['R2.4: what we do next about it.', 'R2.4: ką darome toliau.'],
    }),
    column({
      key: 'value',
      header: ['Value', 'Vertė'],
      type: 'money',
      help: [
        'R4.1: what it is worth a year, supplied or to win.',
        'R4.1: kiek tai verta per metus – tiekiama ar laimėtina.',
      ],
    }),
  ],
});
