// Lithuanian: the article's own terms (DOMAIN.md glossary), same keys as en.ts.
import type { Messages } from './en';

export const lt: Messages = {
  tier: { regular: 'Įprastas', key: 'Pagrindinis', critical: 'Kritinis', mono: 'Monoklientas' },
  menu: {
    title: 'KAM',
    setUp: 'Paruošti KAM darbaknygę',
    about: 'Apie KAM',
  },
  setUp: {
    title: 'KAM darbaknygė paruošta',
    nothing: 'Viskas jau buvo vietoje; niekas nepakeista.',
    createdSheets: (names) => `Sukurti lapai: ${names}.`,
    addedColumns: (names) => `Pridėti stulpeliai: ${names}.`,
    addedSettings: (names) => `Pridėti nustatymai: ${names}.`,
    kept: 'Niekas, ką įrašėte, nebuvo perkelta, ištrinta ar perrašyta.',
  },
  about:
    'KAM padeda dirbti su pagrindiniais klientais pagal straipsnio metodą (R1–R6): lygiai, kliento dokumentacija, kontaktų ritmas ir peržiūros.',
  fn: {
    where: (row, column, rows, columns) =>
      columns === 1
        ? ` ${row} eilutėje`
        : rows === 1
          ? ` ${column} stulpelyje`
          : ` ${row} eilutės ${column} stulpelyje`,
    message: (fn, arg, where, expected, got) =>
      `${fn}: ${arg}${where} turi būti ${expected}; gauta ${got}.`,
    expected: {
      NOT_A_NUMBER: 'skaičius',
      NEGATIVE: 'skaičius, ne mažesnis nei 0',
      NOT_FINITE: 'baigtinis skaičius',
      TOTAL_NOT_POSITIVE: 'didesnis nei 0',
      TOTAL_BELOW_REVENUE: 'ne mažesnis nei pajamos',
      NOT_A_SHARE: 'dalis, didesnė nei 0 % ir ne didesnė nei 100 %, pvz., 10 % arba 0,1',
      THRESHOLDS_OUT_OF_ORDER: 'išdėstyti tvarka key ≤ critical ≤ mono',
      NOT_A_DATE: 'data (datos langelis, ne tekstas)',
      NOT_WHOLE: 'sveikasis skaičius',
      OUT_OF_RANGE: (limits) => `nuo ${limits}`,
      SINGLE_CELL: 'vienas langelis, ne intervalas',
      RAGGED: 'stačiakampis intervalas (visos eilutės vienodo ilgio)',
      SAME_SHAPE: (rows, columns) =>
        `vienas langelis arba ${rows} × ${columns} intervalas kaip pirmasis argumentas`,
      REQUIRED_FOR_CELL: 'nurodytas, kai pirmasis argumentas yra vienas langelis',
      NOT_EMPTY: 'intervalas su bent vienomis pajamomis',
    },
    got: {
      text: (text) => `tekstas „${text}“`,
      boolean: (value) => (value ? 'TRUE' : 'FALSE'),
      date: 'data',
      number: (value) => `${value}`.replace('.', ','),
      nothing: 'nieko',
      range: (rows, columns) => `${rows} × ${columns} intervalas`,
      other: 'kitokia reikšmė',
    },
  },
};
