import type { BodyKind, Level } from '../../schemas/body.ts';
import type { Duty } from './duties.ts';
import type { Relations } from './relations.ts';

/**
 * One page per level of government: everything the plan asks of a
 * district's People's Committee, its Chairman, its steering committee and
 * offices, or of the province's departments, each duty under the body that
 * carries it, and the duties given to groups the level belongs to, once,
 * with the bodies they apply to. Which bodies a view holds follows from
 * their level and kind (data), so a new plan's bodies fall into place.
 */

interface BodyData {
  id: string;
  data: { level: Level; kind: BodyKind; parents: { body: { id: string }; relation: string }[] };
}

export const LEVEL_VIEWS = {
  'so-nganh': {
    title: 'Các sở, ngành cấp tỉnh',
    who: 'các sở, ngành và người đứng đầu',
    matches: (b: BodyData['data']) => b.level === 'province' && (b.kind === 'department' || b.kind === 'office'),
  },
  huyen: {
    title: 'Cấp huyện: huyện, thị xã',
    who: 'Uỷ ban nhân dân, Chủ tịch, Ban Chỉ đạo và các phòng của huyện, thị xã',
    matches: (b: BodyData['data']) => b.level === 'district',
  },
  xa: {
    title: 'Cấp xã: xã, phường, thị trấn',
    who: 'chính quyền cấp xã',
    matches: (b: BodyData['data']) => b.level === 'commune',
  },
} as const;
export type LevelView = keyof typeof LEVEL_VIEWS;
export const LEVEL_VIEW_KEYS = Object.keys(LEVEL_VIEWS) as LevelView[];

export interface LevelViewContent {
  /** The bodies of the level, in the site's body order, each with its own duties. */
  members: { body: string; duties: Duty[] }[];
  /** Groups outside the level whose duties apply to some of its bodies, once each. */
  shared: { group: string; appliesTo: string[]; duties: Duty[] }[];
}

/**
 * The bodies a view holds: those its rule matches, and the posts that head
 * them or belong to them (a department's director, its staff officer).
 */
export function viewBodies(view: LevelView, bodies: BodyData[], order: string[]): string[] {
  const core = new Set(bodies.filter((b) => LEVEL_VIEWS[view].matches(b.data)).map((b) => b.id));
  const attached = bodies.filter(
    (b) =>
      !core.has(b.id) &&
      b.data.level !== 'all-levels' &&
      b.data.parents.some((p) => ['head-of', 'part-of'].includes(p.relation) && core.has(p.body.id)),
  );
  const all = new Set([...core, ...attached.map((b) => b.id)]);
  return order.filter((id) => all.has(id));
}

export function levelView(
  view: LevelView,
  bodies: BodyData[],
  r: Pick<Relations, 'bodies' | 'dutiesOfBody' | 'inheritedDutiesOf'>,
): LevelViewContent {
  const ids = viewBodies(view, bodies, r.bodies);
  const inView = new Set(ids);
  const shared = new Map<string, string[]>();
  for (const id of ids)
    for (const x of r.inheritedDutiesOf(id))
      if (!inView.has(x.via.from)) shared.set(x.via.from, [...(shared.get(x.via.from) ?? []), id]);
  return {
    members: ids.map((body) => ({ body, duties: r.dutiesOfBody(body) })).filter((m) => m.duties.length > 0),
    shared: r.bodies
      .filter((g) => shared.has(g))
      .map((group) => ({ group, appliesTo: shared.get(group) ?? [], duties: r.dutiesOfBody(group) })),
  };
}

/** The views that have something to show: the ones the site builds a page for and links to. */
export const builtViews = (bodies: BodyData[], r: Pick<Relations, 'bodies' | 'dutiesOfBody' | 'inheritedDutiesOf'>) =>
  LEVEL_VIEW_KEYS.filter((view) => {
    const v = levelView(view, bodies, r);
    return v.members.length + v.shared.length > 0;
  });

/** The views a body's page links to: the built ones that hold the body. */
export const viewsOfBody = (
  body: string,
  bodies: BodyData[],
  r: Pick<Relations, 'bodies' | 'dutiesOfBody' | 'inheritedDutiesOf'>,
) => builtViews(bodies, r).filter((view) => viewBodies(view, bodies, r.bodies).includes(body));
