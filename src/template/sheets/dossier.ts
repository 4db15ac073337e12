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
      ['R3.1: what the client company is and does.', 'R3.1: kokia tai įmonė ir ką ji veikia.'],
    ),
    item(
      'history',
      'longText',
      ['Company history', 'Įmonės istorija'],
      ['R3.1: the client’s history.', 'R3.1: kliento istorija.'],
    ),
    item(
      'employees',
      'number',
      ['Employees', 'Darbuotojų skaičius'],
      ['R3.1: number of employees.', 'R3.1: darbuotojų skaičius.'],
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
      ['R3.1: the client’s own clients.', 'R3.1: kliento klientai.'],
    ),
    item(
      'clientCompetitors',
      'longText',
      ['Their competitors', 'Jų konkurentai'],
      [
        'R3.1: the client’s own competitors (ours go on the Competitors sheet, R3.4).',
        'R3.1: kliento konkurentai (mūsų – lape „Konkurentų profiliai“, R3.4).',
      ],
    ),
    item(
      'mainSuppliers',
      'longText',
      ['Main suppliers', 'Pagrindiniai tiekėjai'],
      ['R3.1: the client’s main suppliers.', 'R3.1: pagrindiniai kliento tiekėjai.'],
    ),
    item('bank', 'text', ['Bank', 'Bankas'], ['R3.1: the client’s bank.', 'R3.1: kliento bankas.']),
    item(
      'auditor',
      'text',
      ['Auditor', 'Auditorius'],
      ['R3.1: the client’s auditor.', 'R3.1: kliento auditorius.'],
    ),
    item(
      'consultants',
      'text',
      ['Consultants', 'Konsultantai'],
      [
        'R3.1: consultants and other advisers of the client.',
        'R3.1: kliento konsultantai ir kiti patarėjai.',
      ],
    ),
    item(
      'missionPositioning',
      'longText',
      ['Mission and positioning', 'Misija ir pozicionavimas'],
      [
        'R3.1: the client’s mission and market positioning.',
        'R3.1: kliento misija ir pozicionavimas.',
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
      ['R3.1: the client’s cultural environment.', 'R3.1: kliento kultūrinė aplinka.'],
    ),
    item(
      'financials',
      'longText',
      ['Financial figures', 'Finansiniai rodikliai'],
      ['R3.1: known financial figures.', 'R3.1: žinomi finansiniai rodikliai.'],
    ),
    item(
      'ourPeople',
      'longText',
      ['Our people who worked with them', 'Mūsų darbuotojai, dirbę su klientu'],
      [
        'R3.2: everyone of our company who has worked with this client.',
        'R3.2: visi mūsų įmonės darbuotojai, dirbę su šiuo klientu.',
      ],
    ),
    item(
      'relationshipNow',
      'longText',
      ['Relationship now', 'Santykiai dabar'],
      [
        'R3.2: the relationship we have with the client now.',
        'R3.2: kokius santykius su klientu turime dabar.',
      ],
    ),
    item(
      'relationshipExpected',
      'longText',
      ['Relationship expected', 'Laukiami santykiai'],
      ['R3.2: the relationship we expect in the future.', 'R3.2: kokių santykių tikimės ateityje.'],
    ),
    item(
      'budgetEstimate',
      'money',
      ['Budget estimate', 'Apytikslis biudžetas'],
      [
        'R3.2, R1.4: the client’s approximate budget for purchases that interest us.',
        'R3.2, R1.4: apytikslis kliento biudžetas mus dominantiems pirkiniams.',
      ],
    ),
    item(
      'previousSuppliers',
      'longText',
      ['Bought before from', 'Iš ko pirko anksčiau'],
      ['R3.2: whom the client bought from before.', 'R3.2: iš ko klientas pirko anksčiau.'],
    ),
    item(
      'decisionProcess',
      'longText',
      ['Decision process', 'Sprendimų priėmimo sistema'],
      [
        'R3.2, R3.3: how the client’s decision-making system works.',
        'R3.2, R3.3: kaip veikia kliento sprendimų priėmimo sistema.',
      ],
    ),
  ],
});
