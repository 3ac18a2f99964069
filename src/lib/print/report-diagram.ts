/**
 * Lays out the who-reports-to-whom diagram at build time: receivers above the
 * bodies that report to them, layer by layer, as plain coordinates for an
 * inline SVG. Bodies that send and receive exactly the same things share one
 * box, which keeps the widest layer narrow enough to read. A report routed
 * through a body («qua Sở Nội vụ») is drawn as one line that passes through
 * that body's box. Pure, so the layout is tested without rendering.
 */

export interface DiagramEdgeInput {
  from: string;
  to: string;
  /** A report, or a plan sent to be followed; plans are drawn dashed. */
  kind?: 'report' | 'plan';
  /** Bodies the report goes through on its way. */
  via?: string[];
}
export interface DiagramNode {
  /** The bodies in the box. */
  ids: string[];
  /** Their names, broken into lines that fit the box. */
  lines: string[];
  x: number;
  y: number;
}
export interface DiagramEdge {
  /** The pairs («from>to») this line draws. */
  pairs: string[];
  kind: 'report' | 'plan';
  via: string[];
  /** The line's points, from the sender to the receiver. */
  points: [number, number][];
}
export interface Diagram {
  width: number;
  height: number;
  nodeWidth: number;
  nodeHeight: number;
  lineHeight: number;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}

/** Breaks a name into lines of at most `max` characters, at spaces. */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

const NODE_WIDTH = 200;
const GAP_X = 28;
const GAP_Y = 56;
const LINE_HEIGHT = 16;
const PAD = 10;

/** Step 1: each body's layer: 0 if nobody reports to it, else one above the highest that does. */
function layers(ids: string[], edges: DiagramEdgeInput[]): Map<string, number> {
  const layer = new Map<string, number>();
  const depth = (id: string, seen: Set<string>): number => {
    const known = layer.get(id);
    if (known !== undefined) return known;
    if (seen.has(id)) return 0; // a cycle: stop climbing rather than loop
    const below = edges.filter((e) => e.to === id).map((e) => depth(e.from, new Set([...seen, id])));
    const d = below.length === 0 ? 0 : Math.max(...below) + 1;
    layer.set(id, d);
    return d;
  };
  ids.forEach((id) => depth(id, new Set()));
  return layer;
}

/** Step 2: bodies of one layer that send and receive the same things share a box. */
function boxes(ids: string[], edges: DiagramEdgeInput[], layer: Map<string, number>): string[][] {
  const signature = (id: string) =>
    [
      layer.get(id),
      ...edges.filter((e) => e.from === id).map((e) => `>${e.to}:${e.kind ?? 'report'}:${(e.via ?? []).join()}`),
      ...edges.filter((e) => e.to === id).map((e) => `<${e.from}:${e.kind ?? 'report'}`),
      ...edges.filter((e) => (e.via ?? []).includes(id)).map((e) => `~${e.from}>${e.to}`),
    ]
      .sort()
      .join('|');
  const groups = new Map<string, string[]>();
  for (const id of ids) groups.set(signature(id), [...(groups.get(signature(id)) ?? []), id]);
  return [...groups.values()];
}

