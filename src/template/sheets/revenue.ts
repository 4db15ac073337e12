// The Revenue sheet (R1.1–R1.3): one row per client, share and tier as KAM_ array formulas.
import { TIER_CHOICES } from '../choices';
import { column, shareFormulaOf, sheet, tierFormulaOf } from '../columns';

export const revenueSheet = sheet({
  key: 'revenue',
  name: { en: 'Revenue', lt: 'Pajamos' },
  layout: 'table',
  help: {
    en: 'Every client with its revenue for one period; share and tier compute themselves (R1.1 key from 10 %, R1.2 critical above 20 %, R1.3 mono-client above 50 %).',
    lt: 'Visi klientai ir jų vieno laikotarpio pajamos; dalis ir lygis apskaičiuojami patys (R1.1 pagrindinis nuo 10 %, R1.2 kritinis virš 20 %, R1.3 monoklientas virš 50 %).',
  },
  columns: [
    column({
      key: 'client',
      header: ['Client', 'Klientas'],
      type: 'text',
      required: true,
      width: 240,
      help: [
        'R1.1: every client, not only key ones, so that shares add up to the total.',
        'R1.1: visi klientai, ne tik pagrindiniai, kad dalys sudarytų visas pajamas.',
      ],
    }),
    column({
      key: 'period',
      header: ['Period', 'Laikotarpis'],
      type: 'text',
      width: 140,
      help: [
        'R1.1: the period of the revenue, the same for every row, e.g. "2026".',
        'R1.1: pajamų laikotarpis, vienodas visoms eilutėms, pvz., „2026“.',
      ],
    }),
    column({
      key: 'revenue',
      header: ['Revenue', 'Pajamos'],
      type: 'money',
      required: true,
      help: [
        'R1.1: the client’s revenue in the period, 0 or more.',
        'R1.1: kliento pajamos per laikotarpį, 0 arba daugiau.',
      ],
    }),
    column({
      key: 'share',
      header: ['Share', 'Dalis'],
      type: 'percent',
      computed: true,
      formula: shareFormulaOf('revenue'),
      help: [
        'R1.1: share of total revenue, computed by KAM_SHARE.',
        'R1.1: dalis visų pajamų, apskaičiuoja KAM_SHARE.',
      ],
    }),
    column({
      key: 'tier',
      header: ['Tier', 'Lygis'],
      type: 'choice',
      choices: TIER_CHOICES,
      computed: true,
      formula: tierFormulaOf('revenue'),
      width: 130,
      help: [
        'R1.1–R1.3: Key from 10 %, Critical above 20 %, Mono-client above 50 % (or the Settings thresholds); computed by KAM_TIER.',
        'R1.1–R1.3: pagrindinis nuo 10 %, kritinis virš 20 %, monoklientas virš 50 % (arba Nustatymų ribos); apskaičiuoja KAM_TIER.',
      ],
    }),
  ],
});
