// Lithuanian: the article's own terms (glossary of docs/rules.md), same keys as en.ts.
import type { Messages } from './en';

/** A Lithuanian noun's form for a number: 1, 21 → `one`; 2–9, 22 → `few`; 10–20, 30 → `many`. */
function pl(n: number, one: string, few: string, many: string): string {
  const tens = n % 100;
  const ones = n % 10;
  if (ones === 1 && tens !== 11) return one;
  if (ones >= 2 && (tens < 11 || tens > 19)) return few;
  return many;
}

const MONTHS = [
  'sausio',
  'vasario',
  'kovo',
  'balandžio',
  'gegužės',
  'birželio',
  'liepos',
  'rugpjūčio',
  'rugsėjo',
  'spalio',
  'lapkričio',
  'gruodžio',
];

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
    failedTitle: 'KAM nepavyko baigti',
    busy: 'Kitas KAM veiksmas (išsaugojimas, patikra) šiuo metu rašo į šią darbaknygę; bandykite po minutės.',
    failed: (item, reason) =>
      `„${item}“ nebaigta: ${reason}\n\nTai, kas jau padaryta, lieka; paleidę dar kartą, užbaigsite. Tą patį pranešimą rasite KAM žurnalo lape; jei vis nepavyksta, nusiųskite jį su pagalbos užklausa.`,
    help: 'Pagalba',
    checkInstallation: 'Patikrinti šį diegimą',
  },
  setUp: {
    title: 'KAM darbaknygė paruošta',
    nothing: 'Viskas jau buvo vietoje; niekas nepakeista.',
    createdSheets: (names) => `Sukurti lapai: ${names}.`,
    addedColumns: (names) => `Pridėti stulpeliai: ${names}.`,
    addedSettings: (names) => `Pridėti nustatymai: ${names}.`,
    kept: 'Niekas, ką įrašėte, nebuvo perkelta, ištrinta ar perrašyta.',
    unlinked: (cells) =>
      `Šios lapo „Pajamos“ formulės neseka lapo „Nustatymai“, todėl ten pakeista riba ar visos įmonės pajamos jų nekeičia:\n${cells}\n\nSusieti jas su nustatymais? Bus pakeisti tik šie langeliai.`,
    linked: (n) =>
      n === 1
        ? '1 lapo „Pajamos“ formulė dabar seka nustatymus.'
        : `${n} lapo „Pajamos“ formulės dabar seka nustatymus.`,
  },
  finding: {
    andMore: (n) => `… ir dar ${n}`,
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
      reportsToCycle: 'Pavaldumo ratas',
      futureDated: 'Data ateityje',
    },
    futureDated: (rows, today) =>
      `Eilučių su data po šiandienos (${today}): ${rows}. Dar neįvykęs kontaktas, peržiūra ar atnaujinimas neįskaičiuojamas į taisykles, kol ateis jo diena. Patikrinkite datą.`,
    reviewNever: (months) =>
      `Niekada neperžiūrėta: dokumentaciją peržiūrėkite bent kas ${months} mėn.`,
    reviewOverdue: (days, last, months) =>
      `Peržiūra vėluoja ${days} d.: paskutinė peržiūra ${last}; dokumentaciją reikia peržiūrėti kas ${months} mėn.`,
    reviewDueSoon: (days, due) =>
      days === 0 ? `Peržiūra šiandien (${due}).` : `Peržiūra po ${days} d., ${due}.`,
    contactNever: (every) =>
      `Neužregistruotas nė vienas teigiamas kontaktas: santykiams jo reikia bent kas ${every} d.`,
    contactOverdue: (days, last, every) =>
      `Teigiamas kontaktas vėluoja ${days} d.: paskutinis ${last}; santykiams jo reikia kas ${every} d.`,
    contactDueSoon: (days, due) =>
      days === 0
        ? `Teigiamas kontaktas reikalingas šiandien (${due}).`
        : `Teigiamas kontaktas reikalingas po ${days} d., ${due}.`,
    pausing: (negative, until) =>
      `Neigiamas kontaktas ${negative}: asmeniškai nebendraukite iki ${until}; skubius reikalus sprendžia kolegos.`,
    pauseBroken: (negative, breach) =>
      `Pauzė pažeista: asmeninis kontaktas ${breach}, per 2 savaites po neigiamo kontakto ${negative}.`,
    noDecisionMaker:
      'Sprendimų grupėje nežinoma, kas sprendžia: išsiaiškinkite, kas gali spręsti vienas ar vetuoti.',
    noSupporter: 'Sprendimų grupėje dar niekas nėra mūsų pusėje: laimėkite rėmėją.',
    strongOpponents: (names) =>
      `Įtakingas oponentas: ${names}. Numatykite, kaip atsakyti į jo prieštaravimus.`,
    singleThread:
      'Pastaruoju metu bendraujama tik su vienu kliento asmeniu: megzkite ryšius su daugiau žmonių.',
    divisionsWithoutContact: (divisions) =>
      `Neseniai nebendrauta: ${divisions}. Kurkite pasitikėjimą su kiekvienu padaliniu.`,
    noCompetitor: 'Nėra konkurento profilio: kas dar bando laimėti šį klientą?',
    staleCompetitors: (names, months) =>
      `Konkurento profilis senesnis nei ${months} mėn.: ${names}. Atnaujinkite, ką apie juos žinote.`,
    reportsToCycle: (names) =>
      `„Pavaldus“ sudaro ratą: ${names}. Pataisykite, kas kam pavaldus, sprendimų grupėje.`,
  },
  monoClientAlert:
    'Monoklientas: daugiau nei pusė pajamų gaunama iš šio kliento. Iškart pradėkite megzti ryšius su naujais klientais.',
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
    missing: (parts) =>
      `Nerasta, todėl netikrinta: ${parts}. Paleiskite „Paruošti KAM darbaknygę“, kad būtų pridėta, ko trūksta.`,
    settingIgnored: (label, got) =>
      `Nustatymai: „${label}“ reikšmė „${got}“ netinkama, todėl taikyta numatytoji straipsnio reikšmė.`,
    lastRun: (at, outcome) => `Paskutinė patikra: ${at}, ${outcome}`,
    never: 'Paskutinė patikra: dar nebuvo',
    dailyBy: (owner) => `Kasdienė patikra: įjungta, vykdo ${owner}`,
    someone: 'kitas naudotojas',
    alreadyOff: 'Kasdienė patikra jau buvo išjungta; niekas nepakeista.',
    runByYou: (owner) =>
      `Kasdienė patikra įjungta, ją vykdote jūs (${owner}): kiekviena paskyra tikrinama kartą per dieną ir dar kartą, kai įterpiamos ar ištrinamos eilutės. KAM žurnalo lape matomas kiekvienas paleidimas.`,
    runByOther: (owner) =>
      `Šioje darbaknygėje kasdienė patikra jau įjungta: ją vykdo ${owner}, ir ji tikrina visas paskyras visiems. Jos paleidikliai priklauso šiam asmeniui, todėl išjungti ją gali tik jis; norėdami ką nors keisti, kreipkitės į ${owner}.`,
    triggerLimit: (count, quota) =>
      `Google leidžia kiekvienam asmeniui turėti ${quota} KAM paleidiklių visose jo skaičiuoklėse, o jūs jau turite ${count}. Kasdienei patikrai kiekvienoje darbaknygėje reikia 2, todėl ji gali veikti daugiausia ${quota / 2} jūsų darbaknygėse. Išjunkite ją darbaknygėje, kurios nebenaudojate (ten KAM › Išjungti kasdienę patikrą), ir bandykite dar kartą.`,
    consentMissing: (scopes) =>
      `Kasdienė patikra nepaleista: jos savininkas nebeleidžia KAM ${scopes}. Kasdienė patikra leidimo paprašyti negali, todėl atidarykite šią skaičiuoklę to asmens vardu ir pasirinkite KAM › Tikrinti dabar: Google paprašys leidimo iš naujo, o kasdienė patikra vėl veiks nuo kitos valandos.`,
    lastRunUnfinished: (at) => `Paskutinė patikra nebaigta (${at}): paleiskite dar kartą`,
    editsWaiting: (at) => `Pakeitimai nuo ${at} dar nepatikrinti: tikrinkite dabar`,
    busy: 'Kitas KAM veiksmas šiuo metu rašo į šią darbaknygę, todėl patikra nepaleista; bandykite po minutės.',
    writing:
      'Paskutinė patikra nebaigta rašant būsenas; paleiskite dar kartą: ji perrašys visas būsenas.',
    unfinished: (reason) =>
      `Paskutinė patikra nebaigta rašant būsenas (${reason}); kai kuriose eilutėse gali būti naujos reikšmės su senomis pastabomis ar spalvomis. Paleiskite dar kartą: ji perrašys visas būsenas.`,
    failed: (reason) => `Patikra nepavyko dar nieko neįrašius (${reason}); niekas nepakeista.`,
    failedAfter: (reason) =>
      `Patikra įrašė visas būsenas, bet po to nepavyko (${reason}); paleiskite dar kartą, kad būtų įrašyta į žurnalą ir atnaujinta suvestinė.`,
    repaired: 'Ankstesnė patikra nebuvo baigta; ši perrašė visas būsenas.',
    editsChecked: (at) => `Pakeitimai, padaryti KAM dirbant (paskutinis ${at}), patikrinti dabar.`,
  },
  scopes: {
    spreadsheets: 'matyti ir redaguoti jūsų skaičiuokles',
    'userinfo.email': 'matyti jūsų el. pašto adresą',
    'script.scriptapp': 'vykdyti kasdienę patikrą, kai jūsų nėra',
    'script.container.ui': 'rodyti savo šoninį skydelį ir langus',
    'drive.file': 'kurti ir skaityti savo sukurtus failus jūsų Diske',
    'script.send_mail': 'siųsti el. pašto suvestines iš jūsų paskyros',
  },
  install: {
    title: 'KAM diegimo patikra',
    heading: (when, zone) => `KAM diegimo patikra, ${when} (${zone})`,
    context: (name, locale, user) => `Skaičiuoklė „${name}“, lokalė ${locale}; paleido ${user}.`,
    unknownUser: 'naudotojas, kurio Apps Script nenurodė',
    summary: (failed, total) =>
      failed === 0
        ? `Visos ${total} patikros sėkmingos.`
        : `Nepavyko ${failed} iš ${total} patikrų: žr. „Ką daryti“ toliau.`,
    marks: { pass: 'GERAI', fail: 'KLAIDA', note: 'PASTABA' },
    toDo: 'Ką daryti',
    copy: 'Norėdami gauti pagalbos, nukopijuokite šią ataskaitą į pagalbos užklausą:',
    logged: 'Ataskaita įrašyta ir į KAM žurnalo lapą.',
    notLogged:
      'KAM negali redaguoti šios skaičiuoklės, todėl ataskaita neįrašyta į KAM žurnalo lapą.',
    failedProbe: (reason) => `Pati patikra nepavyko: ${reason}`,
    probeDo: 'Paleiskite šią patikrą dar kartą; jei vėl nepavyks, nusiųskite ataskaitą pagalbai.',
    names: {
      scopes: 'Leidimai',
      email: 'Jūsų el. pašto adresas',
      text: 'Tekstas, panašus į formulę',
      triggers: 'Kasdienės patikros paleidikliai',
      zone: 'Datos skaičiuoklės laiko juostoje',
      lock: 'Dokumento užraktas',
      cache: 'Dokumento podėlis',
      quota: 'Paleidikliai ir Google riba',
    },
    scopesOk: (count) => `Suteikti visi ${count} leidimai, kurių prašo KAM.`,
    scopesMissing: (missing) => `Nesuteikta: ${missing}.`,
    scopesDo:
      'Pasirinkite reikiamą KAM meniu punktą (Atverti kliento dokumentaciją, Įjungti kasdienę patikrą…): Google vėl parodys leidimų langą; pažymėkite, ko trūksta, ir leiskite.',
    emailOk: (email) => `Apps Script praneša KAM, kas jūs esate: ${email}.`,
    emailMissing:
      'Apps Script nepraneša KAM, kas jūs esate, todėl šoninis skydelis negali nustatyti, kurių klientų dokumentaciją galite atverti.',
    emailDo:
      'Leiskite KAM matyti jūsų el. pašto adresą (Atverti kliento dokumentaciją paprašys dar kartą). Asmeninėms paskyroms už priedo domeno ribų Google jo priedams nerodo: naudokite darbo paskyrą.',
    textOk: (count) =>
      `Visi tekstai (${count}), prasidedantys =, +, - ar @ (ir apostrofu), grįžo tokie, kokie įrašyti.`,
    textChanged: (changed) => `KAM įrašytas tekstas grįžo pakitęs: ${changed}.`,
    textDo:
      'Kol tai nepataisyta, tokius tekstus lapuose tikrinkite akimis ir nusiųskite šią ataskaitą pagalbai.',
    plainText: (formula, apostrophe) =>
      `Šioje skaičiuoklėje scenarijaus į grynojo teksto langelį įrašytas „=…“ lieka ${formula ? 'formule' : 'tekstu'}, o pradinis apostrofas ${apostrophe ? 'lieka tekste' : 'pašalinamas'} (KAM rašymas saugus abiem atvejais).`,
    triggersOff:
      'Kasdienė patikra čia išjungta, todėl paleidiklių ieškoti nėra ko. Įjunkite ją ir paleiskite šią patikrą dar kartą, kad įsitikintumėte, jog Google juos rodo.',
    triggersOther: (owner) =>
      `Kasdienę patikrą vykdo ${owner}; jos paleidiklius mato tik ${owner}. Paprašykite ${owner} paleisti šią patikrą.`,
    triggersOk: (count, here) =>
      `Google rodo ${count} kasdienės patikros paleidiklius. ${here ? 'Šios skaičiuoklės sąraše matomas ir valandinis.' : 'Šios skaičiuoklės sąraše valandinio nėra, bet KAM tuo nesiremia.'}`,
    triggersMissing: (missing, count) =>
      `Google nerodo ${missing} iš ${count} kasdienės patikros paleidiklių, todėl ją išjungus vienas galėtų likti.`,
    triggersDo:
      'Išjunkite ir vėl įjunkite kasdienę patikrą (KAM meniu). Jei ši patikra vis tiek nepavyksta, nusiųskite ataskaitą pagalbai.',
    zoneOk: (zone, moments) =>
      `${zone}: scenarijaus laikrodis ir Google datų formatavimas sutampa ${moments} akimirkomis apie šių metų laiko keitimus.`,
    zoneOff: (zone, moments) =>
      `${zone}: scenarijaus laikrodis ir Google datų formatavimas nesutampa ${moments}, todėl datos apie laiko keitimą gali skirtis viena diena.`,
    zoneDo:
      'Patikrinkite laiko juostą: Failas › Nustatymai; nusiųskite šią ataskaitą pagalbai: KAM gali skaičiuoti dienas pagal Google formatavimą.',
    zoneUnknown: (zone) =>
      `${zone}: scenarijaus laikrodis šios juostos nežino, todėl KAM kiekvienos datos klausia Google (lėčiau, bet teisingai).`,
    lockOk:
      'KAM gali užimti dokumento užraktą, kuris neleidžia dviem išsaugojimams perrašyti vienas kito.',
    lockMissing: 'Apps Script čia neduoda KAM dokumento užrakto.',
    lockBusy: 'Kita KAM užduotis dokumento užraktą laikė ilgiau nei 10 sekundžių.',
    lockDo:
      'Palaukite, kol baigsis kitos KAM užduotys (patikra, išsaugojimas), ir paleiskite šią patikrą dar kartą; jei vis nepavyksta, nusiųskite ataskaitą pagalbai.',
    cacheOk: 'Dokumento podėlis išsaugo, ką į jį įrašo KAM.',
    cacheMissing: 'Apps Script čia neduoda KAM dokumento podėlio.',
    cacheForgot: 'Dokumento podėlis neišsaugojo to, ką į jį įrašė KAM.',
    cacheDo:
      'Tada per didelė vienam paleidimui patikra kas valandą pradedama iš naujo. Jei darbaknygėje daug šimtų paskyrų, nusiųskite šią ataskaitą pagalbai.',
    quotaOk: (count, quota) =>
      `Turite ${count} iš ${quota} KAM paleidiklių, kuriuos Google leidžia kiekvienam asmeniui (po 2 kiekvienoje darbaknygėje su įjungta kasdiene patikra).`,
    quotaFull: (count, quota) =>
      `Turite ${count} iš ${quota} KAM paleidiklių, kuriuos Google leidžia kiekvienam asmeniui: kasdienei patikrai čia vietos nebėra.`,
    quotaDo: 'Išjunkite kasdienę patikrą nebenaudojamose darbaknygėse, tada įjunkite ją čia.',
    needs: (scope) => `Šiai patikrai reikia leidimo ${scope}.`,
  },
  dashboard: {
    sheet: 'KAM suvestinė',
    title: (day) => `Pagrindiniai klientai ${day}`,
    concentration: 'Pajamų koncentracija',
    total: 'Visos pajamos',
    topClient: 'Didžiausias klientas',
    topShare: 'Didžiausio kliento dalis',
    top3: '3 didžiausių dalis',
    hhi: 'HHI (0–10 000)',
    mono: (client, share) =>
      `Monoklientas: ${client} atneša ${share} pajamų. Iškart pradėkite megzti ryšius su naujais klientais.`,
    noMono: 'Monokliento nėra: joks klientas neatneša daugiau nei pusės pajamų.',
    noRevenue: 'Pajamų lape dar nėra pajamų.',
    topClients: 'Didžiausi klientai',
    client: 'Klientas',
    share: 'Dalis',
    load: 'Vadovų krūvis',
    manager: 'Vadovas',
    revenueKeyAccounts: 'Pagrindiniai klientai pagal pajamas',
    revenue: 'Pajamos',
    accounts: 'Visos paskyros',
    warning: 'Įspėjimas',
    overloaded: (n) =>
      `${n} pagrindiniai klientai pagal pajamas: daugiau, nei paprastai turi vienas vadovas (3)`,
    scorecard: (months) => `Vadovų vertinimas, paskutiniai ${months} mėn.`,
    reviewsOnTime: 'Peržiūros laiku',
    rhythmKept: 'Teigiamų kontaktų ritmas',
    pausesRespected: 'Pauzės išlaikytos',
    planDone: 'Plano veiksmai laiku',
    dossierComplete: 'Dokumentacijos užpildymas',
    overdueReviews: 'Vėluojančios peržiūros',
    contactGaps: 'Kontaktų spragos',
    account: 'Paskyra',
    daysOverdue: 'Vėluojama dienų',
    lastReview: 'Paskutinė peržiūra',
    lastPositive: 'Paskutinis teigiamas kontaktas',
    status: 'Būsena',
    link: 'Eilutė',
    open: (row) => `Paskyrų eilutė ${row}`,
    keyWithoutAccount: 'Pagrindiniai klientai be paskyros',
    tier: 'Lygis',
    openRevenue: (row) => `Pajamų eilutė ${row}`,
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
    'KAM padeda dirbti su pagrindiniais klientais pagal straipsnio „Darbo su pagrindiniais klientais taisyklės“ metodą: lygiai, kliento dokumentacija, kontaktų ritmas ir peržiūros.',
  fn: {
    whereOnSheet: (row, column, rows, columns) =>
      columns === 1
        ? ` ${row} eilutėje`
        : rows === 1
          ? ` ${column} stulpelyje`
          : ` langelyje ${column}${row}`,
    whereInRange: (n) => `, ${n}-oji intervalo reikšmė,`,
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
  sidebar: {
    title: 'Pagrindinio kliento dokumentacija',
    menuItem: 'Atverti kliento dokumentaciją',
    loading: 'Įkeliama kliento dokumentacija…',
    loadingRows: 'Įkeliamas sąrašas…',
    rowsFailed: 'Sąrašo įkelti nepavyko.',
    tryAgain: 'Bandyti dar kartą',
    saving: 'Išsaugoma…',
    saved: 'Išsaugota.',
    nothingChanged: 'Niekas nepakeista, nieko neišsaugota.',
    account: 'Paskyra',
    pickAccount: 'Pasirinkite paskyrą…',
    noAccounts:
      'Nėra pagrindinės paskyros, kurią galėtumėte atverti: dokumentaciją mato tik pagrindinės paskyros vadovas ir jo tiesioginis vadovas.',
    noSelection: 'Pažymėkite paskyros eilutę bet kuriame KAM lape arba pasirinkite paskyrą čia.',
    sectionsLabel: 'Dokumentacijos skyriai',
    sections: {
      general: 'Bendra informacija',
      ourView: 'Vaizdas iš jūsų pusės',
      decisionGroup: 'Sprendimų grupė',
      competitors: 'Konkurentai',
      contacts: 'Kontaktai',
      plan: 'Planas',
      whitespace: 'Baltosios dėmės',
      review: 'Peržiūra',
    },
    sectionHelp: {
      general: 'Kokia tai įmonė: jos istorija, struktūra ir aplinka, pramonė ir žinomi rodikliai.',
      ourView:
        'Kaip mums sekasi su klientu: kas iš mūsų su juo dirbo, santykiai dabar ir kokių tikimės, biudžetas ir kaip jie sprendžia.',
      decisionGroup:
        'Visi kliento žmonės, dalyvaujantys priimant sprendimą: jų vaidmuo, požiūris į mus ir įtaka.',
      competitors:
        'Panašų produktą siūlantys konkurentai, bandantys laimėti šį klientą; stebėkite juos net kai viskas gerai.',
      contacts:
        'Teigiamas kontaktas bent kas 10 dienų; po neigiamo kontakto 2 savaites nebendraukite asmeniškai.',
      plan: 'Dirbkite pagal iš anksto parengtą planą: ko siekiama, kas ką daro iki kada ir kas iš to išėjo.',
      whitespace:
        'Kuriuos mūsų pasiūlymus kiekvienas kliento padalinys perka iš mūsų, galėtų pirkti arba perka iš konkurento.',
      review: 'Bent kas 3 mėnesius peržiūrėkite visą dokumentaciją ir užrašykite, kas pasikeitė.',
    },
    rules: (codes) =>
      /[,–]/.test(codes) ? `Metodo taisyklės ${codes}` : `Metodo taisyklė ${codes}`,
    save: 'Išsaugoti',
    cancel: 'Atšaukti',
    edit: 'Keisti',
    remove: 'Pašalinti',
    confirmRemove: 'Tikrai pašalinti',
    archive: 'Archyvuoti',
    restore: 'Grąžinti',
    archivedTag: 'archyvuota',
    required: 'privaloma',
    add: {
      decisionGroup: 'Pridėti asmenį',
      competitors: 'Pridėti konkurentą',
      plan: 'Pridėti veiksmą',
      whitespace: 'Pridėti padalinį ir pasiūlymą',
    },
    editing: (name) => `Keičiama: ${name}`,
    adding: 'Naujas įrašas',
    empty: {
      decisionGroup: 'Dar nieko nėra.',
      competitors: 'Dar nėra konkurento profilio: kas dar bando laimėti šį klientą?',
      plan: 'Dar nesuplanuota veiksmų.',
      whitespace: 'Dar nieko nepažymėta: kurie padaliniai perka kuriuos mūsų pasiūlymus?',
    },
    openMap: 'Atverti žemėlapį',
    openWhitespace: 'Atverti baltųjų dėmių žemėlapį',
    printBrief: 'Spausdinti santrauką',
    opening: 'Atveriama…',
    noOfferings:
      'Dar nėra pasiūlymų sąrašo: įrašykite, ką parduodame, į nustatymų lapo stulpelį „Mūsų pasiūlymai“.',
    pickNone: '– niekam –',
    lastUpdated: (day) => `atnaujinta ${day}`,
    attitudePart: (label) => label.toLowerCase(),
    influencePart: (label) => `${label.toLowerCase()} įtaka`,
    unsaved: (fields) => `Neišsaugota: ${fields}`,
    noUnsaved: 'Neišsaugotų pakeitimų nėra.',
    coverageTitle: 'Aprėptis',
    rolesUncovered: (roles) => `Vaidmenys, kurių dar niekas neatlieka: ${roles}.`,
    allRolesCovered: 'Kiekvienas vaidmuo turi žmogų.',
    attitudes: (supporters, neutral, opponents) =>
      `Požiūris į mus: ${supporters} už, ${neutral} neutralūs, ${opponents} prieš.`,
    divisionsWithoutContact: (divisions) =>
      `Padaliniai, su kuriais neseniai nebendrauta: ${divisions}.`,
    strongOpponents: (names) => `Įtakingi oponentai: ${names}.`,
    noSupporter: 'Mūsų pusėje dar nieko nėra: laimėkite rėmėją.',
    nextContactDue: (day) => `Kitas teigiamas kontaktas iki: ${day}.`,
    noPositiveContact: (days) =>
      `Dar neužregistruotas teigiamas kontaktas; santykiams jo reikia bent kas ${days} d.`,
    pauseInForce: (negative, until) =>
      `Galioja pauzė: neigiamas kontaktas ${negative}; asmeniškai nebendraukite iki ${until}. Skubius reikalus sprendžia kolegos.`,
    pauseBroken: (breach) => `Pauzė pažeista asmeniniu kontaktu ${breach}.`,
    noPause: 'Pauzė negalioja.',
    logContact: 'Registruoti kontaktą',
    editContact: (day) => `Keisti ${day} kontaktą`,
    personalYes:
      'Asmeninis kontaktas: gyvai, telefonu ar vaizdo skambučiu bendrauja pagrindinės paskyros vadovas.',
    personalNo: 'Ne asmeninis kontaktas: raštu arba bendrauja ne pagrindinės paskyros vadovas.',
    pauseWarningTitle: 'Asmeninis kontaktas per pauzę',
    pauseWarning: (day, negative, until) =>
      `${day} patenka į pauzę po neigiamo kontakto ${negative}, kuri trunka iki ${until}: 2 savaites nebendraukite asmeniškai; skubius reikalus spręskite per kitus asmenis. Vis tiek išsaugoti?`,
    logAnyway: 'Vis tiek išsaugoti',
    newPerson: (name) => `${name} dar nėra sprendimų grupėje. Pridėti, kad aprėptis jį įskaitytų?`,
    addToGroup: 'Pridėti į sprendimų grupę',
    notNow: 'Ne dabar',
    someoneNew: 'Asmuo, kurio nėra grupėje…',
    newPersonName: 'Jo vardas ir pavardė',
    onRecordTag: 'pažeista pauzė',
    onRecord:
      'Šis kontaktas rodo pažeistą pauzę. Jį pakeisti galima tik nurodžius priežastį, o pažeidimas lieka įraše ir įskaitomas vertinant.',
    reason: 'Pakeitimo priežastis',
    reasonHelp: 'Išsaugoma pakeitimų istorijoje, kurią mato pardavimų skyriaus vadovas.',
    removeContact: (day) => `Pašalinti ${day} kontaktą? Jo reikšmės lieka pakeitimų istorijoje.`,
    recentContacts: (shown, total) =>
      shown === total ? `Kontaktai (${total})` : `Naujausi ${shown} iš ${total} kontaktų`,
    noContacts: 'Dar neužregistruota kontaktų.',
    personalTag: 'asmeninis',
    personalAuto: (personal) =>
      personal ? 'Nustato KAM (dabar: taip)' : 'Nustato KAM (dabar: ne)',
    personalChosen: (personal) =>
      personal
        ? 'Pažymėjote šį kontaktą kaip asmeninį.'
        : 'Pažymėjote šį kontaktą kaip neasmeninį.',
    lastReview: (day) => `Paskutinė peržiūra: ${day}.`,
    neverReviewed: 'Niekada neperžiūrėta.',
    nextReviewDue: (day, months) => `Kita peržiūra iki: ${day} (bent kas ${months} mėn.).`,
    markReviewed: 'Pažymėti peržiūrėta',
    reviewConfirm: (day) => `Pažymėti dokumentaciją peržiūrėta ${day} su šia pastaba?`,
    confirmReviewed: 'Taip, pažymėti peržiūrėta',
    previousReviews: 'Ankstesnės peržiūros',
    findingsTitle: 'Reikia dėmesio',
    lastChange: (who, when) => `Paskutinis pakeitimas: ${who}, ${when}.`,
    stale: (who, when) =>
      `Neišsaugota: ${who} pakeitė tai, ką redaguojate, ${when}, jau jums atvėrus (Pakeitimų istorija). Jūsų įvestis išlieka: įkelkite iš naujo, peržiūrėkite pakeitimą ir išsaugokite dar kartą.`,
    staleUnknown:
      'Neišsaugota: tai, ką redaguojate, lape pakeista jau jums atvėrus. Jūsų įvestis išlieka: įkelkite iš naujo ir išsaugokite dar kartą.',
    someone: 'kažkas',
    reloaded:
      'Įkelta iš naujo. Jūsų įvestis liko formoje: palyginkite su pakeitimu ir išsaugokite.',
    reloadKeep: 'Įkelti iš naujo, išlaikyti įvestį',
    rowConflictTitle: 'Ši eilutė pasikeitė, kol ją redagavote',
    rowConflict:
      'Kažkas pakeitė arba pašalino eilutę, kurią redagavote, todėl jūsų įvestis į ją neįrašyta (ir niekada neįrašoma į kitą eilutę). Pridėkite įvestį kaip naują eilutę arba ją atmeskite ir redaguokite eilutę tokią, kokia ji dabar.',
    addAsNew: 'Pridėti įvestį kaip naują eilutę',
    discardDraft: 'Atmesti mano įvestį',
    busy: 'Kažkas kitas šiuo metu išsaugo šioje darbaknygėje. Jūsų įvestis išlieka; bandykite po akimirkos.',
    noAccess:
      'Šią dokumentaciją gali atverti tik pagrindinės paskyros vadovas ir jo tiesioginis vadovas.',
    notSetUp:
      'Darbaknygė dar neparuošta: pirmiausia paleiskite Plėtiniai › KAM › Paruošti KAM darbaknygę.',
    accountNotFound: 'Tokios paskyros lape „Pagrindinės paskyros“ nėra.',
    itemNotFound: 'Tos eilutės nebėra; įkelkite dokumentaciją iš naujo.',
    internal: 'Serverio klaida; niekas neišsaugota. Jūsų įvestis išlieka.',
    callFailed: (detail) =>
      `Nepavyko susisiekti su serveriu (${detail}). Jūsų įvestis išlieka; bandykite dar kartą: jau gautas išsaugojimas neįrašomas du kartus.`,
    writeFailed: (reason) =>
      `Išsaugoti nepavyko rašant į lapą (${reason}). Dalis pakeitimo gali būti lape: įkelkite iš naujo ir pažiūrėkite, kas jame yra. Jūsų įvestis išlieka.`,
    historyFailed: (reason) => `Išsaugota, bet nepavyko įrašyti į Pakeitimų istoriją (${reason}).`,
    statusesFailed: (reason) =>
      `Išsaugota, bet nepavyko atnaujinti būsenų (${reason}); „Tikrinti dabar“ jas sutvarkys.`,
    finishFailed: (reason) =>
      `Išsaugota, bet darbaknygė nepatvirtino paskutinių įrašų (${reason}); įkelkite iš naujo ir patikrinkite.`,
    fixFields: 'Patikrinkite raudonai pažymėtus laukus.',
    payloadFields: {
      payload: 'Užklausa',
      accountId: 'Paskyra',
      key: 'Eilutė',
      sheet: 'Skyrius',
      note: 'Kas pasikeitė',
      date: 'Data',
      reason: 'Pakeitimo priežastis',
      confirmPause: 'Pauzės patvirtinimas',
      values: 'Reikšmės',
      requestId: 'Užklausos ID',
    },
    problem: {
      NOT_AN_OBJECT: (label) => `${label}: turi būti pavadintų laukų rinkinys.`,
      REQUIRED: (label) => `${label}: privaloma užpildyti.`,
      NOT_TEXT: (label) => `${label}: turi būti tekstas.`,
      TOO_LONG: (label, max) =>
        `${label}: ne daugiau kaip ${max.replace(/\B(?=(\d{3})+$)/g, '\u00a0')} simbolių.`,
      NOT_A_NUMBER: (label) => `${label}: turi būti skaičius.`,
      NOT_WHOLE: (label) => `${label}: turi būti sveikasis skaičius.`,
      NEGATIVE: (label) => `${label}: turi būti 0 arba daugiau.`,
      NOT_A_DATE: (label) => `${label}: turi būti data nuo 1900 iki 2199, formatu MMMM-MM-DD.`,
      NOT_A_CHOICE: (label, choices) => `${label}: turi būti viena iš: ${choices}.`,
      NOT_A_LIST: (label, choices) => `${label}: turi būti sąrašas iš: ${choices}.`,
      NOT_AN_EMAIL: (label) => `${label}: turi būti el. pašto adresas, pvz., vardas@example.com.`,
      NOT_YES_NO: (label) => `${label}: turi būti taip arba ne.`,
      NOT_BOOLEAN: (label) => `${label}: turi būti true arba false.`,
      UNKNOWN_FIELD: (label) => `${label}: tokio lauko šioje formoje nėra.`,
      ACCOUNT_NOT_FOUND: (label) => `${label}: tokios paskyros lape „Pagrindinės paskyros“ nėra.`,
      ITEM_NOT_FOUND: (label) => `${label}: tos eilutės nebėra; įkelkite iš naujo.`,
      BAD_KEY: (label) =>
        `${label}: turi būti eilutė, kaip ją įkėlė dokumentacija; įkelkite iš naujo.`,
      STALE: (label) => `${label}: tai pakeista jau jums atvėrus.`,
      BUSY: (label) => `${label}: kažkas kitas šiuo metu išsaugo; bandykite dar kartą.`,
      NO_ACCESS: (label) =>
        `${label}: atverti gali tik pagrindinės paskyros vadovas ir jo tiesioginis vadovas.`,
      NOT_SET_UP: (label) => `${label}: darbaknygė dar neparuošta.`,
      NOT_A_PERSON: (label) => `${label}: turi būti kitas šios paskyros sprendimų grupės asmuo.`,
      REPORTS_TO_CYCLE: (label, names) =>
        `${label}: susidarytų ratas (${names}) – asmuo negali būti pavaldus tam, kuris pavaldus jam.`,
      PAUSE: (label) => `${label}: asmeniniam kontaktui per pauzę reikia jūsų patvirtinimo.`,
      IN_FUTURE: (label, today) =>
        `${label}: negali būti vėlesnė nei šiandien (${today}); registruokite tai, kas jau įvyko.`,
      BEFORE_LAST_REVIEW: (label, last) =>
        `${label}: negali būti ankstesnė nei paskutinė peržiūra (${last}).`,
      WRITE_FAILED: (label) => `${label}: išsaugoti nepavyko rašant; dalis gali būti lape.`,
      INTERNAL: (label) => `${label}: serverio klaida; niekas neišsaugota.`,
    },
  },
  record: {
    reason: 'Pakeitimo priežastis',
    breach: 'Pažeista pauzė (įrašyta)',
    breachText: (breach, negative) =>
      `Asmeninis kontaktas ${breach}, per pauzę po neigiamo kontakto ${negative}`,
    kept: 'Lieka įraše: vertinant vis tiek įskaitoma',
  },
  maps: {
    mapTitle: 'Ryšių žemėlapis',
    whitespaceTitle: 'Baltųjų dėmių žemėlapis',
    briefTitle: 'Paskyros santrauka',
    loading: 'Įkeliama…',
    failed: (detail) =>
      `Žemėlapio įkelti nepavyko (${detail}). Uždarykite jį ir atverkite iš naujo šoninėje juostoje.`,
    tabs: { people: 'Ryšių žemėlapis', whitespace: 'Baltųjų dėmių žemėlapis' },
    fit: 'Pritaikyti langui',
    actualSize: 'Tikras dydis',
    download: 'Atsisiųsti SVG',
    openSvg: 'Atverti SVG naujame skirtuke',
    copySvg: 'Kopijuoti SVG',
    copied: 'SVG nukopijuotas į iškarpinę.',
    copyFailed: 'Kopijuoti čia neleidžiama: atverkite SVG naujame skirtuke ir išsaugokite ten.',
    downloadHelp:
      'Jei atsisiuntimas neprasideda (naršyklė gali blokuoti atsisiuntimus iš dialogo), atverkite SVG naujame skirtuke ir išsaugokite ten.',
    print: 'Spausdinti',
    openInTab: 'Atverti naujame skirtuke ir spausdinti',
    close: 'Uždaryti',
    clickHint: 'Spustelėkite asmenį, kad jį keistumėte šoninėje juostoje.',
    opening: (name) => `${name} atveriamas šoninėje juostoje…`,
    empty: 'Sprendimų grupėje dar nieko nėra: pridėkite asmenų šoninėje juostoje.',
    noDivision: 'Padalinys nenurodytas',
    nobodyKnown: 'Čia dar nieko nežinome',
    silent: 'Neseniai nebendrauta',
    rolesGapTitle: 'Vaidmenys be žmonių',
    roleGap: 'niekas',
    colleaguesTitle: 'Mūsų kolegos',
    ours: (who) => `mūsų: ${who}`,
    rhythm: {
      ok: 'Ritmas laikomas',
      dueSoon: 'Netrukus reikės teigiamo kontakto',
      overdue: 'Kontaktas vėluoja',
      lapsed: 'Neseniai nebendrauta',
      never: 'Niekada nebendrauta',
    },
    days: (days) => (days === 0 ? 'šiandien' : `${days} d.`),
    neverShort: 'nebendrauta',
    pauseMark: (until) => `pauzė iki ${until}`,
    pauseBanner: (negative, until) =>
      `Galioja pauzė: neigiamas kontaktas ${negative}; iki ${until} su niekuo čia asmeniškai nebendraukite. Skubius reikalus sprendžia kolegos.`,
    cycle: (names) =>
      `„Pavaldus“ sudaro ratą: ${names}. Žemėlapyje ratas nutrauktas (raudoni brūkšniai); pataisykite sprendimų grupėje.`,
    unknownManager: (person, boss) =>
      `${person} pavaldus „${boss}“, kurio šioje sprendimų grupėje nėra.`,
    legendTitle: 'Kaip skaityti',
    attitude: {
      supporter: 'Rėmėjas',
      neutral: 'Neutralus',
      opponent: 'Oponentas',
      unknown: 'Požiūris nežinomas',
    },
    influenceLegend: 'Rėmelis: kuo storesnis, tuo didesnė įtaka',
    rhythmLegend: (ok, every, months) =>
      `Dienos nuo paskutinio kontakto: žalia iki ${ok}, geltona – netrukus, raudona – po ${every}, pilka – jei nebendrauta ${months} mėn.`,
    gapLegend: 'Brūkšniuota: spraga, kurią reikia užpildyti',
    reportsLegend: 'Linijos: kas kam pavaldus',
    colleagueLegend: 'Dešinėje: mūsų kolegos ir su kuo jie neseniai bendravo',
    whitespace: {
      division: 'Padalinys',
      total: 'Iš viso',
      empty:
        'Dar nėra padalinių ar pasiūlymų: pridėkite eilučių šoninės juostos skyriuje „Baltosios dėmės“.',
      noOfferings:
        'Nustatymuose dar nėra pasiūlymų: įrašykite, ką parduodame, į stulpelį „Mūsų pasiūlymai“.',
      totals: (supplied, open, held) =>
        `Tiekiame ${supplied} · galimybės ${open} · užima konkurentai ${held}`,
    },
    brief: {
      preparedOn: (day) => `Parengta ${day}`,
      manager: 'Vadovas',
      supervisor: 'Tiesioginis vadovas',
      tier: 'Lygis',
      keyTypes: 'Kliento rūšys',
      contactTitle: 'Kontaktų ritmas ir pauzė',
      contactStatus: 'Kontaktų būsena',
      lastPositive: 'Paskutinis teigiamas kontaktas',
      nextPositive: 'Kitas teigiamas kontaktas',
      noPause: 'Pauzė negalioja.',
      reviewTitle: 'Paskutinė peržiūra ir kas pasikeitė',
      lastReview: (day, note) =>
        note === '' ? `Paskutinė peržiūra: ${day}.` : `Paskutinė peržiūra: ${day}: ${note}`,
      neverReviewed: 'Niekada neperžiūrėta.',
      nextReview: (day) => `Kita peržiūra: ${day}.`,
      changesSince: 'Kas pasikeitė nuo tada',
      noChanges: 'Nuo tada niekas nepasikeitė.',
      moreChanges: (n) => `…ir dar ${n} pakeitimų istorijoje.`,
      findings: 'Reikia dėmesio',
      planTitle: 'Neužbaigti plano veiksmai',
      noOpenActions: 'Neužbaigtų veiksmų nėra.',
      notFilled: '–',
      printHint: 'Išspausdinkite arba išsaugokite PDF (A4) peržiūrai su pardavimų skyriaus vadovu.',
    },
  },
  access: {
    menuCheck: 'Tikrinti prieigą',
    menuProtect: 'Apsaugoti kliento dokumentaciją',
    menuSplit: 'Išskaidyti pagal vadovą',
    menuOverview: 'Komandos apžvalga',
    trigger: 'Prieigos patikra',
    checkTitle: 'Kas gali atverti šį failą',
    allowed: (people) =>
      `Dokumentacija skirta tik paskyros vadovui ir jo tiesioginiam vadovui: failą gali atverti lape „Pagrindinės paskyros“ nurodyti vadovai, jų tiesioginiai vadovai ir savininkas: ${people}.`,
    allClear: 'Niekas kitas šio failo atverti negali.',
    outsider: (email, as) =>
      `${email} gali atverti šį failą kaip ${as === 'editor' ? 'redaktorius' : 'skaitytojas'}, bet nėra jo paskyrų vadovas ar tiesioginis vadovas (asmuo ar „Google“ grupė): pašalinkite per „Bendrinti“.`,
    link: 'Failą gali atverti visi, turintys nuorodą: „Bendrinti › Bendroji prieiga“ nustatykite „Ribota“.',
    domain:
      'Failą gali atverti visi jūsų organizacijos nariai: „Bendrinti › Bendroji prieiga“ nustatykite „Ribota“.',
    linkUnknown:
      'Bendrinimas nuoroda nepatikrintas: KAM gali skaityti tik savo sukurtų darbaknygių bendrinimo nustatymus. Atverkite „Bendrinti › Bendroji prieiga“ ir įsitikinkite, kad nustatyta „Ribota“.',
    readsOthers: (email, count, ids) =>
      `${email} gali skaityti ${count} paskyrų dokumentaciją, kurių nei veda, nei prižiūri (${ids}), nors ją turėtų matyti tik paskyros vadovas ir jo tiesioginis vadovas: apsaugos riboja redagavimą, ne skaitymą. „Išskaidyti pagal vadovą“ kiekvienam vadovui sukuria atskirą darbaknygę.`,
    ownerReads: (email, count, ids) =>
      `${email} yra šio failo savininkas, todėl gali skaityti visą jame esančią dokumentaciją, ir ${count} paskyrų, kurių nei veda, nei prižiūri (${ids}); savininkui tai leidžiama.`,
    missing: (email) =>
      `${email} nurodytas lape „Pagrindinės paskyros“, bet šio failo atverti negali.`,
    summary: (problems) =>
      problems === 0
        ? 'Prieigos patikra: failą gali atverti tik leidžiami žmonės.'
        : `Prieigos patikra: ${problems} kelias (-iai) prie failo žmonėms, kurie neturėtų matyti dokumentacijos.`,
    protectTitle: 'Kliento dokumentacija apsaugota',
    protected: (sheets, people) => `Lapus ${sheets} dabar gali redaguoti tik: ${people}.`,
    assigners: (columns, people) =>
      `Kas veda paskyrą (${columns}), dabar gali keisti tik: ${people}.`,
    runnerAssigns: (email) =>
      `Jūs (${email}) tai paleidote, todėl „Google“ palieka jus ir šių stulpelių redaktoriumi, nors nesate nei savininkas, nei tiesioginis vadovas: tegul „Apsaugoti kliento dokumentaciją“ paleidžia savininkas arba tiesioginis vadovas.`,
    runnerKept: (email) =>
      `Jūs (${email}) liekate saugomų lapų redaktorius, todėl prieigos neprarandate.`,
    readable:
      'Apsauga draudžia redaguoti, ne skaityti: kas gali atverti failą, tas jį ir perskaito. Kas gali atverti failą, ribokite per „Tikrinti prieigą“ ir „Išskaidyti pagal vadovą“.',
    noAccounts: 'Lape „Pagrindinės paskyros“ dar nėra paskyrų su vadovu.',
    splitTitle: 'Išskaidymas pagal vadovą',
    workbookName: (title, manager) => `${title} – ${manager}`,
    created: (count) =>
      `Sukurta darbaknygių: ${count}, po vieną kiekvienam pagrindinės paskyros vadovui, bendrinamos tik su juo ir jo tiesioginiu vadovu; jos išvardytos lape „Portfelis“. Čia niekas neištrinta.`,
    completed: (managers) => `Užbaigtos ankstesnio paleidimo nebaigtos darbaknygės: ${managers}.`,
    splitFailed: (manager, reason) =>
      `${manager}: darbaknygės nepavyko sukurti ar užbaigti (${reason}). Paleiskite „Išskaidyti pagal vadovą“ dar kartą: ji bus užbaigta pagal jos eilutę lape „Portfelis“, antros nekuriant.`,
    unrecorded: (url, reason) =>
      `darbaknygė ${url} sukurta, bet nepavyko jos įrašyti į lapą „Portfelis“ (${reason}); prieš vėl paleisdami „Išskaidyti pagal vadovą“, įrašykite jos eilutę į „Portfelis“ arba ją ištrinkite`,
    alreadySplit: (managers) =>
      `Jau yra lape „Portfelis“, dar kartą neskaidoma (ištrinkite eilutę, kad išskaidytumėte iš naujo): ${managers}.`,
    unassigned: (ids) => `Paskyros be vadovo lieka tik čia: ${ids}.`,
    orphans: (sheet, rows) =>
      `${sheet}: ${rows} eilutė (-s) nenurodo jokios paskyros ir lieka tik čia.`,
    portfolio: {
      sheet: 'Portfelis',
      manager: 'Pagrindinės paskyros vadovas',
      supervisor: 'Tiesioginis vadovas',
      workbook: 'Darbaknygė',
      link: 'Nuoroda',
      accounts: 'Paskyros',
      created: 'Sukurta',
      status: 'Išskaidymas',
      unfinished: 'Nebaigta: paleiskite „Išskaidyti pagal vadovą“ dar kartą',
      finished: 'Atlikta',
    },
    overview: {
      sheet: 'KAM komandos apžvalga',
      title: (day) => `Komandos apžvalga ${day}`,
      workbook: 'Darbaknygė',
      manager: 'Pagrindinės paskyros vadovas',
      account: 'Paskyra',
      client: 'Klientas',
      tier: 'Lygis',
      review: 'Peržiūra',
      nextReview: 'Kita peržiūra iki',
      contact: 'Kontaktų būsena',
      flags: 'Įspėjimai',
      reviewStatus: {
        never: 'Niekada neperžiūrėta',
        ok: 'Gerai',
        dueSoon: 'Netrukus reikės',
        overdue: 'Vėluojama',
      },
      scorecard: (months) => `Vadovų vertinimas, paskutiniai ${months} mėn.`,
      unreadable: 'Darbaknygės, kurių nepavyko perskaityti',
      reason: 'Priežastis',
      none: 'Nėra.',
      noPortfolio:
        'Nėra lapo „Portfelis“ su darbaknygėmis: pirmiausia paleiskite „Išskaidyti pagal vadovą“.',
      done: (accounts, workbooks, unreadable) =>
        `Komandos apžvalga: ${accounts} paskyrų iš ${workbooks} darbaknygių${unreadable > 0 ? `; nepavyko perskaityti: ${unreadable}` : ''}.`,
    },
  },
  digest: {
    menuStop: 'Nebegauti šių laiškų',
    stopTitle: 'KAM laiškai',
    stopped: (workbook, email) =>
      `${email} nebegaus KAM laiškų iš „${workbook}“. Norėdami vėl juos gauti, dar kartą pasirinkite šį meniu punktą.`,
    resumeAsk: (day) => `KAM laiškus iš šios darbaknygės sustabdėte ${day}. Vėl juos gauti?`,
    resumed: (email) => `${email} vėl gaus KAM laiškus iš šios darbaknygės.`,
    keptStopped: 'Niekas nepakeista: laiškai lieka sustabdyti.',
    whoUnknown:
      'KAM negali nustatyti, kokią „Google“ paskyrą naudojate, todėl negali sustabdyti jums siunčiamų laiškų. Paprašykite kasdienę patikrą vykdančio žmogaus jus pašalinti.',
    trigger: 'El. pašto suvestinės',
    sender: 'KAM',
    date: (day, month, year, thisYear) =>
      `${thisYear ? '' : `${year} m. `}${MONTHS[month - 1]} ${day} d.`,
    count: {
      pauseBroken: (n) => `${n} ${pl(n, 'pažeista pauzė', 'pažeistos pauzės', 'pažeistų pauzių')}`,
      contactsOverdue: (n) =>
        `${n} ${pl(n, 'vėluojantis kontaktas', 'vėluojantys kontaktai', 'vėluojančių kontaktų')}`,
      reviewsOverdue: (n) =>
        `${n} ${pl(n, 'vėluojanti peržiūra', 'vėluojančios peržiūros', 'vėluojančių peržiūrų')}`,
      contactsDue: (n) =>
        `${n} ${pl(n, 'artėjantis kontaktas', 'artėjantys kontaktai', 'artėjančių kontaktų')}`,
      reviewsDue: (n) =>
        `${n} ${pl(n, 'artėjanti peržiūra', 'artėjančios peržiūros', 'artėjančių peržiūrų')}`,
      planDue: (n) =>
        `${n} ${pl(n, 'plano veiksmas', 'plano veiksmai', 'plano veiksmų')} šią savaitę`,
      flags: (n) => `${n} ${pl(n, 'naujas įspėjimas', 'nauji įspėjimai', 'naujų įspėjimų')}`,
      pausing: (n) =>
        `${n} ${pl(n, 'galiojanti pauzė', 'galiojančios pauzės', 'galiojančių pauzių')}`,
    },
    subject: (due) => `KAM: ${due}`,
    subjectMore: ' ir daugiau',
    weeklySubject: (managers) =>
      `KAM savaitės suvestinė: ${managers} ${pl(managers, 'vadovas', 'vadovai', 'vadovų')}`,
    bothSubject: (daily, managers) =>
      `${daily}; savaitės suvestinė apie ${managers} ${pl(managers, 'vadovą', 'vadovus', 'vadovų')}`,
    title: (day) => `Jūsų pagrindinės paskyros, ${day}`,
    intro: (workbook) =>
      `Kas šiandien laukia jūsų darbaknygėje „${workbook}“, pradedant skubiausiais dalykais.`,
    groups: {
      alert: 'Veikite dabar',
      warning: 'Artėja',
      info: 'Galiojančios pauzės',
    },
    open: 'Atverti darbaknygėje',
    item: {
      pauseBroken: (breach, negative) =>
        `Pauzė pažeista: po neigiamo kontakto ${negative} nepraėjus dviem savaitėms, ${breach} įvyko asmeninis kontaktas.`,
      contactNever: 'Dar nėra nė vieno teigiamo kontakto: užmegzkite jį.',
      contactOverdue: (days, last) =>
        `Paskutinis teigiamas kontaktas buvo ${last}, o kitas vėluoja ${days} ${pl(days, 'dieną', 'dienas', 'dienų')}.`,
      contactDueSoon: (days, due, last) =>
        `Paskutinis teigiamas kontaktas buvo ${last}; kitas reikalingas ${days === 0 ? 'šiandien' : `${due}, po ${days} ${pl(days, 'dienos', 'dienų', 'dienų')}`}.`,
      lastPerson: (person) => `Paskutinis kontaktas su: ${person}.`,
      reviewNever: 'Kliento dokumentacija dar niekada neperžiūrėta: peržiūrėkite ją.',
      reviewOverdue: (days, due) =>
        `Kliento dokumentacijos peržiūra vėluoja ${days} ${pl(days, 'dieną', 'dienas', 'dienų')} (terminas buvo ${due}).`,
      reviewDueSoon: (days, due) =>
        days === 0
          ? 'Kliento dokumentacijos peržiūra – šiandien.'
          : `Kliento dokumentacijos peržiūra ${due}, po ${days} ${pl(days, 'dienos', 'dienų', 'dienų')}.`,
      planDue: (action, due, days) =>
        `Planas: „${action}“, terminas ${days === 0 ? 'šiandien' : `${due}, po ${days} ${pl(days, 'dienos', 'dienų', 'dienų')}`}.`,
      strongOpponents: (names) => `Naujas įspėjimas: įtakingas oponentas: ${names}.`,
      noDecisionMaker: 'Naujas įspėjimas: sprendimų grupėje nežinomas sprendimų priėmėjas.',
      noCompetitor:
        'Naujas įspėjimas: nėra konkurento profilio – kas dar bando laimėti šį klientą?',
      staleCompetitors: (names) => `Naujas įspėjimas: pasenęs konkurento profilis: ${names}.`,
      divisionsWithoutContact: (divisions) =>
        `Naujas įspėjimas: pastaruoju metu nebendrauta su šiais padaliniais: ${divisions}.`,
      pausing: (client, until) =>
        `Iki ${until} jokio asmeninio kontakto su ${client}: skubius reikalus spręskite per kolegą.`,
    },
    more: (n) => `Ir dar ${n} darbaknygėje.`,
    weekly: {
      title: (day) => `Jūsų komanda, ${day}`,
      intro: (managers) => `Pagrindinių paskyrų vadovai, kuriems vadovaujate: ${managers}.`,
      scorecard: 'Vertinimas, paskutiniai 6 mėnesiai',
      percent: (n) => `${String(n).replace('.', ',')} %`,
      points: (n) =>
        n === 0
          ? 'be pokyčio'
          : `${n > 0 ? '+' : '−'}${String(Math.abs(n)).replace('.', ',')} proc. p.`,
      score: (label, value, change) =>
        change === undefined ? `${label}: ${value}` : `${label}: ${value} (${change} per savaitę)`,
      allClear: 'Nėra nei vėluojančių peržiūrų, nei kontaktų spragų.',
      concentration: 'Pajamų koncentracija',
      scores: {
        reviewsOnTime: 'Peržiūros laiku',
        rhythmKept: 'Teigiamų kontaktų ritmas išlaikytas',
        pausesRespected: 'Pauzės išlaikytos',
        planDoneOnTime: 'Plano veiksmai atlikti laiku',
        dossierComplete: 'Dokumentacijos užpildymas',
      },
      accounts: (n) => `${n} ${pl(n, 'paskyra', 'paskyros', 'paskyrų')}`,
      notMeasured: 'nėra ką matuoti',
      overdueReviews: 'Vėluojančios peržiūros',
      contactGaps: 'Kontaktų spragos',
      noneFor: 'Nėra.',
      reviewOverdue: (days) => `vėluoja ${days} ${pl(days, 'dieną', 'dienas', 'dienų')}`,
      neverReviewed: 'niekada neperžiūrėta',
      contactOverdue: (days) =>
        `teigiamas kontaktas vėluoja ${days} ${pl(days, 'dieną', 'dienas', 'dienų')}`,
      contactNever: 'nėra teigiamo kontakto',
      pauseBroken: 'pauzė pažeista',
      mono: (clients, share) =>
        `${clients} atneša ${share} visų pajamų: iškart pradėkite megzti ryšius su naujais klientais, kad pajamos nepriklausytų nuo vieno kliento.`,
      keyClients: 'Pagrindiniai klientai be paskyros',
      keyClient: (client, share) =>
        `${client}: ${share} pajamų, bet dar nėra nei paskyros, nei vadovo, nei dokumentacijos.`,
      unreadable: (workbook) => `Darbaknygės „${workbook}“ šią savaitę perskaityti nepavyko.`,
    },
    footer: (workbook, sender) =>
      `Šį laišką gaunate, nes darbaknygėje „${workbook}“ esate nurodyti kaip pagrindinių paskyrų vadovas arba tiesioginis vadovas. Norėdami jo nebegauti, atverkite darbaknygę ir pasirinkite Plėtiniai › KAM › Nebegauti šių laiškų arba paprašykite ${sender}, kuris vykdo jos kasdienę patikrą.`,
    footerLink: 'Atverti darbaknygę',
    log: {
      notGranted:
        'Neišsiųsta: kasdienę patikrą vykdantis žmogus neleido KAM siųsti laiškų iš savo paskyros. Leisti galima pasirinkus Plėtiniai › KAM › Kasdienė patikra: įjungta, vykdo … ir pažymėjus tai „Google“ leidimų lange.',
      andMore: (n) => `ir dar ${n}`,
      sent: (names) => `Išsiųsta: ${names}.`,
      nothing: 'Šiandien terminų nėra: laiškai nesiųsti.',
      quota: (names) =>
        `Neišsiųsta, nes išnaudota dienos el. laiškų kvota: ${names}. Jie gaus kitą suvestinę.`,
      failed: (email, reason) => `Neišsiųsta ${email}: ${reason}`,
      cannotOpen: (names) =>
        `Nesiųsta, nes jie negali atverti šios darbaknygės: ${names}. Bendrinkite ją su jais arba pataisykite lapą „Pagrindinės paskyros“.`,
      weeklyUnread: (names) => `Savaitės suvestinė: nepavyko perskaityti ${names}.`,
    },
  },
};
