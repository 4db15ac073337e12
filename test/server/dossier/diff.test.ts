// What a save changes in one row: only the fields whose value differs are written, each with
// its Change history entry (R4.3: the record of who changed what), dates as days, null as blank.
import { dayOfIso } from '../../../src/core/days';
import { cellOfWire, diffRow, sameCell } from '../../../src/server/dossier/diff';
import { sheetDef } from '../../../src/template';

const column = (key: string) => sheetDef('plan').columns.find((c) => c.key === key)!;
const accounts = (key: string) => sheetDef('accounts').columns.find((c) => c.key === key)!;

describe('dossier diff', () => {
  describe('cellOfWire', () => {
    it('turns an ISO date into its day, null into a blank cell, and keeps other values', () => {
      const cells = [
        cellOfWire(column('due'), '2026-11-30'),
        cellOfWire(column('due'), null),
        cellOfWire(column('objective'), '2026-11-30'),
        cellOfWire(column('revenueForecast'), 1200),
        cellOfWire(accounts('keyTypes'), ['expert']),
      ];

      expect(cells).toEqual([dayOfIso('2026-11-30'), undefined, '2026-11-30', 1200, ['expert']]);
    });
  });

  describe('sameCell', () => {
    it('sees a blank cell and a value cleared to null as the same, and lists by their items', () => {
      expect(sameCell(undefined, undefined)).toBe(true);
      expect(sameCell(['a', 'b'], ['a', 'b'])).toBe(true);
      expect(sameCell(['a', 'b'], ['b', 'a'])).toBe(false);
      expect(sameCell('', undefined)).toBe(false);
      expect(sameCell(0, undefined)).toBe(false);
      expect(sameCell(false, undefined)).toBe(false);
      expect(sameCell('7', 7)).toBe(false);
    });
  });

  describe('diffRow', () => {
    const current = {
      accountId: 'KA-001',
      objective: 'Grow',
      due: dayOfIso('2026-11-30'),
      status: 'planned',
    };

    it('writes only the fields that change, each with its old and new value for Change history', () => {
      const values = { objective: 'Grow', due: '2026-12-15', status: 'done' };

      const { cells, history } = diffRow('plan', current, values);

      expect(cells).toEqual({ due: dayOfIso('2026-12-15'), status: 'done' });
      expect(history.map((h) => [h.sheet.key, h.column.key, h.old, h.now])).toEqual([
        ['plan', 'due', dayOfIso('2026-11-30'), dayOfIso('2026-12-15')],
        ['plan', 'status', 'planned', 'done'],
      ]);
    });

    it('writes nothing and records nothing for a save that changes nothing (the same date sent as text)', () => {
      const values = { objective: 'Grow', due: '2026-11-30', result: null };

      expect(diffRow('plan', current, values)).toEqual({ cells: {}, history: [] });
    });

    it('records a cleared field as a change to blank', () => {
      const { cells, history } = diffRow('plan', current, { objective: null });

      expect(cells).toEqual({ objective: undefined });
      expect(history.map((h) => [h.old, h.now])).toEqual([['Grow', undefined]]);
    });

    it('writes every filled field of a new row', () => {
      const values = { objective: 'Win', action: 'Offer', result: null };

      const { cells, history } = diffRow('plan', undefined, values);

      expect(cells).toEqual({ objective: 'Win', action: 'Offer' });
      expect(history.map((h) => h.column.key)).toEqual(['objective', 'action']);
    });
  });
});
