// Keeps formula cells computed: an index of formula cells and the ranges they read, a dirty set
// filled by writes, and recalculation that writes results and spills 2-D arrays into empty
// neighbours (#REF! "Array result was not expanded…" when they are not empty).
import { clearSpill, spillKey } from './cells';
import type { Env, FormulaHooks } from './env';
import {
  describeCell,
  type EResult,
  type EvalContext,
  evaluate,
  NotEmulated,
} from './formula-eval';
import { type FormulaCell, formulaCell, hits, keyOf } from './formula-index';
import { spillBlocker, storeResult } from './formula-values';
import { localeData } from './locale-data';
import { isDateFormat } from './number-format';
import { layerGet, layerSet, type SheetState, type SpreadsheetState } from './state';

export type CustomRunner = (
  name: string,
  args: EResult[],
  cell: { ss: SpreadsheetState; sheet: SheetState; r: number; c: number },
) => EResult;

export class FormulaEngine implements FormulaHooks {
  private index = new Map<string, FormulaCell>();
  private dirty = new Set<string>();
  private flushing = false;

  constructor(
    private readonly env: Env,
    private readonly customFunction: (name: string) => string | null,
    private readonly runner: CustomRunner,
  ) {}

  /** Re-reads every formula cell of every spreadsheet and marks them all dirty. */
  rebuild(): void {
    this.index.clear();
    for (const ss of this.env.state.spreadsheets) {
      for (const sh of ss.sheets) {
        sh.formulas.forEach((row, r) => {
          row?.forEach((f, c) => {
            if (f) this.track(ss, sh, r, c, f);
          });
        });
      }
    }
    for (const k of this.index.keys()) this.dirty.add(k);
  }

  private track(ss: SpreadsheetState, sh: SheetState, r: number, c: number, text: string): void {
    this.index.set(keyOf(ss.id, sh.id, r, c), formulaCell(ss, sh, r, c, text));
  }

  changed(
    ssId: string,
    sheetId: number,
    r1: number,
    c1: number,
    r2: number,
    c2: number,
    except?: string,
  ): void {
    const ss = this.env.state.spreadsheets.find((s) => s.id === ssId);
    const sh = ss?.sheets.find((s) => s.id === sheetId);
    if (!ss || !sh) {
      this.rebuild();
      return;
    }
    for (const [k, f] of this.index) {
      if (
        f.ssId === ssId &&
        f.sheetId === sheetId &&
        f.r >= r1 &&
        f.r <= r2 &&
        f.c >= c1 &&
        f.c <= c2
      ) {
        if (layerGet(sh.formulas, f.r, f.c) !== f.text) this.index.delete(k);
      }
    }
    for (let r = r1; r <= Math.min(r2, sh.formulas.length - 1); r++) {
      const row = sh.formulas[r];
      if (!row) continue;
      for (let c = c1; c <= Math.min(c2, row.length - 1); c++) {
        const f = row[c];
        const k = keyOf(ssId, sheetId, r, c);
        if (f && this.index.get(k)?.text !== f) {
          this.track(ss, sh, r, c, f);
          this.dirty.add(k);
        }
      }
    }
    for (const [k, f] of this.index) {
      if (k === except) continue;
      const w = f.wanted;
      if (
        f.deps.some((d) => hits(d, ssId, sheetId, r1, c1, r2, c2)) ||
        (w && hits(w, ssId, sheetId, r1, c1, r2, c2))
      ) {
        this.dirty.add(k);
      }
    }
  }

  markDirty(ssId: string, sheetId: number, r: number, c: number): void {
    this.dirty.add(keyOf(ssId, sheetId, r, c));
  }

  /** Recalculates dirty cells (not from inside a custom function, and not re-entrantly). */
  flush(): void {
    if (this.flushing || this.env.exec?.authMode === 'CUSTOM_FUNCTION') return;
    this.flushing = true;
    try {
      let guard = 0;
      while (this.dirty.size) {
        const [k] = this.dirty;
        this.compute(k, new Set());
        if (++guard > 100_000)
          throw new Error('Emulator: recalculation did not settle (circular formulas?)');
      }
    } finally {
      this.flushing = false;
    }
  }

