// Custom functions in cells: the formula engine wired to run the bundle's functions in
// CUSTOM_FUNCTION mode, one execution per call, with the formula's cell as the active range.
import type { Env } from './env';
import { FormulaEngine } from './formula-engine';
import { fromScript, toScript } from './formula-values';
import type { Runtime } from './runtime';

/** Any top-level function not ending in "_" may be called from a cell, case-insensitively. */
export function customFunctionEngine(env: Env, runtime: Runtime): FormulaEngine {
  const functions = new Map(
    [...runtime.functions].filter((f) => !f.endsWith('_')).map((f) => [f.toUpperCase(), f]),
  );
  return new FormulaEngine(
    env,
    (n) => functions.get(n.toUpperCase()) ?? null,
    (fn, args, cell) => {
      try {
        const result = runtime.execute(
          {
            fnName: fn,
            authMode: 'CUSTOM_FUNCTION',
            user: env.options.user,
            boundId: cell.ss.id,
            hasUi: false,
            activeCell: { spreadsheetId: cell.ss.id, sheetId: cell.sheet.id, r: cell.r, c: cell.c },
          },
          (realm) => args.map((a) => toScript(a, realm.date, realm.grid)),
        );
        return fromScript(result, cell.ss.timeZone);
      } catch (e) {
        // A thrown error shows as #ERROR! with its message on hover.
        const message = typeof e === 'object' && e !== null && 'message' in e ? e.message : e;
        return { e: '#ERROR!', m: String(message) };
      }
    },
  );
}
