/**
 * Lays out the who-reports-to-whom diagram at build time: receivers above the
 * bodies that report to them, layer by layer, as plain coordinates for an
 * inline SVG. Pure, so the layout is tested without rendering.
 */

export interface DiagramNode {
  id: string;
  /** The name, broken into lines that fit the box. */
  lines: string[];
  x: number;
  y: number;
}
export interface DiagramEdge {
  from: string;
  to: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
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

/**
 * A body's layer is 0 if nobody reports to it, else one more than the highest
 * layer among those that do; the highest layer is drawn at the top. Within a
 * layer, bodies sit under the average position of those they report to, which
 * keeps most arrows short and uncrossed.
 */
export function layoutReportDiagram(
  edges: { from: string; to: string }[],
  name: (id: string) => string,
  maxChars = 26,
): Diagram {
  const ids = [...new Set(edges.flatMap((e) => [e.from, e.to]))];
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
  const top = Math.max(0, ...layer.values());

  const lines = new Map(ids.map((id) => [id, wrap(name(id), maxChars)]));
  const nodeHeight = Math.max(1, ...[...lines.values()].map((l) => l.length)) * LINE_HEIGHT + 2 * PAD;
  const rows: string[][] = [];
  const column = new Map<string, number>();
  for (let d = top; d >= 0; d -= 1) {
    const here = ids.filter((id) => layer.get(id) === d);
    const target = (id: string) => {
      const above = edges.filter((e) => e.from === id && column.has(e.to)).map((e) => column.get(e.to) ?? 0);
      return above.length === 0 ? Number.MAX_SAFE_INTEGER : above.reduce((a, b) => a + b, 0) / above.length;
    };
    const row = [...here].sort((a, b) => target(a) - target(b));
    row.forEach((id, i) => column.set(id, i - (row.length - 1) / 2));
    if (row.length > 0) rows.push(row);
  }
  const widest = Math.max(1, ...rows.map((r) => r.length));
  const width = widest * NODE_WIDTH + (widest - 1) * GAP_X + 2 * PAD;
  const nodes: DiagramNode[] = rows.flatMap((row, r) => {
    const rowWidth = row.length * NODE_WIDTH + (row.length - 1) * GAP_X;
    const left = (width - rowWidth) / 2;
    return row.map((id, i) => ({
      id,
      lines: lines.get(id) ?? [],
      x: left + i * (NODE_WIDTH + GAP_X),
      y: PAD + r * (nodeHeight + GAP_Y),
    }));
  });
  const at = new Map(nodes.map((n) => [n.id, n]));
  return {
    width,
    height: rows.length === 0 ? 0 : PAD * 2 + rows.length * nodeHeight + (rows.length - 1) * GAP_Y,
    nodeWidth: NODE_WIDTH,
    nodeHeight,
    lineHeight: LINE_HEIGHT,
    nodes,
    edges: edges.flatMap((e) => {
      const [a, b] = [at.get(e.from), at.get(e.to)];
      if (!a || !b) return [];
      const below = a.y > b.y;
      return [
        {
          from: e.from,
          to: e.to,
          x1: a.x + NODE_WIDTH / 2,
          y1: below ? a.y : a.y + nodeHeight,
          x2: b.x + NODE_WIDTH / 2,
          y2: below ? b.y + nodeHeight : b.y,
        },
      ];
    }),
  };
}
