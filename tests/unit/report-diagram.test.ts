import { describe, expect, it } from 'vitest';
import { diagramBreakpoint, layoutReportDiagram, wrap } from '../../src/lib/print/report-diagram.ts';

const names: Record<string, string> = {
  so: 'Các sở, ngành',
  huyen: 'Uỷ ban nhân dân các huyện, thị xã',
  snv: 'Sở Nội vụ',
  bcd: 'Ban Chỉ đạo cải cách hành chính của tỉnh',
  ubnd: 'Uỷ ban nhân dân tỉnh',
};
const edges = [
  { from: 'bcd', to: 'ubnd' },
  { from: 'so', to: 'bcd' },
  { from: 'so', to: 'snv' },
  { from: 'huyen', to: 'bcd' },
];

describe('wrap', () => {
  it('breaks at spaces without losing a word', () => {
    const lines = wrap('Ban Chỉ đạo cải cách hành chính của tỉnh', 16);
    expect(lines.every((l) => l.length <= 16)).toBe(true);
    expect(lines.join(' ')).toBe('Ban Chỉ đạo cải cách hành chính của tỉnh');
  });
});

describe('layoutReportDiagram', () => {
  const d = layoutReportDiagram(edges, (id) => names[id] ?? id);
  const node = (id: string) => d.nodes.find((n) => n.ids.includes(id));

  it('puts every receiver above those that report to it', () => {
    for (const e of edges) expect(node(e.to)?.y ?? Infinity).toBeLessThan(node(e.from)?.y ?? -Infinity);
  });

  it('draws one line per edge, from the reporter up to the receiver, inside the canvas', () => {
    expect(d.edges.flatMap((e) => e.pairs).sort()).toEqual(edges.map((e) => `${e.from}>${e.to}`).sort());
    for (const e of d.edges) {
      const [first, last] = [e.points[0], e.points.at(-1)];
      expect(first?.[1]).toBeGreaterThan(last?.[1] ?? Infinity);
      for (const [x, y] of e.points) {
        expect(x).toBeGreaterThan(0);
        expect(x).toBeLessThan(d.width);
        expect(y).toBeLessThanOrEqual(d.height);
      }
    }
    for (const n of d.nodes) expect(n.y + d.nodeHeight).toBeLessThanOrEqual(d.height);
  });

  it('puts bodies that send and receive the same things in one box, and routes a report through its «qua» body', () => {
    const routed = layoutReportDiagram(
      [
        { from: 'so', to: 'bcd', via: ['snv'] },
        { from: 'huyen', to: 'bcd', via: ['snv'] },
        { from: 'ct', to: 'snv', kind: 'plan' },
      ],
      (id) => names[id] ?? id,
    );
    expect(routed.nodes.map((n) => n.ids.join(' ')).sort()).toEqual(['bcd', 'ct', 'snv', 'so huyen']);
    const report = routed.edges.find((e) => e.pairs.includes('so>bcd'));
    expect(report?.pairs).toEqual(['so>bcd', 'huyen>bcd']);
    expect(report?.via).toEqual(['snv']);
    expect(report?.points).toHaveLength(4); // up into Sở Nội vụ, then across to the Ban Chỉ đạo
    expect(routed.edges.find((e) => e.pairs.includes('ct>snv'))?.kind).toBe('plan');
  });

  it('does not overlap boxes in a row', () => {
    const rows = Map.groupBy(d.nodes, (n) => n.y);
    for (const row of rows.values()) {
      const xs = row.map((n) => n.x).sort((a, b) => a - b);
      xs.slice(1).forEach((x, i) => expect(x - (xs[i] ?? 0)).toBeGreaterThanOrEqual(d.nodeWidth));
    }
  });

  it('survives a cycle and no edges', () => {
    expect(
      layoutReportDiagram(
        [
          { from: 'a', to: 'b' },
          { from: 'b', to: 'a' },
        ],
        (id) => id,
      ).nodes,
    ).toHaveLength(2);
    expect(layoutReportDiagram([], (id) => id)).toMatchObject({ nodes: [], edges: [], height: 0 });
  });
});

describe('diagramBreakpoint', () => {
  it.each([
    [0, 40],
    // 12 px labels need 12/13 of the drawing's width, plus 3 rem of margins: 1000 px → 60.7 rem.
    [1000, 64],
    [1196, 72],
    [1300, 80],
    [1400, 'none'],
  ] as const)('shows a drawing %i px wide from %s rem', (width, rem) => {
    expect(diagramBreakpoint(width)).toBe(rem);
  });
});
