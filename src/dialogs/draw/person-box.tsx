// One person of the relationship map (R3.3, R5.1, R5.2, R6.2): attitude as the fill, influence
// as the border's weight, name, position, roles, who of ours owns the relationship, the days
// since our last contact as a coloured pill, and the pause marker while a pause is in force.
import type { MapData, MapPerson } from '../../dossier/map-types';
import type { Messages } from '../../i18n';
import { ROLE_CHOICES } from '../../template/choices';
import { ATTITUDE_COLORS, clip, FONT, INFLUENCE_WIDTH, PAUSE_COLOR, RHYTHM_COLORS } from './colors';
import type { Rect } from './layout';

type M = Messages['maps'];

export function roleLabel(role: string, lang: MapData['lang']): string {
  return ROLE_CHOICES.find((c) => c.key === role)?.label[lang] ?? role;
}

export function PersonBox(props: {
  person: MapPerson;
  box: Rect;
  data: MapData;
  m: M;
  onPick?: (person: MapPerson) => void;
}) {
  const { person: p, box, data, m } = props;
  const colors = ATTITUDE_COLORS[p.attitude ?? 'unknown'];
  const stroke = INFLUENCE_WIDTH[p.influence ?? 'unknown'];
  const roles = p.roles.map((r) => roleLabel(r, data.lang)).join(' · ');
  const days = p.rhythm.days === null ? m.neverShort : m.days(p.rhythm.days);
  const pill = Math.max(44, days.length * 6.4 + 14);
  const label = [p.name, p.position, roles, `${m.rhythm[p.rhythm.kind]}: ${days}`]
    .filter((t) => t !== '')
    .join(', ');
  const pick = props.onPick;
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a button (role, tab stop, Enter and Space) whenever it is clickable
    <g
      class="person"
      data-person={p.name}
      data-attitude={p.attitude ?? 'unknown'}
      data-influence={p.influence ?? 'unknown'}
      data-rhythm={p.rhythm.kind}
      data-days={p.rhythm.days ?? ''}
      transform={`translate(${box.x} ${box.y})`}
      role={pick ? 'button' : undefined}
      tabIndex={pick ? 0 : undefined}
      aria-label={label}
      cursor={pick ? 'pointer' : undefined}
      onClick={pick ? () => pick(p) : undefined}
      onKeyDown={
        pick
          ? (e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                pick(p);
              }
            }
          : undefined
      }
    >
      <title>{label}</title>
      <rect
        class="box"
        width={box.w}
        height={box.h}
        rx={8}
        fill={colors.fill}
        stroke={colors.stroke}
        stroke-width={stroke}
      />
      <text x={10} y={20} font-family={FONT} font-size={13} font-weight="bold" fill="#202124">
        {clip(p.name, Math.floor((box.w - 16) / 7.4))}
      </text>
      <text x={10} y={37} font-family={FONT} font-size={11} fill="#3c4043">
        {clip(p.position, 30)}
      </text>
      <text x={10} y={53} font-family={FONT} font-size={10.5} fill="#1a73e8">
        {clip(roles, 32)}
      </text>
      <text x={10} y={69} font-family={FONT} font-size={10} fill="#5f6368">
        {p.ourContact === ''
          ? ''
          : clip(m.ours(p.ourContact.split('@')[0]), Math.floor((box.w - pill - 46) / 5.4))}
      </text>
      <g class="rhythm" transform={`translate(${box.w - pill - 6} ${box.h - 24})`}>
        <rect width={pill} height={18} rx={9} fill={RHYTHM_COLORS[p.rhythm.kind]} />
        <text
          x={pill / 2}
          y={13}
          text-anchor="middle"
          font-family={FONT}
          font-size={10.5}
          font-weight="bold"
          fill="#ffffff"
        >
          {days}
        </text>
      </g>
      {data.pause ? (
        <g class="pause" transform={`translate(${box.w - pill - 34} ${box.h - 24})`}>
          <title>{m.pauseMark(data.pause.until)}</title>
          <rect width={22} height={18} rx={4} fill={PAUSE_COLOR} />
          <rect x={7} y={4} width={3} height={10} fill="#ffffff" />
          <rect x={12} y={4} width={3} height={10} fill="#ffffff" />
        </g>
      ) : null}
    </g>
  );
}
