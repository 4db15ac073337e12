// The whitespace map as SVG (R4.1, R3.4, R6.2): divisions × our offerings, each cell coloured by
// where we stand (we supply, opportunity, a competitor holds it, not relevant), the competitor
// named in its cell, values summed by row and column; an empty cell is white space, dashed.
import type { WhitespaceMatrix, WhitespaceStatus } from '../../core/whitespace';
import type { Lang, Messages } from '../../i18n';
import { WHITESPACE_STATUS_CHOICES } from '../../template/choices';
import { clip, FONT, GAP_STROKE, WHITESPACE_COLORS } from './colors';

const HEAD_W = 170;
const CELL_W = 150;
const TOTAL_W = 120;
const HEAD_H = 46;
const CELL_H = 58;

export function statusLabel(status: WhitespaceStatus, lang: Lang): string {
  return WHITESPACE_STATUS_CHOICES.find((c) => c.key === status)?.label[lang] ?? status;
}

/** A money figure as the workbook's people read it: 12 000 (en: 12,000), no decimals. */
export function money(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'lt' ? 'lt-LT' : 'en-GB', {
    maximumFractionDigits: 0,
  }).format(value);
}

export function whitespaceSize(matrix: WhitespaceMatrix): { width: number; height: number } {
  return {
    width: HEAD_W + matrix.offerings.length * CELL_W + TOTAL_W,
    height: HEAD_H + (matrix.divisions.length + 1) * CELL_H,
  };
}

export function WhitespaceSvg(props: {
  matrix: WhitespaceMatrix;
  lang: Lang;
  m: Messages['maps'];
  title: string;
}) {
  const { matrix, lang, m } = props;
  const { width, height } = whitespaceSize(matrix);
  const colX = (c: number) => HEAD_W + c * CELL_W;
  const rowY = (r: number) => HEAD_H + r * CELL_H;
  const totalX = colX(matrix.offerings.length);
  const text = (x: number, y: number, body: string, extra: Record<string, unknown> = {}) => (
    <text x={x} y={y} font-family={FONT} font-size={11.5} fill="#202124" {...extra}>
      {body}
    </text>
  );
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      class="whitespace-svg"
      role="img"
      aria-label={props.title}
      width={width}
      height={height}
      viewBox={`-4 -4 ${width + 8} ${height + 8}`}
      font-family={FONT}
    >
      <rect x={-4} y={-4} width={width + 8} height={height + 8} fill="#ffffff" />
      {text(8, 28, m.whitespace.division, { 'font-weight': 'bold' })}
      {matrix.offerings.map((o, c) => (
        <g key={`o-${o}`}>
          <rect x={colX(c)} y={0} width={CELL_W} height={HEAD_H} fill="#f1f3f4" stroke="#dadce0" />
          {text(colX(c) + 8, 28, clip(o, 20), { 'font-weight': 'bold' })}
        </g>
      ))}
      <rect x={totalX} y={0} width={TOTAL_W} height={HEAD_H} fill="#e8eaed" stroke="#dadce0" />
      {text(totalX + 8, 28, m.whitespace.total, { 'font-weight': 'bold' })}
      {matrix.divisions.map((d, r) => (
        <g key={`d-${d}`} class="ws-row" data-division={d}>
          <rect x={0} y={rowY(r)} width={HEAD_W} height={CELL_H} fill="#f8f9fa" stroke="#dadce0" />
          {text(8, rowY(r) + 33, clip(d, 22), { 'font-weight': 'bold' })}
          {matrix.offerings.map((o, c) => {
            const cell = matrix.cells[`${r}:${c}`];
            const x = colX(c) + 3;
            const y = rowY(r) + 3;
            if (!cell?.status)
              return (
                <rect
                  key={`c-${o}`}
                  class="ws-cell ws-empty"
                  data-offering={o}
                  x={x}
                  y={y}
                  width={CELL_W - 6}
                  height={CELL_H - 6}
                  rx={6}
                  fill="#ffffff"
                  stroke={GAP_STROKE}
                  stroke-opacity={0.5}
                  stroke-dasharray="5 4"
                />
              );
            const colors = WHITESPACE_COLORS[cell.status];
            return (
              <g key={`c-${o}`} class="ws-cell" data-offering={o} data-status={cell.status}>
                <title>
                  {[statusLabel(cell.status, lang), ...cell.competitors, cell.nextStep ?? '']
                    .filter(Boolean)
                    .join(' · ')}
                </title>
                <rect
                  x={x}
                  y={y}
                  width={CELL_W - 6}
                  height={CELL_H - 6}
                  rx={6}
                  fill={colors.fill}
                  stroke={colors.stroke}
                />
                {text(x + 8, y + 17, clip(statusLabel(cell.status, lang), 22), {
                  'font-weight': 'bold',
                  'font-size': 11,
                })}
                {cell.competitors.length > 0
                  ? text(x + 8, y + 32, clip(cell.competitors.join(', '), 22), {
                      fill: '#a50e0e',
                      'font-size': 11,
                    })
                  : null}
                {cell.value > 0
                  ? text(x + 8, y + 47, money(cell.value, lang), { 'font-size': 11 })
                  : null}
              </g>
            );
          })}
          <rect
            x={totalX}
            y={rowY(r)}
            width={TOTAL_W}
            height={CELL_H}
            fill="#f8f9fa"
            stroke="#dadce0"
          />
          {text(totalX + TOTAL_W - 8, rowY(r) + 33, money(matrix.rowTotals[r], lang), {
            'text-anchor': 'end',
            class: 'ws-row-total',
          })}
        </g>
      ))}
      <g class="ws-totals">
        <rect
          x={0}
          y={rowY(matrix.divisions.length)}
          width={HEAD_W}
          height={CELL_H}
          fill="#e8eaed"
          stroke="#dadce0"
        />
        {text(8, rowY(matrix.divisions.length) + 33, m.whitespace.total, { 'font-weight': 'bold' })}
        {matrix.offerings.map((o, c) => (
          <g key={`t-${o}`}>
            <rect
              x={colX(c)}
              y={rowY(matrix.divisions.length)}
              width={CELL_W}
              height={CELL_H}
              fill="#e8eaed"
              stroke="#dadce0"
            />
            {text(
              colX(c) + CELL_W - 8,
              rowY(matrix.divisions.length) + 33,
              money(matrix.columnTotals[c], lang),
              {
                'text-anchor': 'end',
                class: 'ws-column-total',
              },
            )}
          </g>
        ))}
        <rect
          x={totalX}
          y={rowY(matrix.divisions.length)}
          width={TOTAL_W}
          height={CELL_H}
          fill="#dadce0"
          stroke="#dadce0"
        />
        {text(totalX + TOTAL_W - 8, rowY(matrix.divisions.length) + 33, money(matrix.total, lang), {
          'text-anchor': 'end',
          'font-weight': 'bold',
        })}
      </g>
    </svg>
  );
}
