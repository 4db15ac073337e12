// Under the grid: the pager (a page of rows at a time) and the sheet's charts as small bars.
import type { SheetView } from './api';
import { type Child, h, letters } from './dom';

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

/** Each chart as its title, kind, source and anchor, with its first series as bars. */
export function chartFigures(view: SheetView): Child[] {
  return view.charts.map((chart) => {
    const max = Math.max(1, ...chart.series);
    const caption = `${chart.title || 'Chart'} (${chart.type.toLowerCase()}, ${chart.ranges.join(', ')}, at ${letters(chart.column)}${chart.row})`;
    return h(
      'figure',
      { class: 'chart' },
      h('figcaption', {}, caption),
      ...chart.series.map((v, i) =>
        h(
          'div',
          { class: 'bar', title: `${chart.labels[i]}: ${v}` },
          h('span', { class: 'label' }, chart.labels[i]),
          h('span', { class: 'fill', style: `width:${(v / max) * 100}%` }),
        ),
      ),
    );
  });
}
