// The Decision group sheet (R3.3): every person of the client who takes part in the decision.
import { ATTITUDE_CHOICES, LEVEL_CHOICES, ROLE_CHOICES } from '../choices';
import { accountIdColumn, column, sheet } from '../columns';

export const decisionGroupSheet = sheet({
  key: 'decisionGroup',
  name: { en: 'Decision group', lt: 'Sprendimų grupė' },
  layout: 'table',
  help: {
    en: 'One row per person of the client who takes part in the decision, with one of the nine roles of R3.3; know the decision maker and build trust with all divisions (R6.2).',
    lt: 'Viena eilutė kiekvienam kliento asmeniui, dalyvaujančiam priimant sprendimą, su vienu iš devynių R3.3 vaidmenų; žinokite sprendimų priėmėją ir kurkite pasitikėjimą su visais padaliniais (R6.2).',
  },
  columns: [
    accountIdColumn([
      'R3.3: the account this person belongs to.',
      'R3.3: paskyra, kuriai priklauso šis asmuo.',
    ]),
    column({
      key: 'person',
      header: ['Person', 'Asmuo'],
      type: 'text',
      required: true,
      width: 200,
      help: [
        'R3.3: first and last name, written as in the contact log, so that the two match.',
        'R3.3: vardas ir pavardė, parašyti taip pat kaip kontaktų žurnale, kad sutaptų.',
      ],
    }),
    column({
      key: 'position',
      header: ['Position', 'Pareigos'],
      type: 'text',
      help: [
        'R3.3: their job at the client, such as Head of procurement.',
        'R3.3: pareigos pas klientą, pvz., pirkimų vadovas.',
      ],
    }),
    column({
      key: 'division',
      header: ['Division', 'Padalinys'],
      type: 'text',
      help: [
        'R6.2: the division, so that every division has a contact.',
        'R6.2: padalinys, kad kiekviename padalinyje turėtumėte kontaktą.',
      ],
    }),
    column({
      key: 'role',
      header: ['Role', 'Vaidmuo'],
      type: 'choice',
      choices: ROLE_CHOICES,
      required: true,
      width: 200,
      help: [
        'R3.3: decision maker (can decide alone, can veto), gatekeeper, technical or economic specialist, user, supporter, opponent, advisor, informant.',
        'R3.3: sprendimų priėmėjas (gali spręsti vienas, vetuoti), raktų sargas, technikos ar ekonomikos specialistas, vartotojas, rėmėjas, oponentas, patarėjas, informantas.',
      ],
    }),
    column({
      key: 'attitude',
      header: ['Attitude', 'Požiūris'],
      type: 'choice',
      choices: ATTITUDE_CHOICES,
      help: [
        'R3.3: supporter, neutral or opponent towards us.',
        'R3.3: rėmėjas, neutralus ar oponentas mūsų atžvilgiu.',
      ],
    }),
    column({
      key: 'influence',
      header: ['Influence', 'Įtaka'],
      type: 'choice',
      choices: LEVEL_CHOICES,
      width: 110,
      help: [
        'R3.3: how much their word weighs in the decision: high, medium or low.',
        'R3.3: kiek sveria jų žodis priimant sprendimą: didelė, vidutinė ar maža.',
      ],
    }),
    column({
      key: 'contactDetails',
      header: ['Contact details', 'Kontaktiniai duomenys'],
      type: 'text',
      width: 220,
      help: [
        'R2.4: phone, e-mail, assistant: how to reach the person.',
        'R2.4: telefonas, el. paštas, padėjėjas: kaip pasiekti asmenį.',
      ],
    }),
    column({
      key: 'lastContact',
      header: ['Last contact', 'Paskutinis kontaktas'],
      type: 'date',
      help: [
        'R5.1: when we last spoke with them, if the contact log does not say.',
        'R5.1: kada paskutinį kartą su juo bendravome, jei to nėra kontaktų žurnale.',
      ],
    }),
    column({
      key: 'notes',
      header: ['Notes', 'Pastabos'],
      type: 'longText',
      help: [
        'R2.4: what matters to this person, when and how to approach them.',
        'R2.4: kas šiam asmeniui svarbu, kada ir kaip į jį kreiptis.',
      ],
    }),
  ],
});
