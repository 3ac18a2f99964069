import { AREAS, roleLabel, type Area, type Role } from '../../schemas/roles.ts';
import type { MentionTarget } from '../content/mention-aliases.ts';
import type { Mention } from '../content/mentions.ts';
import { byRole } from '../relations/duties.ts';
import { subtreeIds, unique } from '../relations/lists.ts';

/**
 * What a trainer's handout holds for one section of a plan, and what the
 * one-page summary of a plan holds. Everything is read off the structured
 * data; the questions for discussion are the site's lessons (the MDX
 * explanations of the section's objectives and parts).
 */

interface Ref {
  id: string;
}
interface BodyRole {
  body: Ref;
  role: Role;
  source: Ref;
  interpretation?: string | undefined;
}
/** The corpus, reduced to what handouts use (the corpus and timeline satisfy it). */
export interface HandoutSource {
  provisionsOf: (documentId: string) => { id: string; data: { kind: string; parent?: Ref | undefined } }[];
  tasks: {
    id: string;
    data: {
      title: string;
      area: Area;
      provision: Ref;
      bodies: BodyRole[];
      milestones: { milestone: Ref }[];
      objectives: { objective: Ref; interpretation?: string | undefined }[];
    };
  }[];
  objectives: { id: string; data: { label: string; title: string; provision: Ref; parent?: Ref | undefined } }[];
  /** Areas and parts of the plan, in plan order. */
  parts: { id: string; data: { provision: Ref } }[];
  bodyName: (id: string) => string;
  mentionsIn: (provisionId: string) => Mention<MentionTarget>[];
  location: (provisionId: string) => string;
  milestones: {
    id: string;
    title: string;
    kind: string;
    recurring: boolean;
    wording: string;
    whenLabel: string;
    source: string;
    bodies: { id: string; role: string }[];
  }[];
  /** Task ids in plan order; objective ids in plan order. */
  taskOrder: string[];
  objectiveOrder: string[];
  /** Pairs of bodies where one reports to the other, with the clauses that say so. */
  reportEdges: { from: string; to: string; sources: string[] }[];
}

/** A body and every role it has in the section's tasks. */
export interface BodyRoles {
  body: string;
  name: string;
  roles: Role[];
  /** Roles that are only the site's reading in this section (marked «*»). */
  readings: Role[];
}
export interface Handout {
  section: string;
  /** The section and everything under it, in printed order. */
  provisions: string[];
  objectives: string[];
  tasks: string[];
  bodies: BodyRoles[];
  /** Glossary ids, in order of first use. */
  terms: string[];
  /** Objectives and parts the section holds: the lessons whose explanations and questions it prints. */
  lessons: { collection: 'objectives' | 'parts'; id: string }[];
}

/** The sections of a document that get a handout: its provisions of kind «section». */
export const sectionsOf = (s: Pick<HandoutSource, 'provisionsOf'>, documentId: string) =>
  s.provisionsOf(documentId).filter((p) => p.data.kind === 'section');

/** A provision and all provisions under it, in printed order. */
function subtree(s: HandoutSource, documentId: string, root: string): string[] {
  const provisions = s.provisionsOf(documentId);
  const inside = subtreeIds(provisions, root);
  return provisions.filter((p) => inside.has(p.id)).map((p) => p.id);
}

/** «Chủ trì: Sở A. Phối hợp: Sở B; Sở C.»: the bodies of a task grouped by role, roles in the order of ROLES. */
export function rolesSentence(bodies: BodyRole[], bodyName: (id: string) => string): string {
  return unique(bodies.map((b) => b.role))
    .sort(byRole)
    .map(
      (role) =>
        `${roleLabel(role)}: ${unique(bodies.filter((b) => b.role === role).map((b) => bodyName(b.body.id))).join('; ')}.`,
    )
    .join(' ');
}

/** The handout of one section. */
export function handoutOf(s: HandoutSource, documentId: string, section: string): Handout {
  const provisions = subtree(s, documentId, section);
  const inside = new Set(provisions);
  const rank = (id: string) => s.taskOrder.indexOf(id);
  const tasks = s.tasks.filter((t) => inside.has(t.data.provision.id)).sort((a, b) => rank(a.id) - rank(b.id));
  const objectives = s.objectiveOrder.filter((id) => {
    const o = s.objectives.find((x) => x.id === id);
    return o !== undefined && inside.has(o.data.provision.id);
  });
  const assignments = tasks.flatMap((t) => t.data.bodies);
  const bodies = unique(assignments.map((a) => a.body.id)).map((body) => ({
    body,
    name: s.bodyName(body),
    roles: unique(assignments.filter((a) => a.body.id === body).map((a) => a.role)).sort(byRole),
    readings: unique(
      assignments
        .filter((a) => a.body.id === body)
        .filter((a, _, all) => all.filter((x) => x.role === a.role).every((x) => x.interpretation !== undefined))
        .map((a) => a.role),
    ),
  }));
  bodies.sort((a, b) => byRole(a.roles[0] as Role, b.roles[0] as Role) || a.name.localeCompare(b.name, 'vi'));
  const terms = unique(
    provisions.flatMap((p) =>
      s
        .mentionsIn(p)
        .filter((m) => m.target.collection === 'glossary')
        .map((m) => m.target.id),
    ),
  );
  const lessons = [
    ...objectives.map((id) => ({ collection: 'objectives' as const, id })),
    ...s.parts.filter((p) => inside.has(p.data.provision.id)).map((p) => ({ collection: 'parts' as const, id: p.id })),
  ];
  return {
    section,
    provisions,
    objectives,
    tasks: tasks.map((t) => t.id),
    bodies,
    terms,
    lessons,
  };
}

