// A sheet's charts drawn as their type, small, in SVG: a pie as slices with a legend, columns
// standing up, bars lying down, a line through its points. Sheets' palette; values on hover.
import type { SheetView } from './api';
import { type Child, h, letters } from './dom';

type ChartView = SheetView['charts'][number];

/** Google Sheets' first series colours, so a slice here matches one in Sheets. */
const PALETTE = [
  '#4285f4',
  '#ea4335',
  '#fbbc04',
  '#34a853',
  '#ff6d01',
  '#46bdc6',
  '#7baaf7',
  '#f07b72',
  '#fcd04f',
  '#71c287',
  '#ff994d',
  '#7ed1d7',
];
const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 340;
const HEIGHT = 180;

function svg(tag: string, attrs: Record<string, string | number>, ...children: Node[]): Element {
  const el = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, String(value));
  el.append(...children);
  return el;
}

/** A hover text: "label: value". */
const tip = (text: string) => svg('title', {}, document.createTextNode(text));

const colour = (i: number) => PALETTE[i % PALETTE.length];
const format = (v: number) => (Math.abs(v) < 1 ? `${Math.round(v * 1000) / 10} %` : `${v}`);

/** Slices from 12 o'clock clockwise; a single slice is a full circle. */
function pie(chart: ChartView): Element {
  const total = chart.series.reduce((sum, v) => sum + Math.max(0, v), 0) || 1;
  const r = 70;
  const [cx, cy] = [80, HEIGHT / 2];
  let angle = -Math.PI / 2;
  const slices = chart.series.map((v, i) => {
    const part = Math.max(0, v) / total;
    const label = `${chart.labels[i]}: ${format(v)}`;
    if (part >= 0.9999)
      return svg('circle', { cx, cy, r, fill: colour(i), class: 'slice' }, tip(label));
    const end = angle + part * 2 * Math.PI;
    const at = (a: number) => `${cx + r * Math.cos(a)} ${cy + r * Math.sin(a)}`;
    const d = `M ${cx} ${cy} L ${at(angle)} A ${r} ${r} 0 ${part > 0.5 ? 1 : 0} 1 ${at(end)} Z`;
    angle = end;
    return svg('path', { d, fill: colour(i), class: 'slice' }, tip(label));
  });
  const step = Math.min(16, (HEIGHT - 8) / Math.max(1, chart.labels.length));
  const legend = chart.labels.map((label, i) =>
    svg(
      'g',
      { transform: `translate(170 ${4 + i * step})` },
      svg('rect', {
        width: Math.min(10, step - 2),
        height: Math.min(10, step - 2),
        fill: colour(i),
      }),
      svg(
        'text',
        { x: 14, y: Math.min(10, step - 2), class: 'legend' },
        document.createTextNode(label),
      ),
    ),
  );
  return svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img' }, ...slices, ...legend);
}

/** Columns (vertical) or bars (horizontal), one per category, scaled to the largest. */
function bars(chart: ChartView, vertical: boolean): Element {
  const max = Math.max(1, ...chart.series);
  const n = Math.max(1, chart.series.length);
  const shapes = chart.series.flatMap((v, i) => {
    const label = `${chart.labels[i]}: ${format(v)}`;
    if (vertical) {
      const slot = (WIDTH - 20) / n;
      const height = (Math.max(0, v) / max) * (HEIGHT - 40);
      return [
        svg(
          'rect',
          {
            x: 10 + i * slot + slot * 0.15,
            y: HEIGHT - 24 - height,
            width: slot * 0.7,
            height,
            fill: colour(0),
            class: 'column',
          },
          tip(label),
        ),
        svg(
          'text',
          { x: 10 + i * slot + slot / 2, y: HEIGHT - 8, class: 'axis', 'text-anchor': 'middle' },
          document.createTextNode(chart.labels[i].slice(0, Math.max(4, Math.floor(slot / 6.5)))),
        ),
      ];
    }
    const slot = (HEIGHT - 10) / n;
    const width = (Math.max(0, v) / max) * (WIDTH - 130);
    return [
      svg(
        'text',
        { x: 0, y: 5 + i * slot + slot / 2 + 4, class: 'axis' },
        document.createTextNode(chart.labels[i].slice(0, 18)),
      ),
      svg(
        'rect',
        { x: 120, y: 5 + i * slot + slot * 0.2, width, height: slot * 0.6, fill: colour(0) },
        tip(label),
      ),
    ];
  });
  return svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img' }, ...shapes);
}

/** A line through the values, left to right. */
function line(chart: ChartView): Element {
  const max = Math.max(1, ...chart.series);
  const step = (WIDTH - 20) / Math.max(1, chart.series.length - 1);
  const points = chart.series.map(
    (v, i) => `${10 + i * step},${HEIGHT - 20 - (Math.max(0, v) / max) * (HEIGHT - 40)}`,
  );
  return svg(
    'svg',
    { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img' },
    svg('polyline', {
      points: points.join(' '),
      fill: 'none',
      stroke: colour(0),
      'stroke-width': 2,
    }),
  );
}

/** One chart as a figure: its title and anchor, then its picture in the chart's own type. */
export function chartFigure(chart: ChartView): HTMLElement {
  const type = chart.type.toUpperCase();
  const picture =
    type === 'PIE'
      ? pie(chart)
      : type === 'BAR'
        ? bars(chart, false)
        : type === 'LINE' || type === 'AREA'
          ? line(chart)
          : bars(chart, true);
  picture.setAttribute('aria-label', `${chart.title || 'Chart'} (${type.toLowerCase()})`);
  const caption = `${chart.title || 'Chart'} (${type.toLowerCase()}, ${chart.ranges.join(', ')}, at ${letters(chart.column)}${chart.row})`;
  return h(
    'figure',
    { class: 'chart', 'data-type': type.toLowerCase() },
    h('figcaption', {}, caption),
    picture as unknown as Child,
  );
}
