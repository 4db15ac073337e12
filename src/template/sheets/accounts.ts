// The Accounts sheet: one row per key account, who runs it (R2, R3.5) and the checks' results
// (R1, R3.6, R5), which the add-on fills.
import { CONTACT_STATUS_CHOICES, KEY_TYPE_CHOICES, TIER_CHOICES } from '../choices';
import { column, sheet } from '../columns';

export const accountsSheet = sheet({
  key: 'accounts',
  name: { en: 'Accounts', lt: 'Pagrindinės paskyros' },
  layout: 'table',
  help: {
    en: 'One row per key account: its id links every other sheet; the manager and the direct supervisor are the only people who may see its dossier (R3.5). Grey columns are filled by the add-on.',
    lt: 'Viena eilutė kiekvienai pagrindinei paskyrai: jos ID sieja kitus lapus; dokumentaciją gali matyti tik vadovas ir tiesioginis vadovas (R3.5). Pilkus stulpelius pildo priedas.',
  },
  columns: [
    column({
      key: 'accountId',
      header: ['Account ID', 'Paskyros ID'],
      type: 'id',
      required: true,
      help: [
        'R3: a short unique id, e.g. KA-001; the other sheets refer to the account by it.',
        'R3: trumpas unikalus ID, pvz., KA-001; kiti lapai nurodo paskyrą juo.',
      ],
    }),
    column({
      key: 'client',
      header: ['Client', 'Klientas'],
      type: 'text',
      required: true,
      width: 240,
      help: [
        'R1.1: the client’s name exactly as on the Revenue sheet, so its revenue is found.',
        'R1.1: kliento pavadinimas tiksliai kaip lape „Pajamos“, kad būtų rastos jo pajamos.',
      ],
    }),
    column({
      key: 'keyTypes',
      header: ['Key types', 'Pagrindinio kliento tipai'],
      type: 'multiChoice',
      choices: KEY_TYPE_CHOICES,
      help: [
        'R1.4–R1.7: prospective, image maker, expert; several allowed, separated by commas.',
        'R1.4–R1.7: perspektyvus, įvaizdžio kūrėjas, patyręs; galima keli, atskirti kableliais.',
      ],
    }),
    column({
      key: 'manager',
      header: ['Manager (e-mail)', 'Pagrindinės paskyros vadovas (el. paštas)'],
      type: 'email',
      required: true,
      width: 240,
      help: [
        'R2.1–R2.3, R3.5: the key account manager who runs the account and may see its dossier.',
        'R2.1–R2.3, R3.5: pagrindinės paskyros vadovas, kuris dirba su klientu ir mato jo dokumentaciją.',
      ],
    }),
    column({
      key: 'supervisor',
      header: ['Supervisor (e-mail)', 'Tiesioginis vadovas (el. paštas)'],
      type: 'email',
      required: true,
      width: 240,
      help: [
        'R3.5, R4.3: the manager’s direct supervisor (head of sales), the only other person with access.',
        'R3.5, R4.3: tiesioginis vadovas (pardavimų skyriaus vadovas), vienintelis kitas turintis prieigą.',
      ],
    }),
    column({
      key: 'revenue',
      header: ['Revenue', 'Pajamos'],
      type: 'money',
      computed: true,
      help: [
        'R1.1, R2.1: the client’s revenue from the Revenue sheet.',
        'R1.1, R2.1: kliento pajamos iš lapo „Pajamos“.',
      ],
    }),
    column({
      key: 'share',
      header: ['Share', 'Dalis'],
      type: 'percent',
      computed: true,
      help: ['R1.1: share of total revenue.', 'R1.1: dalis visų pajamų.'],
    }),
    column({
      key: 'tier',
      header: ['Tier', 'Lygis'],
      type: 'choice',
      choices: TIER_CHOICES,
      computed: true,
      width: 130,
      help: [
        'R1.1–R1.3: Regular, Key, Critical or Mono-client by revenue share.',
        'R1.1–R1.3: įprastas, pagrindinis, kritinis ar monoklientas pagal pajamų dalį.',
      ],
    }),
    column({
      key: 'lastReview',
      header: ['Last review', 'Paskutinė peržiūra'],
      type: 'date',
      computed: true,
      help: [
        'R3.6: the latest date on the Reviews sheet.',
        'R3.6: vėliausia data lape „Peržiūros“.',
      ],
    }),
    column({
      key: 'nextReviewDue',
      header: ['Next review due', 'Kita peržiūra iki'],
      type: 'date',
      computed: true,
      help: [
        'R3.6: last review plus 3 months (Settings).',
        'R3.6: paskutinė peržiūra plius 3 mėnesiai (nustatymai).',
      ],
    }),
    column({
      key: 'lastPositiveContact',
      header: ['Last positive contact', 'Paskutinis teigiamas kontaktas'],
      type: 'date',
      computed: true,
      width: 130,
      help: [
        'R5.1: a positive contact is due at least every 10 days after this one.',
        'R5.1: teigiamas kontaktas turi įvykti bent kas 10 dienų po šio.',
      ],
    }),
    column({
      key: 'lastNegativeContact',
      header: ['Last negative contact', 'Paskutinis neigiamas kontaktas'],
      type: 'date',
      computed: true,
      width: 130,
      help: [
        'R5.2: after a negative contact, no personal contact for 14 days.',
        'R5.2: po neigiamo kontakto 14 dienų nebendraujama asmeniškai.',
      ],
    }),
    column({
      key: 'contactStatus',
      header: ['Contact status', 'Kontaktų būsena'],
      type: 'choice',
      choices: CONTACT_STATUS_CHOICES,
      computed: true,
      help: [
        'R5.1–R5.2: OK, due soon, overdue, pausing or pause broken; the cell note says why.',
        'R5.1–R5.2: gerai, netrukus, vėluojama, pauzė ar pauzė pažeista; priežastis – langelio pastaboje.',
      ],
    }),
    column({
      key: 'flags',
      header: ['Flags', 'Įspėjimai'],
      type: 'longText',
      computed: true,
      help: [
        'R3.3, R3.4, R3.6, R6.2: what needs attention, e.g. no decision maker known.',
        'R3.3, R3.4, R3.6, R6.2: kas reikalauja dėmesio, pvz., nežinomas sprendimų priėmėjas.',
      ],
    }),
  ],
});
