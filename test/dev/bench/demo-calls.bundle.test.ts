// Bundle-level: drives dist/Code.js through the emulator (`npm run build` first).
// Issue 10's targets in service calls on the demo workbook, measured as `npm run bench` prints
// them: a change that makes the check, Run checks now, the sidebar's load or a save call
// Apps Script more often than its target fails here, not only in the bench's table.
import { DEMO_TARGETS, type DemoCalls, measureDemoCalls } from '../../../dev/bench/demo-calls';

describe('service calls on the demo workbook', () => {
  let calls: DemoCalls;

  beforeAll(async () => {
    calls = await measureDemoCalls();
  }, 60_000);

  it.each(Object.keys(DEMO_TARGETS) as (keyof DemoCalls)[])('%s stays within its target', (key) => {
    expect(calls[key]).toBeLessThanOrEqual(DEMO_TARGETS[key]);
  });

  it('counts what it measures: each step made calls', () => {
    expect(Math.min(...Object.values(calls))).toBeGreaterThan(10);
  });
});
