// Tests: a scheduled check computes only as long as leaves time, under Apps Script's 6 minutes,
// to write its statuses, its log line and the dashboard, with a minute to spare.
import {
  computeBudgetMs,
  EXECUTION_LIMIT_MS,
  MARGIN_MS,
  writingMs,
} from '../../../src/server/check/budget';
import { runCheck } from '../../../src/server/check/run';
import { demoWorkbook } from '../../helpers/demo-workbook';
import { withPlatform } from '../../helpers/platform';

describe('the check’s time budget', () => {
  it('leaves a minute and twice the estimated writing free before the 6-minute limit', () => {
    const budget = computeBudgetMs(1000);

    expect(budget).toBe(360_000 - 60_000 - 2 * (550 + 3.2 * 1000));
    expect(budget + 2 * writingMs(1000) + MARGIN_MS).toBe(EXECUTION_LIMIT_MS);
  });

  it('gives a larger workbook less time to compute, but never less than a minute', () => {
    const sizes = [10, 1000, 3000, 10_000, 100_000];

    const budgets = sizes.map(computeBudgetMs);

    expect(budgets).toEqual([...budgets].sort((a, b) => b - a));
    expect(Math.min(...budgets)).toBe(60_000);
  });

  it('stops computing once the time left would only cover writing and the margin', () => {
    const emu = demoWorkbook();
    let now = 0;
    const clock = () => {
      now += 50_000;
      return now;
    };

    const summary = withPlatform(emu, (platform) =>
      runCheck(platform, emu.clock.now(), { clock, startedAt: 0 }),
    );

    const budget = computeBudgetMs(summary.accounts);
    expect(summary.complete).toBe(false);
    expect(summary.computed).toBe(Math.floor(budget / 50_000) + 1);
    expect(now - 50_000).toBeLessThan(budget);
  });
});
