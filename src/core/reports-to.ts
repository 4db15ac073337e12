// R3.3: who reports to whom in the client's decision group, the line the relationship map is
// drawn along; a loop (A reports to B, B to A) is a mistake to flag, never a hierarchy.

/** A person's name as compared: trimmed, lower-case ("  Ona Petraitienė" is "ona petraitienė"). */
export function personKey(name: string): string {
  return name.trim().toLowerCase();
}

/** One "Reports to" line of the decision group: a person and the name of their manager, if any. */
export interface ReportsToLink {
  person: string;
  reportsTo?: string;
}

/**
 * Each person's manager by key, from the first row that names one; a manager who is not a
 * person of the group (a blank one included), or the person themselves, is no manager.
 * Example: [{A, reportsTo: B}, {B}] → { a: "b" }.
 */
export function managersOf(links: readonly ReportsToLink[]): Map<string, string> {
  const people = new Set(links.map((l) => personKey(l.person)).filter((k) => k !== ''));
  const managers = new Map<string, string>();
  for (const { person, reportsTo } of links) {
    if (reportsTo === undefined) continue;
    const key = personKey(person);
    const boss = personKey(reportsTo);
    if (key === '' || managers.has(key) || boss === key || !people.has(boss)) continue;
    managers.set(key, boss);
  }
  return managers;
}

/**
 * Every loop of "Reports to" in the group, each once, as the names met going up from its first
 * person (in the group's order) back to that person. A decision group is a hierarchy (R3.3):
 * a loop means a row names the wrong manager. Example: A → B, B → A → [["A", "B", "A"]].
 */
export function reportsToCycles(links: readonly ReportsToLink[]): string[][] {
  const managers = managersOf(links);
  const names = new Map<string, string>();
  for (const { person } of links) {
    const key = personKey(person);
    if (!names.has(key)) names.set(key, person.trim());
  }
  const settled = new Set<string>();
  const cycles: string[][] = [];
  for (const start of names.keys()) {
    // Stryker disable next-line ArrayDeclaration: keys are lower-case (personKey), so a seeded "Stryker was here" is never met on the walk nor inside the loop sliced off at `at`.
    const path: string[] = [];
    let at: string | undefined = start;
    while (at !== undefined && !settled.has(at) && !path.includes(at)) {
      path.push(at);
      at = managers.get(at);
    }
    if (at !== undefined && path.includes(at)) {
      const loop = path.slice(path.indexOf(at));
      cycles.push([...loop, at].map((key) => names.get(key) ?? key));
    }
    for (const key of path) settled.add(key);
  }
  return cycles;
}

/**
 * The loop an edit would close: `person` set to report to `reportsTo` among the account's
 * other lines (the person's own old lines left out), or undefined when none.
 * Example: B reports to A; setting A to report to B → ["A", "B", "A"].
 */
export function cycleOfEdit(
  others: readonly ReportsToLink[],
  person: string,
  reportsTo: string | undefined,
): string[] | undefined {
  const key = personKey(person);
  const rest = others.filter((l) => personKey(l.person) !== key);
  const cycles = reportsToCycles([{ person, reportsTo }, ...rest]);
  return cycles.find((cycle) => cycle.some((name) => personKey(name) === key));
}

/**
 * The hierarchy to draw: each person's manager, with one line of every loop cut so that the
 * rest is a forest (the person where the loop was entered keeps no manager), and the lines cut.
 * Example: A → B, B → A → managers { b: "a" }, cut [["a", "b"]].
 */
export function hierarchyOf(links: readonly ReportsToLink[]): {
  managers: Map<string, string>;
  cut: [person: string, manager: string][];
} {
  const managers = managersOf(links);
  const cut: [string, string][] = [];
  for (const cycle of reportsToCycles(links)) {
    const first = personKey(cycle[0]);
    const boss = managers.get(first);
    if (boss === undefined) continue;
    managers.delete(first);
    cut.push([first, boss]);
  }
  return { managers, cut };
}

/**
 * How far below the top each person sits: the number of managers above them, going up until
 * someone has none or, on a loop `hierarchyOf` would have cut, until a person comes round
 * again. A decision group is tens of people, so each walk is short.
 * Example: { b: "a", c: "b" } → a 0, b 1, c 2; a loop { a: "b", b: "a" } → a 1, b 1.
 */
export function depthsOf(
  keys: readonly string[],
  managers: ReadonlyMap<string, string>,
): Map<string, number> {
  const depth = (key: string): number => {
    const line = [key];
    let boss = managers.get(key);
    while (boss !== undefined && !line.includes(boss)) {
      line.push(boss);
      boss = managers.get(boss);
    }
    return line.length - 1;
  };
  return new Map(keys.map((key) => [key, depth(key)]));
}
