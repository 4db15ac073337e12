// Lays the relationship map out (R3.3, R6.2): one lane per division, each lane a tidy tree of
// "Reports to" drawn with d3-hierarchy (Reingold–Tilford: no two boxes of a row overlap), rows
// by depth across the whole map so that a person sits one row below their manager even in
// another lane; gaps as dashed slots; our colleagues on a side band. Pure: numbers in, boxes out.
import { hierarchy, tree } from 'd3-hierarchy';
import { depthsOf } from '../../core/reports-to';
import type { MapData, MapPerson } from '../../dossier/map-types';

export const NODE_W = 188;
export const NODE_H = 78;
const H_GAP = 20;
const V_GAP = 44;
const LANE_PAD = 14;
const LANE_HEAD = 44;
const LANE_GAP = 10;
const SLOT_H = 44;
const BAND_GAP = 56;
export const COLLEAGUE_W = 210;
export const COLLEAGUE_H = 34;

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface LaneBox extends Rect {
  name: string;
  silent: boolean;
  people: number;
}

export interface SlotBox extends Rect {
  kind: 'role' | 'silent' | 'nobody';
  /** The role key (for a role slot) or the division. */
  label: string;
}

export interface EdgeLine {
  from: string;
  to: string;
  /** A line of a "Reports to" loop, left out of the hierarchy (drawn dashed red). */
  cut: boolean;
  points: [number, number][];
}

export interface MapLayout {
  width: number;
  height: number;
  lanes: LaneBox[];
  nodes: Map<string, Rect>;
  edges: EdgeLine[];
  slots: SlotBox[];
  rolesBand: Rect | null;
  colleagues: (Rect & { email: string })[];
  links: { email: string; to: string; owns: boolean; points: [number, number][] }[];
}

interface TreeDatum {
  id: string;
  person?: MapPerson;
  children: TreeDatum[];
}

/** One lane's tree: a hidden root, then each lane root under as many spacers as its depth. */
function laneTree(people: readonly MapPerson[], depth: ReadonlyMap<string, number>): TreeDatum {
  const inLane = new Map(people.map((p) => [p.id, p]));
  const nodes = new Map<string, TreeDatum>(
    people.map((p) => [p.id, { id: p.id, person: p, children: [] }]),
  );
  const root: TreeDatum = { id: '', children: [] };
  for (const p of people) {
    const node = nodes.get(p.id)!;
    const boss = p.reportsTo === null ? undefined : nodes.get(p.reportsTo);
    if (boss && inLane.has(p.reportsTo!)) {
      boss.children.push(node);
      continue;
    }
    let parent = root;
    for (let i = 0; i < (depth.get(p.id) ?? 0); i++) {
      const spacer: TreeDatum = { id: `${p.id}#${i}`, children: [] };
      parent.children.push(spacer);
      parent = spacer;
    }
    parent.children.push(node);
  }
  return root;
}

const rowY = (depth: number) => LANE_HEAD + depth * (NODE_H + V_GAP);

/** An elbow from the bottom of one box to the top of another. */
function elbow(a: Rect, b: Rect): [number, number][] {
  const [x1, y1, x2, y2] = [a.x + a.w / 2, a.y + a.h, b.x + b.w / 2, b.y];
  const mid = y2 > y1 ? y2 - V_GAP / 2 : Math.max(y1, y2) + V_GAP / 2;
  return [
    [x1, y1],
    [x1, mid],
    [x2, mid],
    [x2, y2],
  ];
}

/**
 * The whole map's geometry. Lanes follow `data.divisions` (every division: those with nobody in
 * the group get a dashed "nobody known" slot, silent ones a dashed "no contact lately" slot);
 * uncovered roles are dashed slots in a band below; colleagues sit in a band on the right.
 */