export function layoutReportDiagram(edges: DiagramEdgeInput[], name: (id: string) => string, maxChars = 26): Diagram {
  const ids = [...new Set(edges.flatMap((e) => [e.from, e.to, ...(e.via ?? [])]))];
  const layer = layers(ids, edges);
  const groups = boxes(ids, edges, layer);
  const boxOf = new Map(groups.flatMap((g) => g.map((id) => [id, g] as const)));
  const top = Math.max(0, ...layer.values());
  const lines = new Map(groups.map((g) => [g, wrap(g.map(name).join('; '), maxChars)]));
  const nodeHeight = Math.max(1, ...[...lines.values()].map((l) => l.length)) * LINE_HEIGHT + 2 * PAD;

  // Step 3: rows from the top layer down; within a row, boxes sit under the average place of their receivers.
  const rows: string[][][] = [];
  const column = new Map<string[], number>();
  for (let d = top; d >= 0; d -= 1) {
    const here = groups.filter((g) => layer.get(g[0] ?? '') === d);
    const target = (g: string[]) => {
      const above = edges
        .filter((e) => g.includes(e.from) && column.has(boxOf.get(e.to) ?? []))
        .map((e) => column.get(boxOf.get(e.to) ?? []) ?? 0);
      return above.length === 0 ? Number.MAX_SAFE_INTEGER : above.reduce((a, b) => a + b, 0) / above.length;
    };
    const row = [...here].sort((a, b) => target(a) - target(b));
    row.forEach((g, i) => column.set(g, i - (row.length - 1) / 2));
    if (row.length > 0) rows.push(row);
  }
  const widest = Math.max(1, ...rows.map((r) => r.length));
  const width = widest * NODE_WIDTH + (widest - 1) * GAP_X + 2 * PAD;
  const nodes: DiagramNode[] = rows.flatMap((row, r) => {
    const left = (width - (row.length * NODE_WIDTH + (row.length - 1) * GAP_X)) / 2;
    return row.map((g, i) => ({
      ids: g,
      lines: lines.get(g) ?? [],
      x: left + i * (NODE_WIDTH + GAP_X),
      y: PAD + r * (nodeHeight + GAP_Y),
    }));
  });
  const at = new Map(nodes.flatMap((n) => n.ids.map((id) => [id, n] as const)));

  // Step 4: one line per pair of boxes, kind and route; a route passes through the box of each body it goes via.
  const lineOf = new Map<string, DiagramEdge>();
  for (const e of edges) {
    const stops = [e.from, ...(e.via ?? []), e.to].map((id) => at.get(id));
    if (stops.some((s) => s === undefined)) continue;
    const key = `${stops.map((s) => s?.ids.join()).join('→')}#${e.kind ?? 'report'}`;
    const line = lineOf.get(key) ?? {
      pairs: [],
      kind: e.kind ?? 'report',
      via: e.via ?? [],
      points: route(stops as DiagramNode[], nodeHeight),
    };
    line.pairs.push(`${e.from}>${e.to}`);
    lineOf.set(key, line);
  }
  return {
    width,
    height: rows.length === 0 ? 0 : PAD * 2 + rows.length * nodeHeight + (rows.length - 1) * GAP_Y,
    nodeWidth: NODE_WIDTH,
    nodeHeight,
    lineHeight: LINE_HEIGHT,
    nodes,
    edges: [...lineOf.values()],
  };
}

/** The points of a line through boxes: box edges facing each other, top or bottom, or sides within a row. */
function route(stops: DiagramNode[], nodeHeight: number): [number, number][] {
  const points: [number, number][] = [];
  const mid = (n: DiagramNode) => n.x + NODE_WIDTH / 2;
  stops.slice(1).forEach((b, i) => {
    const a = stops[i] as DiagramNode;
    if (a.y === b.y) {
      const right = a.x < b.x;
      points.push([right ? a.x + NODE_WIDTH : a.x, a.y + nodeHeight / 2]);
      points.push([right ? b.x : b.x + NODE_WIDTH, b.y + nodeHeight / 2]);
    } else {
      const up = a.y > b.y;
      points.push([mid(a), up ? a.y : a.y + nodeHeight]);
      points.push([mid(b), up ? b.y + nodeHeight : b.y]);
    }
  });
  return points;
}

/** The labels' size in the drawing, in px at its natural width (ReportDiagramSvg's font-size). */
export const DIAGRAM_FONT = 13;
/** The screen widths (rem) from which the drawing can be shown; each has its rule in src/styles/report-diagram.css. */
export const DIAGRAM_BREAKPOINTS = [40, 48, 56, 64, 72, 80] as const;

/**
 * The narrowest breakpoint at which a drawing `width` px wide, scaled down to the screen, keeps its
 * labels at 12 px or more (the page's margins take 3 rem); `none` when no breakpoint is wide enough,
 * and the list beside it says the same in words.
 */
export function diagramBreakpoint(width: number): (typeof DIAGRAM_BREAKPOINTS)[number] | 'none' {
  const needs = Math.ceil((width * 12) / DIAGRAM_FONT / 16 + 3);
  return DIAGRAM_BREAKPOINTS.find((rem) => rem >= needs) ?? 'none';
}
