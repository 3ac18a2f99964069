import type { Area } from '../../schemas/roles.ts';
import type { Corpus } from '../content/corpus.ts';

/**
 * What search can filter on, from the typed data: the kind of page, the
 * area of reform and the bodies concerned. Values are ids (ASCII), labels
 * come from the schemas, so a filter never depends on spelling.
 */

/** The kinds of page search can be narrowed to. */
export const SEARCH_KINDS = {
  provision: 'Nguyên văn (điều, khoản)',
  objective: 'Mục tiêu',
  task: 'Nhiệm vụ',
  body: 'Cơ quan',
  milestone: 'Mốc thời gian',
  reference: 'Văn bản dẫn chiếu',
  term: 'Thuật ngữ',
} as const;
export type SearchKind = keyof typeof SEARCH_KINDS;

/** How a page presents itself to search (set through BaseLayout's `search` prop). */
export interface SearchFacets {
  /** What kind of page it is. */
  kind?: SearchKind | undefined;
  /** Areas of reform the page belongs to. */
  areas?: readonly Area[] | undefined;
  /** Ids of the bodies the page concerns. */
  bodies?: readonly string[] | undefined;
  /** Where in the text the page comes from («khoản 1.1 mục II»), shown with its results. */
  cite?: string | undefined;
  /**
   * A page that gathers other entries (a group of bodies, the timeline, the
   * reports page, the home page): it quotes many clauses, so its words count
   * for less in search, and the entries it quotes rank above it.
   */
  hub?: boolean | undefined;
}

/** The filters one page is tagged with, as Pagefind `key:value` pairs, without repeats. */
export function filterPairs(facets: SearchFacets): string[] {
  const pairs = [
    ...(facets.kind ? [`kind:${facets.kind}`] : []),
    ...(facets.areas ?? []).map((a) => `area:${a}`),
    ...(facets.bodies ?? []).map((b) => `body:${b}`),
  ];
  for (const pair of pairs)
    if (!/^[a-z]+:[a-z0-9-]+$/.test(pair)) throw new Error(`Search filter «${pair}» is not a lowercase ASCII id`);
  return [...new Set(pairs)];
}

interface Ref {
  id: string;
}

/** What a passage of a long page (a clause of the reader) concerns, so filters can narrow its sub-results. */
export interface AnchorFacets {
  areas: Area[];
  bodies: string[];
}

/**
 * The area of each provision: the one area shared by the tasks stated in the
 * provision, in a provision inside it, or in a provision around it. A
 * provision whose tasks span several areas (section II as a whole) or that
 * states none (the objectives, the decision) has no area.
 */
export function provisionAreas(
  provisions: { id: string; data: { parent?: Ref | undefined } }[],
  tasks: { data: { provision: Ref; area: Area } }[],
): Map<string, Area> {
  const parent = new Map(provisions.map((p) => [p.id, p.data.parent?.id]));
  const found = new Map<string, Set<Area>>();
  const add = (id: string, area: Area) => found.set(id, (found.get(id) ?? new Set()).add(area));
  const chain = (id: string | undefined): string[] => (id ? [id, ...chain(parent.get(id))] : []);
  const isInside = (id: string, ancestor: string) => chain(id).includes(ancestor);
  for (const task of tasks) {
    const at = task.data.provision.id;
    for (const id of chain(at)) add(id, task.data.area);
    for (const p of provisions) if (isInside(p.id, at)) add(p.id, task.data.area);
  }
  const areas = new Map<string, Area>();
  for (const [id, set] of found) if (set.size === 1) areas.set(id, [...set][0] as Area);
  return areas;
}

/**
 * Facets of each provision for narrowing the reader's sub-results: its area
 * (see `provisionAreas`) and the bodies it names or gives a role.
 */
export function provisionFacets(input: {
  provisions: { id: string; data: { parent?: Ref | undefined } }[];
  tasks: { data: { provision: Ref; area: Area; bodies: { body: Ref; source: Ref }[] } }[];
  milestones: { data: { bodies: { body: Ref; source: Ref }[] } }[];
  /** Bodies mentioned in a provision's text. */
  bodiesMentionedIn: (provisionId: string) => string[];
}): Record<string, AnchorFacets> {
  const areas = provisionAreas(input.provisions, input.tasks);
  const roles = new Map<string, Set<string>>();
  for (const { data } of [...input.tasks, ...input.milestones])
    for (const r of data.bodies) roles.set(r.source.id, (roles.get(r.source.id) ?? new Set()).add(r.body.id));
  const facets: Record<string, AnchorFacets> = {};
  for (const { id } of input.provisions) {
    const area = areas.get(id);
    const bodies = [...new Set([...input.bodiesMentionedIn(id), ...(roles.get(id) ?? [])])].sort();
    if (area || bodies.length > 0) facets[id] = { areas: area ? [area] : [], bodies };
  }
  return facets;
}

/** `provisionFacets` for the whole corpus. */
export function corpusProvisionFacets(c: Pick<Corpus, 'provisions' | 'tasks' | 'milestones' | 'mentionsIn'>) {
  return provisionFacets({
    provisions: c.provisions,
    tasks: c.tasks,
    milestones: c.milestones,
    bodiesMentionedIn: (id) => c.mentionsIn(id).flatMap((m) => (m.target.collection === 'bodies' ? [m.target.id] : [])),
  });
}

/** A page's facets as the union of the passages on it (a reader holds many provisions). */
export function unionFacets(kind: SearchKind, parts: AnchorFacets[]): SearchFacets {
  return {
    kind,
    areas: [...new Set(parts.flatMap((p) => p.areas))].sort(),
    bodies: [...new Set(parts.flatMap((p) => p.bodies))].sort(),
  };
}

/**
 * Passage facets as shipped in the search page: one line per area or body,
 * its id, a tab, then the ids of the provisions it covers. Smaller than JSON
 * inside an HTML attribute.
 */
export function encodeAnchorFacets(facets: Record<string, AnchorFacets>): string {
  const lines = new Map<string, string[]>();
  for (const [id, f] of Object.entries(facets))
    for (const key of [...f.areas.map((a) => `a:${a}`), ...f.bodies.map((b) => `b:${b}`)])
      lines.set(key, [...(lines.get(key) ?? []), id]);
  return [...lines].map(([key, ids]) => `${key}\t${ids.join(' ')}`).join('\n');
}

/** Reads `encodeAnchorFacets`'s text back. */
export function decodeAnchorFacets(text: string): Record<string, AnchorFacets> {
  const facets: Record<string, AnchorFacets> = {};
  for (const line of text.split('\n').filter(Boolean)) {
    const [key = '', ids = ''] = line.split('\t');
    const [kind, value = ''] = key.split(':');
    for (const id of ids.split(' ').filter(Boolean)) {
      const f = (facets[id] ??= { areas: [], bodies: [] });
      if (kind === 'a') f.areas.push(value as Area);
      else f.bodies.push(value);
    }
  }
  return facets;
}