export function layoutMap(data: MapData): MapLayout {
  const ids = data.people.map((p) => p.id);
  const managers = new Map(
    data.people.flatMap((p) => (p.reportsTo === null ? [] : [[p.id, p.reportsTo] as const])),
  );
  const depth = depthsOf(ids, managers);
  const maxDepth = Math.max(0, ...depth.values());
  const nodes = new Map<string, Rect>();
  const lanes: LaneBox[] = [];
  const slots: SlotBox[] = [];
  const bottom = rowY(maxDepth + 1) - V_GAP / 2;
  let x = 0;
  for (const division of data.divisions) {
    const key = division.name.toLowerCase();
    const people = data.people.filter((p) => p.division.toLowerCase() === key);
    let width = NODE_W + 2 * LANE_PAD;
    if (people.length > 0) {
      const root = hierarchy(laneTree(people, depth), (d) => d.children);
      tree<TreeDatum>()
        .nodeSize([NODE_W + H_GAP, NODE_H + V_GAP])
        .separation(() => 1)(root);
      const laid = root.descendants().filter((n) => n.depth > 0);
      const minX = Math.min(...laid.map((n) => n.x ?? 0));
      const maxX = Math.max(...laid.map((n) => n.x ?? 0));
      width = maxX - minX + NODE_W + 2 * LANE_PAD;
      for (const n of laid) {
        if (!n.data.person) continue;
        const id = n.data.person.id;
        nodes.set(id, {
          x: x + LANE_PAD + (n.x ?? 0) - minX,
          y: rowY(depth.get(id) ?? 0),
          w: NODE_W,
          h: NODE_H,
        });
      }
    }
    const slot = (kind: SlotBox['kind'], y: number): SlotBox => ({
      kind,
      label: division.name,
      x: x + LANE_PAD,
      y,
      w: NODE_W,
      h: SLOT_H,
    });
    if (people.length === 0) slots.push(slot('nobody', rowY(0)));
    else if (division.silent) slots.push(slot('silent', bottom));
    lanes.push({
      name: division.name,
      silent: division.silent,
      people: people.length,
      x,
      y: 0,
      w: width,
      h: 0,
    });
    x += width + LANE_GAP;
  }
  const lanesWidth = Math.max(x - LANE_GAP, NODE_W + 2 * LANE_PAD);
  const lanesHeight = slots.some((s) => s.kind === 'silent') ? bottom + SLOT_H + 14 : bottom;
  for (const lane of lanes) lane.h = lanesHeight;
  let rolesBand: Rect | null = null;
  if (data.rolesUncovered.length > 0) {
    const perRow = Math.max(1, Math.floor((lanesWidth + H_GAP) / (NODE_W + H_GAP)));
    const rows = Math.ceil(data.rolesUncovered.length / perRow);
    rolesBand = {
      x: 0,
      y: lanesHeight + BAND_GAP / 2,
      w: lanesWidth,
      h: 30 + rows * (SLOT_H + 12),
    };
    data.rolesUncovered.forEach((role, i) => {
      slots.push({
        kind: 'role',
        label: role,
        x: (i % perRow) * (NODE_W + H_GAP),
        y: rolesBand!.y + 30 + Math.floor(i / perRow) * (SLOT_H + 12),
        w: NODE_W,
        h: SLOT_H,
      });
    });
  }
  const edges: EdgeLine[] = [];
  for (const p of data.people) {
    const [from, to] = [p.reportsTo === null ? undefined : nodes.get(p.reportsTo), nodes.get(p.id)];
    if (from && to)
      edges.push({ from: p.reportsTo!, to: p.id, cut: false, points: elbow(from, to) });
  }
  for (const [person, boss] of data.cut) {
    const [from, to] = [nodes.get(boss), nodes.get(person)];
    if (from && to) edges.push({ from: boss, to: person, cut: true, points: elbow(from, to) });
  }
  const bandX = lanesWidth + BAND_GAP;
  const colleagues = data.colleagues.map((c, i) => ({
    email: c.email,
    x: bandX,
    y: LANE_HEAD + i * (COLLEAGUE_H + 12),
    w: COLLEAGUE_W,
    h: COLLEAGUE_H,
  }));
  const links: MapLayout['links'] = [];
  data.colleagues.forEach((c, i) => {
    const box = colleagues[i];
    const targets = new Map<string, boolean>();
    for (const id of c.contacted) targets.set(id, targets.get(id) ?? false);
    for (const id of c.owns) targets.set(id, true);
    for (const [id, owns] of targets) {
      const node = nodes.get(id);
      if (!node) continue;
      links.push({
        email: c.email,
        to: id,
        owns,
        points: [
          [box.x, box.y + box.h / 2],
          [node.x + node.w, node.y + node.h / 2],
        ],
      });
    }
  });
  const width = colleagues.length > 0 ? bandX + COLLEAGUE_W : lanesWidth;
  const colleaguesBottom = colleagues.reduce((m, c) => Math.max(m, c.y + c.h), 0);
  const height =
    Math.max(rolesBand ? rolesBand.y + rolesBand.h : lanesHeight, colleaguesBottom) + 8;
  return { width, height, lanes, nodes, edges, slots, rolesBand, colleagues, links };
}
