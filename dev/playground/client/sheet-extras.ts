// Under the grid: the pager (a page of rows at a time) and the sheet's charts.
import type { SheetView } from './api';
import { chartFigure } from './charts';
import { type Child, h } from './dom';

/** "‹ Previous  Rows 2–201 of 354  Next ›", or nothing when one page holds the sheet. */
export function pagerOf(view: SheetView, page: (offset: number) => void): Child[] {
  const body = view.rowCount - view.frozenRows;
  if (body <= view.limit) return [];
  const first = view.frozenRows + view.offset + 1;
  const last = view.frozenRows + view.offset + view.rows.length;
  return [
    h(
      'button',
      { disabled: view.offset === 0, onclick: () => page(Math.max(0, view.offset - view.limit)) },
      '‹ Previous',
    ),
    h('span', {}, ` Rows ${first}–${last} of ${view.rowCount} `),
    h(
      'button',
      { disabled: view.offset + view.limit >= body, onclick: () => page(view.offset + view.limit) },
      'Next ›',
    ),
  ];
}

/** Each chart as its title, kind, source and anchor, drawn as its type (charts.ts). */
export function chartFigures(view: SheetView): Child[] {
  return view.charts.map(chartFigure);
}
