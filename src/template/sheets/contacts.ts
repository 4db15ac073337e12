// The Contacts sheet (R5): the log of every contact with a key client's people.
import { CHANNEL_CHOICES, OUTCOME_CHOICES, YES_NO_CHOICES } from '../choices';
import { accountIdColumn, column, sheet } from '../columns';

export const contactsSheet = sheet({
  key: 'contacts',
  name: { en: 'Contacts', lt: 'Kontaktai' },
  layout: 'table',
  help: {
    en: 'One row per contact: a positive contact at least every 10 days (R5.1); after a negative one, no personal contact for 14 days, urgent matters through other people (R5.2).',
    lt: 'Viena eilutė kiekvienam kontaktui: teigiamas kontaktas bent kas 10 dienų (R5.1); po neigiamo 14 dienų nebendraukite asmeniškai, skubius klausimus spręskite per kitus asmenis (R5.2).',
  },
  columns: [
    column({
      key: 'date',
      header: ['Date', 'Data'],
      type: 'date',
      required: true,
      help: [
        'R5.1: when it happened: today or earlier, never a day to come.',
        'R5.1: kada tai įvyko: šiandien ar anksčiau, ne ateities diena.',
      ],
    }),
    accountIdColumn([
      'R5: the key account contacted.',
      'R5: pagrindinė paskyra, su kuria bendrauta.',
    ]),
    column({
      key: 'clientPerson',
      header: ['Client person', 'Kliento asmuo'],
      type: 'text',
      width: 200,
      help: [
        'R3.3, R5: pick someone of the decision group, or type a new name.',
        'R3.3, R5: pasirinkite sprendimų grupės asmenį arba įrašykite naują vardą.',
      ],
    }),
    column({
      key: 'ourPerson',
      header: ['Our person (e-mail)', 'Mūsų darbuotojas (el. paštas)'],
      type: 'email',
      required: true,
      help: [
        'R5.2: who of us made the contact; a colleague’s contact is not personal.',
        'R5.2: kas iš mūsų bendravo; kolegos kontaktas nėra asmeninis.',
      ],
    }),
    column({
      key: 'channel',
      header: ['Channel', 'Kanalas'],
      type: 'choice',
      choices: CHANNEL_CHOICES,
      required: true,
      help: [
        'R5.2: in person, phone and video are personal when the manager makes them; e-mail, message and letter are not.',
        'R5.2: susitikimas, telefonas ir vaizdo skambutis yra asmeniniai, kai bendrauja vadovas; el. paštas, žinutė ir laiškas – ne.',
      ],
    }),
    column({
      key: 'personal',
      header: ['Personal', 'Asmeninis'],
      type: 'yesNo',
      choices: YES_NO_CHOICES,
      required: true,
      width: 100,
      help: [
        'R5.2: yes when the account’s manager made it in person, by phone or video; a written reply to the client’s request is not personal.',
        'R5.2: taip, kai vadovas bendravo gyvai, telefonu ar vaizdo skambučiu; rašytinis atsakymas į kliento prašymą nėra asmeninis.',
      ],
    }),
    column({
      key: 'outcome',
      header: ['Outcome', 'Rezultatas'],
      type: 'choice',
      choices: OUTCOME_CHOICES,
      required: true,
      width: 120,
      help: [
        'R5.1, R5.2: positive keeps the rhythm; negative starts a 14-day pause.',
        'R5.1, R5.2: teigiamas palaiko ritmą; neigiamas pradeda 14 dienų pauzę.',
      ],
    }),
    column({
      key: 'summary',
      header: ['Summary', 'Santrauka'],
      type: 'longText',
      help: ['R2.4: what was discussed and agreed.', 'R2.4: kas aptarta ir sutarta.'],
    }),
    column({
      key: 'nextStep',
      header: ['Next step', 'Kitas žingsnis'],
      type: 'text',
      width: 220,
      help: [
        'R2.4, R6: what happens next and who does it.',
        'R2.4, R6: kas toliau ir kas tai daro.',
      ],
    }),
  ],
});
