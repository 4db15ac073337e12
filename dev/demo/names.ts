// Fictional names and phrases for the demo portfolio (Lithuanian and English business flavour).
// Any likeness to real companies or people is accidental; e-mails use the reserved example.com.

/** The eight curated key clients, in account order (KA-001 … KA-008). */
export const KEY_CLIENTS: readonly string[] = [
  'Baltijos Logistika UAB',
  'Nemuno Pieninė AB',
  'Vilnius Tech Park UAB',
  'Žalgirio Statyba UAB',
  'Amber Retail Group UAB',
  'Northway Energy UAB',
  'Gintaro Viešbučiai AB',
  'Precision Labs UAB',
];

export const CLIENT_WORDS: readonly string[] = [
  'Šilo',
  'Rasos',
  'Vėjo',
  'Aukštaitijos',
  'Dzūkijos',
  'Neries',
  'Ventos',
  'Baltic',
  'Nordic',
  'Smart',
  'Green',
  'Delta',
  'Alfa',
  'Vakarų',
  'Rytų',
  'Šiaurės',
  'Pajūrio',
  'Linų',
  'Ąžuolo',
  'Kopų',
];

export const CLIENT_SECTORS: readonly string[] = [
  'Baldai',
  'Prekyba',
  'Transportas',
  'Statyba',
  'Maistas',
  'Spauda',
  'Energija',
  'Sprendimai',
  'Logistics',
  'Foods',
  'Systems',
  'Trading',
  'Farma',
  'Tekstilė',
  'Agro',
  'Metalas',
];

export const LEGAL_FORMS: readonly string[] = ['UAB', 'UAB', 'UAB', 'AB', 'MB'];

export const FEMALE_FIRST: readonly string[] = [
  'Ieva',
  'Rūta',
  'Agnė',
  'Lina',
  'Eglė',
  'Jurgita',
  'Giedrė',
  'Aušra',
  'Inga',
  'Simona',
  'Kristina',
  'Vaida',
];
export const MALE_FIRST: readonly string[] = [
  'Mantas',
  'Tomas',
  'Darius',
  'Andrius',
  'Jonas',
  'Paulius',
  'Mindaugas',
  'Vytautas',
  'Linas',
  'Rokas',
  'Marius',
  'Tadas',
];
export const SURNAMES: readonly string[] = [
  'Kazlauskas',
  'Petrauskas',
  'Jankauskas',
  'Stankevičius',
  'Vasiliauskas',
  'Žukauskas',
  'Butkus',
  'Paulauskas',
  'Urbonas',
  'Kavaliauskas',
  'Navickas',
  'Rimkus',
  'Bieliauskas',
  'Sakalauskas',
  'Vaitkus',
];
export const ENGLISH_NAMES: readonly string[] = [
  'Hannah Brooks',
  'Daniel Reeve',
  'Claire Morton',
  'Peter Lindqvist',
  'Oliver Grant',
  'Emma Clarke',
];

/** Positions by decision-group role (R3.3), so that a gatekeeper is an assistant, not a CFO. */
export const POSITIONS: Readonly<Record<string, readonly string[]>> = {
  decisionMaker: ['CEO', 'Managing Director', 'General Director'],
  gatekeeper: ['Executive Assistant', 'Office Manager'],
  technicalSpecialist: ['IT Director', 'Chief Engineer', 'Quality Manager'],
  economicSpecialist: ['CFO', 'Chief Accountant', 'Head of Procurement'],
  user: ['Warehouse Supervisor', 'Logistics Manager', 'Shift Lead'],
  supporter: ['Operations Director', 'Head of Marketing', 'Project Manager'],
  opponent: ['Head of Procurement', 'Operations Director', 'Legal Counsel'],
  advisor: ['External Consultant', 'Board Member', 'Legal Counsel'],
  informant: ['Sales Coordinator', 'Project Manager', 'Office Manager'],
};

export const DIVISIONS: readonly string[] = [
  'Management',
  'Finance',
  'Procurement',
  'IT',
  'Operations',
  'Logistics',
  'Quality',
  'Marketing',
];

export const COMPETITORS: readonly string[] = [
  'Rivalis UAB',
  'Nordpack Solutions',
  'Baltic Supply Partners',
  'Vilkas ir Partneriai UAB',
  'Eurolink Services',
  'Greitoji Tiekimo Grupė UAB',
  'Scandi Distribution AB',
  'Pro Service LT',
];

export const PHRASES = {
  summaries: {
    positive: [
      'Agreed the Q1 volumes',
      'Presented the new service level; well received',
      'Signed the annual addendum',
      'Client praised the delivery on time',
      'Joint workshop on next year’s needs',
    ],
    neutral: [
      'Sent the price list on request',
      'Clarified invoice details',
      'Short status call, nothing new',
      'Answered a technical question',
    ],
    negative: [
      'Complaint about a late delivery',
      'Client unhappy with the price increase',
      'Quality issue raised by the plant',
      'Escalation about an invoice dispute',
    ],
  },
  nextSteps: [
    'Send the offer by Friday',
    'Meet the CFO next month',
    'Prepare the quarterly report',
    'Visit the new warehouse',
    'Follow up after their board meeting',
  ],
  offerings: [
    'Lower price, slower delivery',
    'Full-service outsourcing',
    'Bundled software and support',
    'Regional warehouse network',
  ],
  strengths: [
    'Aggressive pricing',
    'Strong local presence',
    'Long relationship with the CFO',
    'Broad product range',
  ],
  weaknesses: [
    'Slow support',
    'Frequent staff turnover',
    'No 24/7 service',
    'Weak quality control',
  ],
  objectives: [
    'Grow the share of wallet by 10 %',
    'Win the new logistics tender',
    'Secure a 3-year framework contract',
    'Open a relationship with the Riga branch',
    'Keep the account after the price review',
  ],
  actions: [
    'Workshop with the technical team',
    'Prepare a reference visit',
    'Quarterly business review',
    'Introduce our CEO to their CEO',
    'Pilot project in one division',
  ],
  results: [
    'Done; client asked for a follow-up',
    'Pilot approved',
    'Postponed by the client',
    'Good feedback, offer requested',
  ],
  changes: [
    'Updated the decision group: new CFO',
    'No change',
    'Added a competitor profile',
    'Budget estimate revised',
    'New division opened in Kaunas',
  ],
  industries: [
    'logistics',
    'dairy',
    'technology parks',
    'construction',
    'retail',
    'energy',
    'hospitality',
    'laboratory services',
  ],
} as const;
