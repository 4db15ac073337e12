// "Mark reviewed" (R3.6) run from src: a review on a day the manager chooses, with what
// changed; never after today, never before the last review, never without a note.
import type { Emulator } from '../../../dev/emulator';
import type { SaveResult } from '../../../src/dossier/types';
import { loadDossier, markReviewed } from '../../../src/server/dossier/endpoints';
import { demoWorkbook } from '../../helpers/demo-workbook';
import { withPlatform } from '../../helpers/platform';

const mark = (emu: Emulator, payload: Parameters<typeof markReviewed>[1]): SaveResult =>
  withPlatform(emu, (platform) => markReviewed(platform, payload));

function review(emu: Emulator, id: string) {
  const loaded = withPlatform(emu, (platform) => loadDossier(platform, id));
  if (!loaded.ok) throw new Error(loaded.message);
  return loaded.state.account!.review;
}

const reviewsOf = (emu: Emulator) => emu.spreadsheet.getSheetByName('Reviews')!.getLastRow();

describe('markReviewed', () => {
  it('records a review on a chosen past day and dates the next one from it', () => {
    const emu = demoWorkbook();

    const result = mark(emu, {
      accountId: 'KA-002',
      note: 'Went through the group after the reorganisation.',
      date: '2026-11-20',
    });

    expect(result.ok).toBe(true);
    expect(review(emu, 'KA-002')).toMatchObject({ last: '2026-11-20', nextDue: '2027-02-20' });
  });

  it('records today when no day is given', () => {
    const emu = demoWorkbook();

    mark(emu, { accountId: 'KA-002', note: 'No change.' });

    expect(review(emu, 'KA-002').last).toBe('2026-11-26');
  });

  it('refuses a day after today, a day before the last review, and a review with no note', () => {
    const emu = demoWorkbook();
    const last = review(emu, 'KA-005').last!;
    const rows = reviewsOf(emu);

    const future = mark(emu, { accountId: 'KA-005', note: 'Planned.', date: '2026-11-27' });
    const early = mark(emu, { accountId: 'KA-005', note: 'Late entry.', date: '2026-01-05' });
    const silent = mark(emu, { accountId: 'KA-005', note: '   ', date: '2026-11-26' });

    expect(future).toMatchObject({
      ok: false,
      code: 'IN_FUTURE',
      message: 'Date cannot be later than today (2026-11-26): log what has already happened.',
    });
    expect(early).toMatchObject({
      ok: false,
      code: 'BEFORE_LAST_REVIEW',
      message: `Date cannot be before the last review (${last}).`,
    });
    expect(silent).toMatchObject({
      ok: false,
      code: 'REQUIRED',
      message: 'What changed is required.',
    });
    expect(reviewsOf(emu)).toBe(rows);
  });
});
