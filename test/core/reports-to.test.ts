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
});
