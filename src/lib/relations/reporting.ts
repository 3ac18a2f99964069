import { flat } from './assignments.ts';
import { group, unique } from './lists.ts';
import type { RelationInput, ReportEdge, UnaddressedReport } from './types.ts';

/**
 * Who reports to whom, and who sends plans to whom. Each milestone is one
 * obligation, so its senders are paired with its receivers; pairing within a
 * milestone and its clause, never across them, keeps a clause that lists
 * several duties from inventing edges. A body the report goes through
 * («qua Sở Nội vụ») is kept as the edge's `via`, not as a second receiver.
 */
export function reporting(
  milestones: RelationInput['milestones'],
  at: (provision: string) => number,
): { reportEdges: ReportEdge[]; unaddressedReports: UnaddressedReport[] } {
  const edges = new Map<string, ReportEdge>();
  const unaddressed: UnaddressedReport[] = [];
  const flows = [
    { kind: 'report' as const, send: 'report', receive: 'receive-reports' },
    { kind: 'plan' as const, send: 'submit', receive: 'receive-plans' },
  ];
  for (const m of milestones)
    for (const [source, list] of group(m.data.bodies.map(flat), (a) => a.source))
      for (const flow of flows) {
        const of = (role: string) => unique(list.filter((a) => a.role === role).map((a) => a.body));
        const from = of(flow.send);
        const to = of(flow.receive);
        const via = of('route');
        if (flow.kind === 'report' && to.length === 0)
          unaddressed.push(...from.map((f) => ({ from: f, milestone: m.id, source })));
        for (const f of from)
          for (const t of to.filter((t) => t !== f)) {
            const key = `${flow.kind}:${f}→${t}`;
            const edge = edges.get(key) ?? { from: f, to: t, kind: flow.kind, via: [], milestones: [], sources: [] };
            edge.via = unique([...edge.via, ...via]);
            edge.milestones = unique([...edge.milestones, m.id]);
            edge.sources = unique([...edge.sources, source]).sort((a, b) => at(a) - at(b));
            edges.set(key, edge);
          }
      }
  const bySource = <T extends { sources?: string[]; source?: string }>(x: T) => at(x.sources?.[0] ?? x.source ?? '');
  return {
    reportEdges: [...edges.values()].sort((a, b) => bySource(a) - bySource(b)),
    unaddressedReports: unaddressed.sort((a, b) => bySource(a) - bySource(b)),
  };
}
