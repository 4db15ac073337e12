import {
  choiceLabel,
  columnDef,
  PERSONAL_CHANNELS,
  type SheetKey,
  sheetDef,
} from '../../src/template';

const _LANGS = ['en', 'lt'] as const;
const letterOf = (sheet: SheetKey) => (key: string) =>
  String.fromCharCode(65 + sheetDef(sheet).columns.findIndex((column) => column.key === key));

describe('the sheets of the workbook', () => {
  describe('Revenue', () => {
    it('computes share and tier with one KAM_ array formula each over the revenue column (R1.1–R1.3)', () => {
      const share = columnDef('revenue', 'share');
      const tier = columnDef('revenue', 'tier');

      expect(share.formula?.(2, letterOf('revenue'))).toBe('=KAM_SHARE(C2:C)');
      expect(tier.formula?.(2, letterOf('revenue'))).toBe('=KAM_TIER(C2:C)');
      expect(tier.formula?.(2, letterOf('revenue'), 1000)).toBe('=KAM_TIER(C2:C1000)');
      expect(share.computed && tier.computed).toBe(true);
    });

    it('labels tiers Regular, Key, Critical, Mono-client, and Monoklientas in Lithuanian', () => {
      const tier = columnDef('revenue', 'tier');

      expect(tier.choices?.map((c) => c.label.en)).toEqual([
        'Regular',
        'Key',
        'Critical',
        'Mono-client',
      ]);
      expect(choiceLabel(tier, 'mono', 'lt')).toBe('Monoklientas');
    });
  });

  describe('Accounts', () => {
    it('has the columns of issue 3, the checks’ columns computed by the add-on', () => {
      const accounts = sheetDef('accounts');

      expect(accounts.columns.map((c) => c.key)).toEqual([
        'accountId',
        'client',
        'keyTypes',
        'manager',
        'supervisor',
        'revenue',
        'share',
        'tier',
        'lastReview',
        'nextReviewDue',
        'lastPositiveContact',
        'lastNegativeContact',
        'contactStatus',
        'flags',
      ]);
      expect(accounts.columns.filter((c) => c.computed).map((c) => c.key)).toEqual(
        accounts.columns.slice(5).map((c) => c.key),
      );
    });

    it('lets a person choose several of the key types of R1.4–R1.6', () => {
      const keyTypes = columnDef('accounts', 'keyTypes');

      expect(keyTypes.type).toBe('multiChoice');
      expect(keyTypes.choices?.map((c) => c.key)).toEqual(['prospective', 'imageMaker', 'expert']);
      expect(choiceLabel(keyTypes, 'imageMaker', 'lt')).toBe('Įvaizdžio kūrėjas');
    });
  });

  describe('Dossier', () => {
    it('has one column for every item of R3.1 and R3.2', () => {
      const keys = sheetDef('dossier').columns.map((c) => c.key);

      expect(keys).toEqual([
        'accountId',
        'description',
        'history',
        'employees',
        'structure',
        'clientsOfClient',
        'clientCompetitors',
        'mainSuppliers',
        'bank',
        'auditor',
        'consultants',
        'missionPositioning',
        'industryTrends',
        'culture',
        'financials',
        'ourPeople',
        'relationshipNow',
        'relationshipExpected',
        'budgetEstimate',
        'previousSuppliers',
        'decisionProcess',
      ]);
    });
  });

  describe('Decision group', () => {
    it('offers the nine decision-group roles of R3.3 as a dropdown, in the article’s Lithuanian', () => {
      const role = columnDef('decisionGroup', 'role');

      expect(role.type).toBe('choice');
      expect(role.choices?.map((c) => c.label.lt)).toEqual([
        'Sprendimų priėmėjas',
        'Raktų sargas (vartininkas)',
        'Technikos specialistas',
        'Ekonomikos specialistas',
        'Vartotojas',
        'Rėmėjas',
        'Oponentas',
        'Patarėjas',
        'Informantas',
      ]);
    });

    it('rates attitude as supporter, neutral or opponent and influence as high, medium or low', () => {
      const attitude = columnDef('decisionGroup', 'attitude');
      const influence = columnDef('decisionGroup', 'influence');

      expect(attitude.choices?.map((c) => c.key)).toEqual(['supporter', 'neutral', 'opponent']);
      expect(influence.choices?.map((c) => c.key)).toEqual(['high', 'medium', 'low']);
    });
  });

  describe('Contacts', () => {
    it('records channel, personal yes/no and outcome, the facts R5.1 and R5.2 need', () => {
      const contacts = sheetDef('contacts');

      expect(contacts.columns.map((c) => c.key)).toEqual([
        'date',
        'accountId',
        'clientPerson',
        'ourPerson',
        'channel',
        'personal',
        'outcome',
        'summary',
        'nextStep',
      ]);
      expect(columnDef(contacts, 'outcome').choices?.map((c) => c.key)).toEqual([
        'positive',
        'neutral',
        'negative',
      ]);
      expect(columnDef(contacts, 'personal').type).toBe('yesNo');
    });

    it('counts in person, phone and video as personal channels and says so in the channel help', () => {
      const channel = columnDef('contacts', 'channel');

      expect(PERSONAL_CHANNELS).toEqual(['inPerson', 'phone', 'video']);
      expect(channel.help.en).toMatch(/in person, phone and video are personal/);
    });
  });
});