  /** Computes a dirty cell after the dirty cells it reads. */
  private compute(k: string, visiting: Set<string>): void {
    this.dirty.delete(k);
    const f = this.index.get(k);
    if (!f) return;
    visiting.add(k);
    for (const [other, g] of this.index) {
      if (!this.dirty.has(other) || visiting.has(other)) continue;
      if (f.deps.some((d) => hits(d, g.ssId, g.sheetId, g.r, g.c, g.r, g.c)))
        this.compute(other, visiting);
    }
    this.recalc(f, k);
  }

  private recalc(f: FormulaCell, k: string): void {
    const ss = this.env.state.spreadsheets.find((s) => s.id === f.ssId);
    const sh = ss?.sheets.find((s) => s.id === f.sheetId);
    if (!ss || !sh || layerGet(sh.formulas, f.r, f.c) !== f.text) {
      this.index.delete(k);
      return;
    }
    const ctx: EvalContext = {
      ss,
      sheet: sh,
      customFunction: this.customFunction,
      runCustom: (name, args) => this.runner(name, args, { ss, sheet: sh, r: f.r, c: f.c }),
    };
    let result: EResult;
    if (!f.ast) result = { e: '#ERROR!', m: 'Formula parse error.' };
    else {
      try {
        result = evaluate(ctx, f.ast);
      } catch (e) {
        if (!(e instanceof NotEmulated)) throw e;
        this.env.log.add('emulator', `${describeCell(sh, f.r, f.c)} ${f.text}: ${e.message}`);
        result = { e: '#N/A', m: e.message };
      }
    }
    this.write(ss, sh, f, result, k);
  }

  private write(
    ss: SpreadsheetState,
    sh: SheetState,
    f: FormulaCell,
    result: EResult,
    k: string,
  ): void {
    const old = sh.spills[spillKey(f.r, f.c)];
    clearSpill(sh, f.r, f.c);
    f.wanted = null;
    let grid = Array.isArray(result) ? result : [[result]];
    const rows = grid.length;
    const cols = Math.max(0, ...grid.map((r) => r.length));
    if (rows > 1 || cols > 1) {
      const want = {
        ssId: ss.id,
        sheetId: sh.id,
        r1: f.r,
        c1: f.c,
        r2: f.r + rows - 1,
        c2: f.c + cols - 1,
      };
      const blocker = spillBlocker(sh, f.r, f.c, rows, cols);
      if (blocker) {
        f.wanted = want;
        grid = [[blocker]];
      } else if (f.r + rows > sh.maxRows || f.c + cols > sh.maxCols) {
        grid = [
          [
            {
              e: '#REF!',
              m: `Result was not automatically expanded, please insert more rows (${f.r + rows - sh.maxRows}).`,
            },
          ],
        ];
      } else sh.spills[spillKey(f.r, f.c)] = { rows, cols };
    }
    const loc = localeData(ss.locale);
    grid.forEach((row, i) => {
      for (let j = 0; j < cols; j++) {
        const v = row[j] ?? null;
        const stored = storeResult(v);
        layerSet(sh.values, f.r + i, f.c + j, stored);
        if (
          v &&
          typeof v === 'object' &&
          'date' in v &&
          !isDateFormat(layerGet(sh.formats, f.r + i, f.c + j))
        ) {
          layerSet(
            sh.formats,
            f.r + i,
            f.c + j,
            Number.isInteger(v.serial) ? loc.dateFormat : loc.dateTimeFormat,
          );
        }
      }
    });
    const r2 = f.r + Math.max(grid.length, old?.rows ?? 1) - 1;
    const c2 = f.c + Math.max(cols, old?.cols ?? 1) - 1;
    this.changed(ss.id, sh.id, f.r, f.c, r2, c2, k);
  }
}
