// Lithuanian: the article's own terms (DOMAIN.md glossary), same keys as en.ts.
import type { Messages } from './en';

export const lt: Messages = {
  tier: { regular: 'Įprastas', key: 'Pagrindinis', critical: 'Kritinis', mono: 'Monoklientas' },
  menu: {
    title: 'KAM',
    setUp: 'Paruošti KAM darbaknygę',
    runChecks: 'Tikrinti dabar',
    refreshDashboard: 'Atnaujinti suvestinę',
    dailyOn: 'Įjungti kasdienę patikrą',
    dailyOff: 'Išjungti kasdienę patikrą',
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
  finding: {
    short: {
      reviewNever: 'Niekada neperžiūrėta',
      reviewOverdue: 'Peržiūra vėluoja',
      reviewDueSoon: 'Netrukus peržiūra',
      contactNever: 'Nėra teigiamo kontakto',
      contactOverdue: 'Teigiamas kontaktas vėluoja',
      contactDueSoon: 'Netrukus teigiamas kontaktas',
      pausing: 'Pauzė po neigiamo kontakto',
      pauseBroken: 'Pauzė pažeista',
      noDecisionMaker: 'Nėra sprendimų priėmėjo',
      noSupporter: 'Nėra rėmėjo',
      strongOpponents: 'Įtakingas oponentas',
      singleThread: 'Bendraujama tik su vienu asmeniu',
      divisionsWithoutContact: 'Padaliniai be kontakto',
      noCompetitor: 'Nėra konkurento profilio',
      staleCompetitors: 'Pasenęs konkurento profilis',
    },
    reviewNever: (months) =>
      `Niekada neperžiūrėta: R3.6 taisyklė reikalauja peržiūros bent kas ${months} mėn.`,
    reviewOverdue: (days, last, months) =>
      `Peržiūra vėluoja ${days} d.: paskutinė peržiūra ${last}; R3.6 taisyklė reikalauja jos kas ${months} mėn.`,
    reviewDueSoon: (days, due) =>
      days === 0
        ? `Peržiūra šiandien (${due}), R3.6 taisyklė.`
        : `Peržiūra po ${days} d., ${due} (R3.6 taisyklė).`,
    contactNever: (every) =>
      `Neužregistruotas nė vienas teigiamas kontaktas: R5.1 taisyklė reikalauja jo bent kas ${every} d.`,
    contactOverdue: (days, last, every) =>
      `Teigiamas kontaktas vėluoja ${days} d.: paskutinis ${last}; R5.1 taisyklė reikalauja jo kas ${every} d.`,
    contactDueSoon: (days, due) =>
      days === 0
        ? `Teigiamas kontaktas reikalingas šiandien (${due}), R5.1 taisyklė.`
        : `Teigiamas kontaktas reikalingas po ${days} d., ${due} (R5.1 taisyklė).`,
    pausing: (negative, until) =>
      `Neigiamas kontaktas ${negative}: asmeniškai nebendraukite iki ${until} (R5.2 taisyklė); skubius reikalus sprendžia kolegos.`,
    pauseBroken: (negative, breach) =>
      `Pauzė pažeista: asmeninis kontaktas ${breach}, per 2 savaites po neigiamo kontakto ${negative} (R5.2 taisyklė).`,
    noDecisionMaker: 'Sprendimų grupėje nežinomas sprendimų priėmėjas (R3.3 taisyklė).',
    noSupporter: 'Sprendimų grupėje nėra rėmėjo (R3.3 taisyklė).',
    strongOpponents: (names) => `Įtakingas oponentas: ${names} (R3.3 taisyklė).`,
    singleThread:
      'Pastaruoju metu bendraujama tik su vienu kliento asmeniu; megzkite ryšius su daugiau (R6.2 taisyklė).',
    divisionsWithoutContact: (divisions) =>
      `Neseniai nebendrauta: ${divisions}; kurkite pasitikėjimą su visais padaliniais (R6.2 taisyklė).`,
    noCompetitor: 'Nėra konkurento profilio: kas dar bando laimėti šį klientą? (R3.4 taisyklė)',
    staleCompetitors: (names, months) =>
      `Konkurento profilis senesnis nei ${months} mėn.: ${names} (R3.4, R6.2 taisyklės).`,
  },
  monoClientAlert:
    'Monoklientas: daugiau nei pusė pajamų gaunama iš šio kliento. Iškart pradėkite megzti ryšius su naujais klientais (R1.3 taisyklė).',
  log: {
    sheet: 'KAM žurnalas',
    when: 'Kada',
    trigger: 'Paleido',
    outcome: 'Rezultatas',
    message: 'Pranešimas',
    outcomes: { ok: 'Gerai', partial: 'Atlikta iš dalies, tęsiama kitą kartą', failed: 'Nepavyko' },
  },
  check: {
    by: { schedule: 'Kasdienė patikra', change: 'Pridėtos arba ištrintos eilutės', menu: 'Meniu' },
    done: (accounts, alerts, warnings, info) =>
      `Patikrintos ${accounts} paskyros: ${alerts} reikia veikti dabar, ${warnings} netrukus, ${info} atkreipti dėmesį.`,
    partial: (computed, accounts) =>
      `Iki laiko ribos patikrinta ${computed} iš ${accounts} paskyrų; kitas paleidimas baigs likusias. Iki tol paryškinimai nekeičiami.`,
    turnedOn:
      'Kasdienė patikra įjungta: kiekviena paskyra tikrinama kartą per dieną, o žurnalo lape matomas kiekvienas paleidimas.',
    alreadyOn: 'Kasdienė patikra jau buvo įjungta; niekas nepakeista.',
    turnedOff: 'Kasdienė patikra išjungta.',
    lastRun: (at, outcome) => `Paskutinė patikra: ${at}, ${outcome}`,
    never: 'Paskutinė patikra: dar nebuvo',
  },
  dashboard: {
    sheet: 'KAM suvestinė',
    title: (day) => `Pagrindiniai klientai ${day}`,
    concentration: 'Pajamų koncentracija (R1.2, R1.3)',
    total: 'Visos pajamos',
    topClient: 'Didžiausias klientas',
    topShare: 'Didžiausio kliento dalis',
    top3: '3 didžiausių dalis',
    hhi: 'HHI (0–10 000)',
    mono: (client, share) =>
      `Monoklientas: ${client} atneša ${share} pajamų. Iškart pradėkite megzti ryšius su naujais klientais (R1.3).`,
    noMono: 'Monokliento nėra: joks klientas neatneša daugiau nei pusės pajamų (R1.3).',
    noRevenue: 'Pajamų lape dar nėra pajamų.',
    topClients: 'Didžiausi klientai',
    client: 'Klientas',
    share: 'Dalis',
    load: 'Vadovų krūvis (R2.1, R2.2)',
    manager: 'Vadovas',
    revenueKeyAccounts: 'Pagrindiniai klientai pagal pajamas',
    revenue: 'Pajamos',
    accounts: 'Visos paskyros',
    warning: 'Įspėjimas',
    overloaded: (n) => `${n} pagrindiniai klientai pagal pajamas: daugiau nei 3 (R2.2)`,
    scorecard: (months) => `Vadovų vertinimas, paskutiniai ${months} mėn. (R4.3)`,
    reviewsOnTime: 'Peržiūros laiku',
    rhythmKept: 'Teigiamų kontaktų ritmas',
    pausesRespected: 'Pauzės išlaikytos',
    planDone: 'Plano veiksmai laiku',
    dossierComplete: 'Dokumentacijos užpildymas',
    overdueReviews: 'Vėluojančios peržiūros (R3.6)',
    contactGaps: 'Kontaktų spragos (R5.1, R5.2)',
    account: 'Paskyra',
    days: 'Dienos',
    since: 'Nuo',
    status: 'Būsena',
    link: 'Eilutė',
    open: (row) => `Paskyrų eilutė ${row}`,
    none: 'Nėra.',
    neverReviewed: 'niekada neperžiūrėta',
    legend: 'Paskyrų spalvų paaiškinimas',
    legendItems: {
      alert: 'Veikti dabar: pažeista taisyklė (vėluoja peržiūra ar kontaktas, pažeista pauzė)',
      warning:
        'Netrukus: terminas po kelių dienų arba spraga (nėra sprendimų priėmėjo, konkurento profilio)',
      info: 'Dėmesio: vyksta pauzė, bendraujama su vienu asmeniu, tylus padalinys',
      ok: 'Tvarkoje',
    },
    concentrationChart: 'Pajamų dalis pagal klientą',
    loadChart: 'Pagrindiniai klientai pagal pajamas kiekvienam vadovui',
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
      ragged: 'skirtingo ilgio eilutės',
      other: 'kitokia reikšmė',
    },
  },
};
