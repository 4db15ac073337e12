// R4.1, R3.4, R6.2: the whitespace matrix of divisions × offerings, with its totals.
import { whitespaceMatrix } from '../../src/core/whitespace';

describe('whitespaceMatrix', () => {
  it('keeps the given orders, adds what the rows name, and sums values by row, column and status', () => {
    const entries = [
      { division: 'IT', offering: 'Support', status: 'weSupply' as const, value: 12_000 },
      {
        division: 'it',
        offering: 'Training',
        status: 'competitor' as const,
        competitor: 'Rivalis',
        value: 5_000,
      },
      { division: 'Finance', offering: 'Audit', status: 'opportunity' as const, value: 3_000 },
    ];

    const m = whitespaceMatrix(entries, ['Management', 'IT'], ['Training', 'Support']);

    expect(m.divisions).toEqual(['Management', 'IT', 'Finance']);
    expect(m.offerings).toEqual(['Training', 'Support', 'Audit']);
    expect(m.cells['1:0']).toEqual({
      status: 'competitor',
      competitors: ['Rivalis'],
      value: 5_000,
    });
    expect(m.rowTotals).toEqual([0, 17_000, 3_000]);
    expect(m.columnTotals).toEqual([5_000, 12_000, 3_000]);
    expect(m.statusTotals).toEqual({
      weSupply: 12_000,
      opportunity: 3_000,
      competitor: 5_000,
      notRelevant: 0,
    });
    expect(m.total).toBe(20_000);
  });

  it('leaves a division and offering nobody mapped as an empty cell: white space', () => {
    const m = whitespaceMatrix([], ['Sales'], ['Support']);

    expect(m.cells).toEqual({});
    expect(m.total).toBe(0);
  });

  it('shows a name the way it was first typed, without stray spaces, and drops blank names from Settings', () => {
    const entries = [{ division: ' IT ', offering: ' training', status: 'opportunity' as const }];

    const m = whitespaceMatrix(entries, ['  ', 'Finance '], [' Support', '']);

    expect(m.divisions).toEqual(['Finance', 'IT']);
    expect(m.offerings).toEqual(['Support', 'training']);
  });

  it('keeps a cell’s first status and next step, sums its rows and names each competitor once (R3.4)', () => {
    const entries = [
      { division: 'IT', offering: 'Support', status: 'competitor' as const, value: 4_000 },
      {
        division: 'IT',
        offering: 'Support',
        status: 'opportunity' as const,
        competitor: ' Rivalis ',
        value: 6_000,
        nextStep: 'Offer a pilot',
      },
      { division: 'it', offering: 'support', competitor: 'RIVALIS', nextStep: 'Call Ona' },
      { division: 'IT', offering: 'Support', competitor: 'Konkurentas' },
    ];

    const m = whitespaceMatrix(entries, [], []);

    expect(m.cells).toEqual({
      '0:0': {
        status: 'competitor',
        competitors: ['Rivalis', 'Konkurentas'],
        value: 10_000,
        nextStep: 'Offer a pilot',
      },
    });
    expect(m.statusTotals.competitor).toBe(4_000);
    expect(m.statusTotals.opportunity).toBe(6_000);
  });

  it('leaves out of every total a row without its division or its offering', () => {
    const entries = [
      { division: 'IT', offering: 'Support', status: 'weSupply' as const, value: 1_000 },
      { division: ' ', offering: 'Support', status: 'weSupply' as const, value: 20_000 },
      { division: 'IT', offering: '', status: 'weSupply' as const, value: 300_000 },
    ];

    const m = whitespaceMatrix(entries, [], []);

    expect(m.divisions).toEqual(['IT']);
    expect(m.offerings).toEqual(['Support']);
    expect(m.rowTotals).toEqual([1_000]);
    expect(m.columnTotals).toEqual([1_000]);
    expect(m.statusTotals.weSupply).toBe(1_000);
    expect(m.total).toBe(1_000);
  });

  it('keeps apart two spellings that only capitals would merge, as the relationship map counts each division’s people in small letters', () => {
    const entries = [
      { division: 'Straße', offering: 'Support', value: 1_000 },
      { division: 'STRASSE', offering: 'Support', value: 2_000 },
    ];

    const m = whitespaceMatrix(entries, [], []);

    expect(m.divisions).toEqual(['Straße', 'STRASSE']);
    expect(m.rowTotals).toEqual([1_000, 2_000]);
  });
});
