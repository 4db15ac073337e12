// getValues' inner loop in the Node realm (realm.ts holds the same loop compiled inside each vm
// realm, so the bundle's grid and Dates are built there without a second copy).

/**
 * Builds getValues' grid from stored rows: blank → "", error → its code, a number whose format is
 * a date format → Date at toMs(serial), anything else as stored.
 */
export type CellReader = (
  values: unknown[][],
  formats: unknown[][],
  r1: number,
  c1: number,
  nr: number,
  nc: number,
  isDate: (format: string) => boolean,
  toMs: (serial: number) => number,
) => unknown[][];

export const nodeReadCells: CellReader = (values, formats, r1, c1, nr, nc, isDate, toMs) => {
  const out: unknown[][] = [];
  for (let i = 0; i < nr; i++) {
    const vrow = values[r1 + i];
    const frow = formats[r1 + i];
    const row: unknown[] = [];
    for (let j = 0; j < nc; j++) {
      const v = vrow ? vrow[c1 + j] : null;
      if (v === null || v === undefined) row.push('');
      else if (typeof v === 'number') {
        const f = frow ? frow[c1 + j] : null;
        row.push(typeof f === 'string' && isDate(f) ? new Date(toMs(v)) : v);
      } else if (typeof v === 'object') row.push((v as { e: string }).e);
      else row.push(v);
    }
    out.push(row);
  }
  return out;
};
