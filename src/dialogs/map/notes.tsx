// What the map says in words beside the picture: the pause in force (R5.2), "Reports to" loops
// and managers not in the group (R3.3), and the legend of colours, weights and dashes.
import type { MapData } from '../../dossier/map-types';
import type { Messages } from '../../i18n';
import { ATTITUDE_COLORS, RHYTHM_COLORS, WHITESPACE_COLORS } from '../draw/colors';
import { money, statusLabel } from '../draw/whitespace-svg';

type M = Messages['maps'];

export function Notes({ data, m }: { data: MapData; m: M }) {
  return (
    <>
      {data.pause ? (
        <p class="banner pause" id="pause-banner">
          {m.pauseBanner(data.pause.negative, data.pause.until)}
        </p>
      ) : null}
      {data.cycles.map((names) => (
        <p class="banner error cycle" role="alert" key={names.join('>')}>
          {m.cycle(names.join(' → '))}
        </p>
      ))}
      {data.unknownManagers.map((u) => (
        <p class="banner info" key={`${u.person}>${u.reportsTo}`}>
          {m.unknownManager(u.person, u.reportsTo)}
        </p>
      ))}
    </>
  );
}

function Swatch(props: { fill: string; stroke?: string; dashed?: boolean }) {
  return (
    <svg width="22" height="14" aria-hidden="true">
      <rect
        x="1"
        y="1"
        width="20"
        height="12"
        rx="3"
        fill={props.fill}
        stroke={props.stroke ?? props.fill}
        stroke-dasharray={props.dashed ? '4 3' : undefined}
      />
    </svg>
  );
}

export function Legend({ data, m, whitespace }: { data: MapData; m: M; whitespace?: boolean }) {
  if (whitespace) {
    const t = data.whitespace.statusTotals;
    return (
      <section class="legend" aria-label={m.legendTitle}>
        {(['weSupply', 'opportunity', 'competitor', 'notRelevant'] as const).map((s) => (
          <span key={s}>
            <Swatch {...WHITESPACE_COLORS[s]} /> {statusLabel(s, data.lang)}
          </span>
        ))}
        <span>
          <Swatch fill="#ffffff" stroke="#c5221f" dashed /> {m.gapLegend}
        </span>
        <p class="totals">
          {m.whitespace.totals(
            money(t.weSupply, data.lang),
            money(t.opportunity, data.lang),
            money(t.competitor, data.lang),
          )}
        </p>
      </section>
    );
  }
  const w = data.windows;
  return (
    <section class="legend" aria-label={m.legendTitle}>
      {(['supporter', 'neutral', 'opponent', 'unknown'] as const).map((a) => (
        <span key={a}>
          <Swatch {...ATTITUDE_COLORS[a]} /> {m.attitude[a]}
        </span>
      ))}
      <span>{m.influenceLegend}</span>
      <span>
        {(['ok', 'dueSoon', 'overdue', 'lapsed'] as const).map((k) => (
          <Swatch key={k} fill={RHYTHM_COLORS[k]} />
        ))}{' '}
        {m.rhythmLegend(w.everyDays - w.soonDays - 1, w.everyDays, w.months)}
      </span>
      <span>
        <Swatch fill="#ffffff" stroke="#c5221f" dashed /> {m.gapLegend}
      </span>
      <span>{m.reportsLegend}</span>
      {data.colleagues.length > 0 ? <span>{m.colleagueLegend}</span> : null}
    </section>
  );
}
