// The relationship map as SVG (R3.3, R5.1, R5.2, R6.2): lanes by division, a box per person
// (attitude as colour, influence as border weight, roles, position, "ours"), the days since our
// last contact as a coloured pill, the pause marker, "Reports to" lines, gaps as dashed slots,
// and our colleagues on the right. Presentation attributes only, so a downloaded file looks the same.
import type { MapData, MapPerson } from '../../dossier/map-types';
import type { Messages } from '../../i18n';
import { clip, FONT, GAP_STROKE } from './colors';
import type { MapLayout } from './layout';
import { PersonBox, roleLabel } from './person-box';

type M = Messages['maps'];

const path = (points: readonly [number, number][]) =>
  points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x.toFixed(1)} ${y.toFixed(1)}`).join(' ');

function Slot(props: {
  x: number;
  y: number;
  w: number;
  h: number;
  title: string;
  text: string;
  kind: string;
}) {
  return (
    <g class={`gap gap-${props.kind}`} transform={`translate(${props.x} ${props.y})`}>
      <rect
        width={props.w}
        height={props.h}
        rx={8}
        fill="#ffffff"
        stroke={GAP_STROKE}
        stroke-width={1.5}
        stroke-dasharray="6 4"
      />
      <text x={10} y={18} font-family={FONT} font-size={12} font-weight="bold" fill={GAP_STROKE}>
        {clip(props.title, 26)}
      </text>
      <text x={10} y={34} font-family={FONT} font-size={11} fill="#5f6368">
        {clip(props.text, 30)}
      </text>
    </g>
  );
}

/** The map as one SVG element; `onPick` makes each person a button. */
export function RelationshipSvg(props: {
  data: MapData;
  layout: MapLayout;
  m: M;
  onPick?: (person: MapPerson) => void;
  scale?: number;
}) {
  const { data, layout, m } = props;
  const scale = props.scale ?? 1;
  const byId = new Map(data.people.map((p) => [p.id, p]));
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      class="map-svg"
      role="img"
      aria-label={`${m.mapTitle}: ${data.account.client}`}
      width={Math.ceil(layout.width * scale)}
      height={Math.ceil(layout.height * scale)}
      viewBox={`-8 -8 ${Math.ceil(layout.width) + 16} ${Math.ceil(layout.height) + 16}`}
      font-family={FONT}
    >
      <rect x={-8} y={-8} width={layout.width + 16} height={layout.height + 16} fill="#ffffff" />
      {layout.lanes.map((lane, i) => (
        <g
          class="lane"
          data-division={lane.name}
          data-silent={String(lane.silent)}
          key={`lane-${i}`}
        >
          <rect
            x={lane.x}
            y={0}
            width={lane.w}
            height={lane.h}
            rx={6}
            fill={i % 2 === 0 ? '#f8f9fa' : '#f1f3f4'}
          />
          <text
            x={lane.x + 12}
            y={26}
            font-family={FONT}
            font-size={13}
            font-weight="bold"
            fill="#202124"
          >
            {clip(lane.name === '' ? m.noDivision : lane.name, Math.floor(lane.w / 8))}
          </text>
          {lane.silent && lane.people > 0 ? (
            <text
              x={lane.x + lane.w - 10}
              y={26}
              text-anchor="end"
              font-family={FONT}
              font-size={11}
              fill={GAP_STROKE}
            >
              {m.silent}
            </text>
          ) : null}
        </g>
      ))}
      {layout.rolesBand ? (
        <text
          x={0}
          y={layout.rolesBand.y + 16}
          font-family={FONT}
          font-size={13}
          font-weight="bold"
          fill={GAP_STROKE}
        >
          {m.rolesGapTitle}
        </text>
      ) : null}
      {layout.links.map((link, i) => (
        <path
          key={`link-${i}`}
          class={link.owns ? 'link owns' : 'link'}
          d={path(link.points)}
          fill="none"
          stroke={link.owns ? '#1a73e8' : '#bdc1c6'}
          stroke-width={link.owns ? 1.6 : 1}
          stroke-opacity={0.8}
        />
      ))}
      {layout.edges.map((edge) => (
        <path
          key={`edge-${edge.from}-${edge.to}`}
          class={edge.cut ? 'edge cut' : 'edge'}
          data-from={byId.get(edge.from)?.name}
          data-to={byId.get(edge.to)?.name}
          d={path(edge.points)}
          fill="none"
          stroke={edge.cut ? GAP_STROKE : '#5f6368'}
          stroke-width={edge.cut ? 2 : 1.4}
          stroke-dasharray={edge.cut ? '6 4' : undefined}
        />
      ))}
      {layout.slots.map((slot, i) => (
        <Slot
          key={`slot-${i}`}
          {...slot}
          kind={slot.kind}
          title={
            slot.kind === 'role'
              ? roleLabel(slot.label, data.lang)
              : slot.label === ''
                ? m.noDivision
                : slot.label
          }
          text={
            slot.kind === 'role' ? m.roleGap : slot.kind === 'silent' ? m.silent : m.nobodyKnown
          }
        />
      ))}
      {data.people.map((p) => {
        const box = layout.nodes.get(p.id);
        return box ? (
          <PersonBox key={p.id} person={p} box={box} data={data} m={m} onPick={props.onPick} />
        ) : null;
      })}
      {layout.colleagues.length > 0 ? (
        <text
          x={layout.colleagues[0].x}
          y={26}
          font-family={FONT}
          font-size={13}
          font-weight="bold"
          fill="#202124"
        >
          {m.colleaguesTitle}
        </text>
      ) : null}
      {layout.colleagues.map((c) => (
        <g class="colleague" key={c.email} transform={`translate(${c.x} ${c.y})`}>
          <title>{c.email}</title>
          <rect width={c.w} height={c.h} rx={17} fill="#e8f0fe" stroke="#1a73e8" stroke-width={1} />
          <text x={14} y={21} font-family={FONT} font-size={11.5} fill="#174ea6">
            {clip(c.email, 30)}
          </text>
        </g>
      ))}
    </svg>
  );
}
