// The History sheet: the audit trail the add-on writes, so the head of sales can follow the work (R4.3).
import { accountIdColumn, column, sheet } from '../columns';
import type { ColumnDef, ColumnType } from '../types';

function trail(
  key: string,
  type: ColumnType,
  header: [string, string],
  help: [string, string],
): ColumnDef {
  return column({ key, type, header, help, computed: true });
}

export const historySheet = sheet({
  key: 'history',
  name: { en: 'Change history', lt: 'Pakeitimų istorija' }, // Excel reserves the name "History"
  layout: 'table',
  help: {
    en: 'Written by the add-on, never by hand: who changed what and when, so that the head of sales can evaluate the manager on the data (R4.3).',
    lt: 'Pildo priedas, ne žmogus: kas, ką ir kada pakeitė, kad pardavimų skyriaus vadovas galėtų vertinti vadovą pagal duomenis (R4.3).',
  },
  columns: [
    {
      ...trail(
        'when',
        'date',
        ['When', 'Kada'],
        ['R4.3: date and time of the change.', 'R4.3: pakeitimo data ir laikas.'],
      ),
      numberFormat: 'yyyy-mm-dd hh:mm',
      width: 150,
    },
    trail(
      'who',
      'email',
      ['Who', 'Kas'],
      ['R3.5, R4.3: who made the change.', 'R3.5, R4.3: kas pakeitė.'],
    ),
    trail(
      'sheet',
      'text',
      ['Sheet', 'Lapas'],
      ['R4.3: the sheet changed.', 'R4.3: pakeistas lapas.'],
    ),
    {
      ...accountIdColumn(['R4.3: the account concerned.', 'R4.3: susijusi paskyra.']),
      required: false,
      computed: true,
    },
    trail(
      'field',
      'text',
      ['Field', 'Laukas'],
      ['R4.3: the column changed.', 'R4.3: pakeistas stulpelis.'],
    ),
    trail(
      'oldValue',
      'longText',
      ['Old value', 'Sena reikšmė'],
      ['R4.3: the value before.', 'R4.3: reikšmė prieš.'],
    ),
    trail(
      'newValue',
      'longText',
      ['New value', 'Nauja reikšmė'],
      ['R4.3: the value after.', 'R4.3: reikšmė po.'],
    ),
    trail(
      'requestId',
      'text',
      ['Request', 'Užklausa'],
      [
        'R4.3: which save wrote the row; a save sent again (after a lost answer) is recognised by it and never recorded twice.',
        'R4.3: kuris išsaugojimas įrašė eilutę; pakartotinai išsiųstas išsaugojimas (dingus atsakymui) atpažįstamas ir neįrašomas du kartus.',
      ],
    ),
  ],
});
