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
});
