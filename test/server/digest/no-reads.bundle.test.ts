// The bench's acceptance as a test: the managers' digests read no sheet the daily run did not
// already read; they reuse the check's and the dashboard's tables (dist/Code.js).
import { digestWorkbook, fireHourly, setSetting } from '../../helpers/digests';

/** Range reads of one hourly run, by method. */
function rangeReads(digests: 'On' | 'Off'): { reads: Record<string, number>; mails: number } {
  const emu = digestWorkbook();
  setSetting(emu, 'E-mail digests', digests);
  emu.calls.reset();

  fireHourly(emu);

  const reads = Object.entries(emu.calls.byMethod()).filter(
    ([name]) => name.startsWith('Range.get') || name === 'Sheet.getDataRange',
  );
  return { reads: Object.fromEntries(reads), mails: emu.outbox.length };
}

describe('the managers’ digests', () => {
  it('add no sheet read to the daily run: the same range reads with digests on as off', () => {
    const off = rangeReads('Off');
    const on = rangeReads('On');

    expect(off.mails).toBe(0);
    expect(on.mails).toBe(3);
    expect(on.reads).toEqual(off.reads);
    expect(on.reads['Range.getValues']).toBeGreaterThan(0);
  });
});
