// The Dossier sheet (R3.1, R3.2): one row per key account, one column per item of the article.
import { accountIdColumn, column, sheet } from '../columns';
import type { ColumnDef, ColumnType } from '../types';

function item(
  key: string,
  type: ColumnType,
  header: [string, string],
  help: [string, string],
): ColumnDef {
  return column({ key, type, header, help });
}

export const dossierSheet = sheet({
  key: 'dossier',
  name: { en: 'Dossier', lt: 'Kliento dokumentacija' },
  layout: 'table',
  help: {
    en: 'The key client dossier, one row per account: general information (R3.1) and the view from our side (R3.2); update it whenever needed and review it at least every 3 months (R3.6).',
    lt: 'Pagrindinio kliento dokumentacija, viena eilutė paskyrai: bendra informacija apie klientą (R3.1) ir vaizdas iš jūsų pusės (R3.2); atnaujinkite prireikus ir peržiūrėkite bent kas 3 mėnesius (R3.6).',
  },
  columns: [
    accountIdColumn([
      'R3: the account this dossier describes (Accounts sheet).',
      'R3: paskyra, kurią aprašo ši dokumentacija (lapas „Pagrindinės paskyros“).',
    ]),
    item(
      'description',
      'longText',
      ['Company description', 'Įmonės aprašymas'],
      [
        'R3.1: what they make or sell, to whom, and how big they are.',
        'R3.1: ką gamina ar parduoda, kam ir kokio dydžio.',
      ],
    ),
    item(
      'history',
      'longText',
      ['Company history', 'Įmonės istorija'],
      [
        'R3.1: when and how it started, its owners, mergers and turning points.',
        'R3.1: kada ir kaip įkurta, savininkai, susijungimai ir lūžio taškai.',
      ],
    ),
    item(
      'employees',
      'number',
      ['Employees', 'Darbuotojų skaičius'],
      [
        'R3.1: a whole number; an estimate is fine.',
        'R3.1: sveikasis skaičius; tinka ir apytikslis.',
      ],
    ),
    item(
      'structure',
      'longText',
      ['Organisational structure', 'Organizacinė struktūra'],
      [
        'R3.1, R6.2: divisions, departments, branches, subsidiaries.',
        'R3.1, R6.2: padaliniai, skyriai, filialai, dukterinės įmonės.',
      ],
    ),
    item(
      'clientsOfClient',
      'longText',
      ['Their clients', 'Jų klientai'],
      [
        'R3.1: who buys from them: segments and the biggest names.',
        'R3.1: kas perka iš jų: segmentai ir didžiausi vardai.',
      ],
    ),
    item(
      'clientCompetitors',
      'longText',
      ['Their competitors', 'Jų konkurentai'],
      [
        'R3.1: the client’s own rivals in its market; our rivals go on the Competitors sheet.',
        'R3.1: kliento konkurentai jo rinkoje; mūsų konkurentai – lape „Konkurentų profiliai“.',
      ],
    ),
    item(
      'mainSuppliers',
      'longText',
      ['Main suppliers', 'Pagrindiniai tiekėjai'],
      [
        'R3.1: who supplies them besides us, and with what.',
        'R3.1: kas, be mūsų, jiems tiekia ir ką.',
      ],
    ),
    item(
      'bank',
      'text',
      ['Bank', 'Bankas'],
      [
        'R3.1: the bank they work with: useful for payment terms and introductions.',
        'R3.1: bankas, su kuriuo dirba: naudinga mokėjimo sąlygoms ir pažintims.',
      ],
    ),
    item(
      'auditor',
      'text',
      ['Auditor', 'Auditorius'],
      [
        'R3.1: the audit firm; its reports show the financial figures.',
        'R3.1: audito įmonė; jos ataskaitose matyti finansiniai rodikliai.',
      ],
    ),
    item(
      'consultants',
      'text',
      ['Consultants', 'Konsultantai'],
      [
        'R3.1: firms and people who advise them: legal, IT, strategy.',
        'R3.1: įmonės ir žmonės, kurie jiems pataria: teisė, IT, strategija.',
      ],
    ),
    item(
      'missionPositioning',
      'longText',
      ['Mission and positioning', 'Misija ir pozicionavimas'],
      [
        'R3.1: what they say they stand for, and where they place themselves in their market.',
        'R3.1: ką jie deklaruoja ir kur save mato savo rinkoje.',
      ],
    ),
    item(
      'industryTrends',
      'longText',
      ['Industry trends', 'Pramonės tendencijos'],
      [
        'R3.1, R4.2: trends of the client’s industry; a key client is often ahead of its market.',
        'R3.1, R4.2: kliento pramonės plėtros tendencijos; pagrindinis klientas dažnai lenkia rinką.',
      ],
    ),
    item(
      'culture',
      'longText',
      ['Cultural environment', 'Kultūrinė aplinka'],
      [
        'R3.1: how they work and decide: formal or not, languages, habits to respect.',
        'R3.1: kaip jie dirba ir sprendžia: formaliai ar ne, kalbos, įpročiai, kuriuos verta gerbti.',
      ],
    ),
    item(
      'financials',
      'longText',
      ['Financial figures', 'Finansiniai rodikliai'],
      [
        'R3.1: revenue, profit, growth: whatever is published or known, with its year.',
        'R3.1: pajamos, pelnas, augimas: kas paskelbta ar žinoma, su metais.',
      ],
    ),
    item(
      'ourPeople',
      'longText',
      ['Our people who worked with them', 'Mūsų darbuotojai, dirbę su klientu'],
      [
        'R3.2: everyone of ours who has dealt with them, not only sales: service, finance, management.',
        'R3.2: visi mūsų žmonės, turėję reikalų su klientu, ne tik pardavimai: aptarnavimas, finansai, vadovybė.',
      ],
    ),
    item(
      'relationshipNow',
      'longText',
      ['Relationship now', 'Santykiai dabar'],
      [
        'R3.2: how things stand today: warm or cool, open issues.',
        'R3.2: kaip yra šiandien: šilti ar vėsūs, atviri klausimai.',
      ],
    ),
    item(
      'relationshipExpected',
      'longText',
      ['Relationship expected', 'Laukiami santykiai'],
      [
        'R3.2: where we want the relationship to be in a year or two.',
        'R3.2: kokių santykių siekiame po metų ar dvejų.',
      ],
    ),
    item(
      'budgetEstimate',
      'money',
      ['Budget estimate', 'Apytikslis biudžetas'],
      [
        'R3.2, R1.4: roughly what they spend a year on what we sell.',
        'R3.2, R1.4: kiek apytiksliai per metus jie išleidžia tam, ką parduodame.',
      ],
    ),
    item(
      'previousSuppliers',
      'longText',
      ['Bought before from', 'Iš ko pirko anksčiau'],
      [
        'R3.2: their earlier suppliers of what we sell, and why they left them.',
        'R3.2: ankstesni tiekėjai to, ką parduodame, ir kodėl juos paliko.',
      ],
    ),
    item(
      'decisionProcess',
      'longText',
      ['Decision process', 'Sprendimų priėmimo sistema'],
      [
        'R3.2, R3.3: who proposes, who approves, tenders, budget dates.',
        'R3.2, R3.3: kas siūlo, kas tvirtina, konkursai, biudžeto terminai.',
      ],
    ),
  ],
});
