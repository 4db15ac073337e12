// The Plan sheet (R2.4, R4.3): actions planned in advance per account, their results and forecasts.
import { PLAN_STATUS_CHOICES } from '../choices';
import { accountIdColumn, column, sheet } from '../columns';

export const planSheet = sheet({
  key: 'plan',
  name: { en: 'Plan', lt: 'Planas' },
  layout: 'table',
  help: {
    en: 'Work to plans made in advance, sum up interim results and forecast (R2.4, R4.3): "I did everything I could" is not an answer.',
    lt: 'Dirbkite pagal iš anksto parengtus planus, apibendrinkite tarpinius rezultatus ir prognozuokite (R2.4, R4.3): „padariau viską, ką galiu“ – ne atsakymas.',
  },
  columns: [
    accountIdColumn([
      'R2.4: the account the action is for.',
      'R2.4: paskyra, kuriai skirtas veiksmas.',
    ]),
    column({
      key: 'objective',
      header: ['Objective', 'Tikslas'],
      type: 'text',
      required: true,
      width: 220,
      help: [
        'R2.4: what the work should achieve with this client.',
        'R2.4: ko siekiama su šiuo klientu.',
      ],
    }),
    column({
      key: 'action',
      header: ['Action', 'Veiksmas'],
      type: 'longText',
      required: true,
      help: [
        'R2.4, R4.1: the planned action, using all of the company’s resources.',
        'R2.4, R4.1: suplanuotas veiksmas, išnaudojant visus įmonės resursus.',
      ],
    }),
    column({
      key: 'owner',
      header: ['Owner (e-mail)', 'Atsakingas (el. paštas)'],
      type: 'email',
      required: true,
      help: [
        'R2.4, R4.1: who does it; other departments may own actions too.',
        'R2.4, R4.1: kas atlieka; veiksmai gali priklausyti ir kitiems skyriams.',
      ],
    }),
    column({
      key: 'due',
      header: ['Due', 'Terminas'],
      type: 'date',
      required: true,
      help: [
        'R4.3: the day it is due; actions done on time count in the scorecard.',
        'R4.3: terminas; laiku atlikti veiksmai įskaitomi vertinant.',
      ],
    }),
    column({
      key: 'status',
      header: ['Status', 'Būsena'],
      type: 'choice',
      choices: PLAN_STATUS_CHOICES,
      required: true,
      width: 130,
      help: [
        'R4.3: where it stands; set Done once it is done, for the scorecard.',
        'R4.3: kur jis yra; atlikus pažymėkite „Atlikta“, tai įskaitoma vertinant.',
      ],
    }),
    column({
      key: 'result',
      header: ['Result', 'Rezultatas'],
      type: 'longText',
      help: [
        'R4.3: the interim result and what was learnt.',
        'R4.3: tarpinis rezultatas ir išvados.',
      ],
    }),
    column({
      key: 'revenueForecast',
      header: ['Revenue forecast', 'Pajamų prognozė'],
      type: 'money',
      width: 140,
      help: [
        'R2.4, R6.1: the revenue this work is expected to bring.',
        'R2.4, R6.1: pajamos, kurių tikimasi iš šio darbo.',
      ],
    }),
  ],
});
