// The formula engine's index entries: a formula cell, its parsed formula and the areas it reads.
import { type FNode, FormulaSyntaxError, formulaRefs, parseFormula } from './formula-parser';
import type { SheetState, SpreadsheetState } from './state';

export interface Area {
  ssId: string;
  sheetId: number;
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export interface FormulaCell {
  ssId: string;
  sheetId: number;
  r: number;
  c: number;
  text: string;
  ast: FNode | null;
  deps: Area[];
  /** Where a blocked array result wanted to go (so clearing it recalculates). */
  wanted: Area | null;
}

export const keyOf = (ssId: string, sheetId: number, r: number, c: number): string =>
  `${ssId}|${sheetId}|${r}|${c}`;
export const hits = (
  a: Area,
  ssId: string,
  sheetId: number,
  r1: number,
  c1: number,
  r2: number,
  c2: number,
): boolean =>
  a.ssId === ssId && a.sheetId === sheetId && a.r1 <= r2 && r1 <= a.r2 && a.c1 <= c2 && c1 <= a.c2;

/** Parses a formula cell; a syntax error leaves `ast` null (the cell shows #ERROR!). */
export function formulaCell(
  ss: SpreadsheetState,
  sh: SheetState,
  r: number,
  c: number,
  text: string,
): FormulaCell {
  let ast: FNode | null = null;
  try {
    ast = parseFormula(text);
  } catch (e) {
    if (!(e instanceof FormulaSyntaxError)) throw e;
  }
  const deps: Area[] = [];
  for (const ref of ast ? formulaRefs(ast) : []) {
    const target = ref.sheet === null ? sh : ss.sheets.find((s) => s.name === ref.sheet);
    if (!target) continue;
    deps.push({
      ssId: ss.id,
      sheetId: target.id,
      r1: ref.r1,
      c1: ref.c1,
      r2: ref.r2 ?? target.maxRows,
      c2: ref.c2 ?? target.maxCols,
    });
  }
  return {
    ssId: ss.id,
    sheetId: sh.id,
    r,
    c,
    text,
    ast,
    deps,
    wanted: null,
  };
}
