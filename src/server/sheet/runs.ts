// Runs of consecutive numbers, for grouping rows and columns into blocks written with one call.

/** [2, 3, 4, 7] → [[2, 3, 4], [7]] (sorted first). */
export function runsOf(numbers: readonly number[]): number[][] {
  const runs: number[][] = [];
  for (const n of [...numbers].sort((a, b) => a - b)) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === n - 1) run.push(n);
    else runs.push([n]);
  }
  return runs;
}
