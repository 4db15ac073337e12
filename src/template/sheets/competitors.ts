// The Competitors sheet (R3.4, R6.2): the direct competitors trying to win each key client.
import { LEVEL_CHOICES, YES_NO_CHOICES } from '../choices';
import { accountIdColumn, column, sheet } from '../columns';

export const competitorsSheet = sheet({
  key: 'competitors',
  name: { en: 'Competitors', lt: 'Konkurentų profiliai' },
  layout: 'table',
  help: {
    en: 'One competitor profile per row: the direct competitors (a similar product or service) trying to win the client (R3.4); keep watching them even when all is well (R6.2).',
    lt: 'Vienas konkurento profilis eilutėje: tiesioginiai konkurentai (panašus produktas ar paslauga), bandantys suvilioti klientą (R3.4); stebėkite juos net kai viskas gerai (R6.2).',
  },
  columns: [
    accountIdColumn([
      'R3.4: the key account this competitor is after.',
      'R3.4: pagrindinė paskyra, kurios siekia šis konkurentas.',
    ]),
    column({
      key: 'competitor',
      header: ['Competitor', 'Konkurentas'],
      type: 'text',
      required: true,
      width: 200,
      help: [
        'R3.4: a direct competitor, offering a similar product or service.',
        'R3.4: tiesioginis konkurentas, siūlantis panašų produktą ar paslaugą.',
      ],
    }),
    column({
      key: 'offering',
      header: ['Offering', 'Pasiūlymas'],
      type: 'longText',
      help: [
        'R3.4: the products, prices and terms they offer this client.',
        'R3.4: produktai, kainos ir sąlygos, kurias jie siūlo šiam klientui.',
      ],
    }),
    column({
      key: 'strengths',
      header: ['Strengths', 'Stiprybės'],
      type: 'longText',
      help: [
        'R2.5, R3.4: what the client likes about them: price, service, people.',
        'R2.5, R3.4: kas klientui jų patinka: kaina, aptarnavimas, žmonės.',
      ],
    }),
    column({
      key: 'weaknesses',
      header: ['Weaknesses', 'Silpnybės'],
      type: 'longText',
      help: [
        'R2.5, R3.4: where they disappoint the client: where we can win.',
        'R2.5, R3.4: kur jie nuvilia klientą: kur galime laimėti.',
      ],
    }),
    column({
      key: 'allies',
      header: ['Their allies at the client', 'Jų sąjungininkai pas klientą'],
      type: 'text',
      width: 220,
      help: [
        'R3.3, R3.4: people of the client who favour them.',
        'R3.3, R3.4: kliento žmonės, palaikantys juos.',
      ],
    }),
    column({
      key: 'threat',
      header: ['Threat', 'Grėsmė'],
      type: 'choice',
      choices: LEVEL_CHOICES,
      width: 110,
      help: [
        'R6.2: how likely they are to steal the client: high, medium or low.',
        'R6.2: kiek tikėtina, kad jie „pavogs“ klientą: didelė, vidutinė ar maža.',
      ],
    }),
    column({
      key: 'lastUpdated',
      header: ['Last updated', 'Atnaujinta'],
      type: 'date',
      help: [
        'R3.6, R6.2: when this profile was last checked; older than the review interval is stale.',
        'R3.6, R6.2: kada profilis tikrintas; senesnis nei peržiūros intervalas – pasenęs.',
      ],
    }),
    column({
      key: 'notes',
      header: ['Notes', 'Pastabos'],
      type: 'longText',
      help: [
        'R3.4: news, rumours, when their contract ends.',
        'R3.4: naujienos, gandai, kada baigiasi jų sutartis.',
      ],
    }),
    column({
      key: 'archived',
      header: ['Archived', 'Archyvuota'],
      type: 'yesNo',
      choices: YES_NO_CHOICES,
      help: [
        'R3.4: Yes when they no longer try to win this client; kept for the record, left out of the checks.',
        'R3.4: Taip, kai jie nebesistengia laimėti šio kliento; paliekama istorijai, netikrinama.',
      ],
    }),
  ],
});
