// R3.3: "Reports to" as a hierarchy: loops found and cut, depths for the map's rows.
import {
  cycleOfEdit,
  depthsOf,
  hierarchyOf,
  managersOf,
  reportsToCycles,
} from '../../src/core/reports-to';

describe('managersOf', () => {
  it('names a manager only when they are another person of the group, in any case', () => {
    const links = [
      { person: 'Ona', reportsTo: ' jonas ' },
      { person: 'Jonas', reportsTo: 'Jonas' },
      { person: 'Rūta', reportsTo: 'Somebody Else' },
    ];

    const managers = managersOf(links);

    expect([...managers]).toEqual([['ona', 'jonas']]);
  });

  it("takes a person's manager from the first of their rows that names one", () => {
    const links = [
      { person: 'Ona' },
      { person: 'Ona', reportsTo: 'Jonas' },
      { person: 'ona', reportsTo: 'Rūta' },
      { person: 'Jonas' },
      { person: 'Rūta' },
    ];

    const managers = managersOf(links);

    expect([...managers]).toEqual([['ona', 'jonas']]);
  });

  it('draws no line from a row without a name, nor to a blank "Reports to"', () => {
    const links = [
      { person: '', reportsTo: 'Jonas' },
      { person: 'Jonas', reportsTo: '' },
      { person: 'Ona', reportsTo: '  ' },
    ];

    const managers = managersOf(links);

    expect([...managers]).toEqual([]);
  });
});

describe('reportsToCycles', () => {
  it('reports A reporting to B who reports to A as one loop', () => {
    const links = [
      { person: 'Ann', reportsTo: 'Ben' },
      { person: 'Ben', reportsTo: 'Ann' },
      { person: 'Cid', reportsTo: 'Ann' },
    ];

    const cycles = reportsToCycles(links);

    expect(cycles).toEqual([['Ann', 'Ben', 'Ann']]);
  });

  it('names only the people inside the loop, not a report who leads into it', () => {
    const links = [
      { person: 'Cid', reportsTo: 'Ann' },
      { person: 'Ann', reportsTo: 'Ben' },
      { person: 'Ben', reportsTo: 'Ann' },
    ];

    const cycles = reportsToCycles(links);

    expect(cycles).toEqual([['Ann', 'Ben', 'Ann']]);
  });

  it("writes each name as on the person's first row, without stray spaces", () => {
    const links = [
      { person: ' Ann ', reportsTo: 'ben' },
      { person: 'Ben', reportsTo: 'ANN' },
      { person: 'ann', reportsTo: 'Ben' },
    ];

    const cycles = reportsToCycles(links);

    expect(cycles).toEqual([['Ann', 'Ben', 'Ann']]);
  });

  it('finds none in a proper hierarchy', () => {
    const links = [
      { person: 'Ann' },
      { person: 'Ben', reportsTo: 'Ann' },
      { person: 'Cid', reportsTo: 'Ben' },
    ];

    expect(reportsToCycles(links)).toEqual([]);
  });
});

describe('cycleOfEdit', () => {
  it('refuses setting a manager to report to their own report', () => {
    const others = [{ person: 'Ben', reportsTo: 'Ann' }];

    expect(cycleOfEdit(others, 'Ann', 'Ben')).toEqual(['Ann', 'Ben', 'Ann']);
    expect(cycleOfEdit(others, 'Cid', 'Ben')).toBeUndefined();
  });

  it("lets a person's manager be cleared, whatever their other rows said", () => {
    const others = [
      { person: 'Ann', reportsTo: 'Ben' },
      { person: 'Ben', reportsTo: 'Ann' },
    ];

    expect(cycleOfEdit(others, 'Ann', undefined)).toBeUndefined();
  });

  it('does not blame an edit for a loop elsewhere in the group', () => {
    const others = [
      { person: 'Ben', reportsTo: 'Cid' },
      { person: 'Cid', reportsTo: 'Ben' },
    ];

    expect(cycleOfEdit(others, 'Ann', 'Ben')).toBeUndefined();
  });
});

describe('hierarchyOf and depthsOf', () => {
  it('cuts one line of a loop so the rest is drawn as a tree, a report one row below', () => {
    const links = [
      { person: 'Ann', reportsTo: 'Ben' },
      { person: 'Ben', reportsTo: 'Ann' },
      { person: 'Cid', reportsTo: 'Ben' },
    ];

    const { managers, cut } = hierarchyOf(links);
    const depths = depthsOf(['ann', 'ben', 'cid'], managers);

    expect(cut).toEqual([['ann', 'ben']]);
    expect(Object.fromEntries(depths)).toEqual({ ann: 0, ben: 1, cid: 2 });
  });

  it('counts every manager above a person, also those not drawn in this view', () => {
    const managers = new Map([
      ['dan', 'cid'],
      ['cid', 'ben'],
      ['ben', 'ann'],
    ]);

    const depths = depthsOf(['dan'], managers);

    expect(Object.fromEntries(depths)).toEqual({ dan: 3 });
  });

  it('still places everyone when handed a loop: each person of it below the others once', () => {
    const managers = new Map([
      ['ann', 'ben'],
      ['ben', 'ann'],
      ['cid', 'ann'],
    ]);

    const depths = depthsOf(['ann', 'ben', 'cid'], managers);

    expect(Object.fromEntries(depths)).toEqual({ ann: 1, ben: 1, cid: 2 });
  });
});
