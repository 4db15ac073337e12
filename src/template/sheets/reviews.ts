// The Reviews sheet (R3.6): each review of a dossier, at least one every 3 months.
import { accountIdColumn, column, sheet } from '../columns';

export const reviewsSheet = sheet({
  key: 'reviews',
  name: { en: 'Reviews', lt: 'Peržiūros' },
  layout: 'table',
  help: {
    en: 'One row per dossier review: review every dossier at least once every 3 months (R3.6), and let the head of sales evaluate the work from it (R4.1, R4.3).',
    lt: 'Viena eilutė kiekvienai dokumentacijos peržiūrai: peržiūrėkite kiekvieną bent kartą per 3 mėnesius (R3.6); pagal tai pardavimų skyriaus vadovas vertina darbą (R4.1, R4.3).',
  },
  columns: [
    column({
      key: 'date',
      header: ['Date', 'Data'],
      type: 'date',
      required: true,
      help: [
        'R3.6: today or an earlier day, not before the last review; the next is due 3 months later.',
        'R3.6: šiandien ar ankstesnė diena, ne ankstesnė nei paskutinė peržiūra; kita – po 3 mėnesių.',
      ],
    }),
    accountIdColumn([
      'R3.6: the account whose dossier was reviewed.',
      'R3.6: paskyra, kurios dokumentacija peržiūrėta.',
    ]),
    column({
      key: 'reviewer',
      header: ['Reviewer (e-mail)', 'Peržiūrėjo (el. paštas)'],
      type: 'email',
      required: true,
      help: [
        'R3.5, R4.3: the manager or the direct supervisor who reviewed it.',
        'R3.5, R4.3: vadovas ar tiesioginis vadovas, kuris peržiūrėjo.',
      ],
    }),
    column({
      key: 'changes',
      header: ['What changed', 'Kas pasikeitė'],
      type: 'longText',
      width: 420,
      help: [
        'R3.6, R4.3: what you found and updated in the dossier, even "no change": the head of sales reads it.',
        'R3.6, R4.3: ką radote ir atnaujinote dokumentacijoje, net jei „be pakeitimų“: tai skaito pardavimų skyriaus vadovas.',
      ],
    }),
  ],
});