/** A task as a handout's table lists it: its clause, its deadlines as the text words them, its bodies by role. */
export interface HandoutTask {
  id: string;
  title: string;
  location: string;
  deadlines: string[];
  /** «Chủ trì: … Phối hợp: …» (rolesSentence); empty when the text names no body. */
  roles: string;
}

/** The rows of a handout's table of tasks, in the order given. */
export function handoutTasks(
  s: Pick<HandoutSource, 'tasks' | 'milestones' | 'location' | 'bodyName'>,
  ids: string[],
): HandoutTask[] {
  const task = new Map(s.tasks.map((t) => [t.id, t.data]));
  const whenLabel = new Map(s.milestones.map((m) => [m.id, m.whenLabel]));
  return ids.map((id) => {
    const t = task.get(id);
    if (!t) throw new Error(`handoutTasks: no task «${id}»`);
    return {
      id,
      title: t.title,
      location: s.location(t.provision.id),
      deadlines: t.milestones.map((m) => whenLabel.get(m.milestone.id) ?? ''),
      roles: rolesSentence(t.bodies, s.bodyName),
    };
  });
}

/** One area of reform on the summary: its tasks and the bodies that lead them. */
export interface AreaSummary {
  area: Area;
  label: string;
  tasks: number;
  leads: string[];
}
export interface PlanSummary {
  areas: AreaSummary[];
  /** Bodies leading or in charge of at least one task, with how many, most first; «*» marks the site's reading. */
  leads: { body: string; name: string; tasks: number }[];
  /** Dated milestones (not recurring, not legal bases), in date order. */
  dates: HandoutSource['milestones'];
  /** Recurring obligations. */
  recurring: HandoutSource['milestones'];
}

/**
 * The one-page summary of a plan: its areas with their tasks and lead
 * bodies, the bodies that lead, and the dates, for the documents given (a
 * plan and the decision issuing it, so that signing and entry into force
 * are among the dates).
 */
export function planSummary(s: HandoutSource, documentIds: string[]): PlanSummary {
  const inside = new Set(documentIds.flatMap((d) => s.provisionsOf(d).map((p) => p.id)));
  const tasks = s.tasks.filter((t) => inside.has(t.data.provision.id));
  // Who is in charge: «chủ trì» or «phụ trách», as the words state it or as the site reads it (marked).
  const inCharge = (b: BodyRole) => b.role === 'lead' || b.role === 'in-charge';
  const leadsOf = (list: typeof tasks) =>
    unique(list.flatMap((t) => t.data.bodies.filter(inCharge).map((b) => b.body.id)));
  const name = (body: string, list: typeof tasks) =>
    list.some((t) => t.data.bodies.some((b) => b.body.id === body && inCharge(b) && !b.interpretation))
      ? s.bodyName(body)
      : `${s.bodyName(body)}*`;
  const areas = (Object.keys(AREAS) as Area[])
    .map((area) => {
      const mine = tasks.filter((t) => t.data.area === area);
      return { area, label: AREAS[area], tasks: mine.length, leads: leadsOf(mine).map((b) => name(b, mine)) };
    })
    .filter((a) => a.tasks > 0);
  const leads = leadsOf(tasks)
    .map((body) => ({
      body,
      name: name(body, tasks),
      tasks: tasks.filter((t) => t.data.bodies.some((b) => b.body.id === body && inCharge(b))).length,
    }))
    .sort((a, b) => b.tasks - a.tasks || a.name.localeCompare(b.name, 'vi'));
  const mine = s.milestones.filter((m) => inside.has(m.source) && !['legal-basis', 'proposal'].includes(m.kind));
  return {
    areas,
    leads,
    dates: mine.filter((m) => !m.recurring),
    recurring: mine.filter((m) => m.recurring),
  };
}

/** The handout routes: one per section of each document, with the document it belongs to. */
export const handoutPaths = (documents: { id: string }[], s: Pick<HandoutSource, 'provisionsOf'>) =>
  documents.flatMap((d) =>
    sectionsOf(s, d.id).map((p) => ({ params: { section: p.id }, props: { documentId: d.id } })),
  );
