import type { BodyRelation } from '../../schemas/body.ts';
import type { PlanDate } from '../../schemas/plan-date.ts';
import type { Role } from '../../schemas/roles.ts';
import { LEVELS, type Level } from '../../schemas/body.ts';
import {
  byRole,
  dutiesFrom,
  inheritanceOf,
  type Assignment,
  type BodyLink,
  type Duty,
  type Inheritance,
} from './duties.ts';
import { expandPlanDate, sortKey } from '../dates/plan-dates.ts';

export type { Duty, Inheritance };

/**
 * Every relation the pages show that is not written in one entry: the other
 * end of each link (a body's duties, an objective's tasks), backlinks and
 * plan order. Built once from plain data, so it is testable without Astro.
 */

interface Ref {
  id: string;
}
/** A role assignment as a task or milestone gives it (references as ids): the shape the CSVs read too. */
export interface BodyRoleData {
  body: Ref;
  role: Role;
  source: Ref;
  scope: string[];
  interpretation?: string | undefined;
  note?: string | undefined;
}

/** The data relations are built from: the corpus, reduced to the fields used. */
export interface RelationInput {
  /** Every provision id in plan order (documents in order, paragraphs as printed). */
  provisionOrder: string[];
  provisions: { id: string; data: { kind: string; document: Ref; parent?: Ref | undefined } }[];
  documents: { id: string; data: { bases: { reference: Ref; source: Ref }[] } }[];
  objectives: { id: string; data: { label: string; provision: Ref; parent?: Ref | undefined } }[];
  tasks: {
    id: string;
    data: {
      title: string;
      provision: Ref;
      objectives: { objective: Ref; source: Ref; interpretation?: string | undefined }[];
      bodies: BodyRoleData[];
      milestones: { milestone: Ref; source: Ref }[];
    };
  }[];
  milestones: { id: string; data: { when: PlanDate; source: Ref; bodies: BodyRoleData[] } }[];
  bodies: {
    id: string;
    data: {
      name: string;
      level: Level;
      parents: { body: Ref; relation: BodyRelation; source?: Ref | undefined; interpretation?: string | undefined }[];
    };
  }[];
  glossary: { id: string; data: { term: string; related: Ref[] } }[];
}

/** A task serving an objective, with the clause that says so. */
export interface ObjectiveLink {
  task: string;
  objective: string;
  source: string;
  /** The editors' reading, with its reason, when the text does not state the link. */
  interpretation?: string | undefined;
}
/** A role as a table cell shows it: whether it is the site's reading, whether words narrow it. */
export interface RoleMark {
  role: Role;
  reading: boolean;
  scoped: boolean;
}
/** Duties a body has through a group or a head post, and how. */
export interface InheritedDuties {
  via: Inheritance;
  duties: Duty[];
}
/** A body with the roles it has somewhere (in a task, an objective's tasks …). */
export interface RoleHolder {
  body: string;
  roles: Role[];
}
/** A link in the structure of bodies; `body` is the other end. */
export interface StructureLink {
  body: string;
  relation: BodyRelation;
  source?: string | undefined;
  interpretation?: string | undefined;
}
export interface RelatedTask {
  task: string;
  /** Stated in the same clause or a clause beside it. */
  sameProvision: boolean;
  sharedMilestones: string[];
}
/**
 * `from` reports to (or sends its plan to) `to` under the listed
 * milestones; a report routed through a body («qua Sở Nội vụ») is one
 * report, with the body it goes through in `via`.
 */
export interface ReportEdge {
  from: string;
  to: string;
  /** What travels: a report, or a plan sent to be followed («gửi về … để theo dõi»). */
  kind: 'report' | 'plan';
  via: string[];
  milestones: string[];
  sources: string[];
}
/** A report the text requires without naming who receives it. */
export interface UnaddressedReport {
  from: string;
  milestone: string;
  source: string;
}
/**
 * Tasks grouped for the responsibility matrix: by the numbered item they
 * fall under (II.1, III.2 …), or by document for paragraphs outside any.
 */
export interface MatrixGroup {
  /** The item or section heading the group, if any. */
  provision?: string | undefined;
  document: string;
  tasks: string[];
  /** Bodies with a role in these tasks: the table's columns. */
  bodies: string[];
}
export interface Neighbours {
  prev?: string | undefined;
  next?: string | undefined;
}

export interface Relations {
  /** Task ids in plan order. */
  tasks: string[];
  /** Objective ids in plan order. */
  objectives: string[];
  /** Body ids by level, then name. */
  bodies: string[];
  objectivesOfTask: (task: string) => ObjectiveLink[];
  tasksOfObjective: (objective: string) => ObjectiveLink[];
  childObjectives: (objective: string) => string[];
  /** Bodies with a role in the tasks serving an objective. */
  bodiesOfObjective: (objective: string) => RoleHolder[];
  /** Objectives served by the tasks a body has a role in. */
  objectivesOfBody: (body: string) => string[];
  /** Tasks a body has a role in, in plan order. */
  tasksOfBody: (body: string) => { task: string; roles: RoleMark[] }[];
  /** The duties the text gives a body by its own name, by force, then in plan order. */
  dutiesOfBody: (body: string) => Duty[];
  /** The duties a body has as one of a group, or through the group its head belongs to; nearest first. */
  inheritedDutiesOf: (body: string) => InheritedDuties[];
  /** Every duty that applies to a body: its own, then the inherited ones. */
  allDutiesOf: (body: string) => Duty[];
  /** Milestones where a body has a role, by date; with `inherited`, also its groups' milestones. */
  milestonesOfBody: (body: string, inherited?: boolean) => { milestone: string; roles: Role[]; via?: string }[];
  /** A task's milestones, by date. */
  milestonesOfTask: (task: string) => string[];
  tasksOfMilestone: (milestone: string) => string[];
  parentsOfBody: (body: string) => StructureLink[];
  childrenOfBody: (body: string) => StructureLink[];
  relatedTasks: (task: string) => RelatedTask[];
  /** Who reports to whom, from the reporting milestones (III.4). */
  reportEdges: ReportEdge[];
  /** Reports whose receiver the text does not name. */
  unaddressedReports: UnaddressedReport[];
  /** The matrix, table by table. */
  matrixGroups: MatrixGroup[];
  documentsCiting: (reference: string) => { document: string; source: string }[];
  /** Related terms, both the ones a term lists and the ones that list it. */
  relatedTerms: (term: string) => string[];
  /** Bodies with a role in at least one task: the matrix's columns. */
  matrixBodies: string[];
  /** A body's roles in a task (empty when none), each marked if it is a reading or narrowed by scope words. */
  rolesIn: (task: string, body: string) => RoleMark[];
  /** Previous and next in a list in plan order. */
  neighbours: (list: string[], id: string) => Neighbours;
}

const unique = <T>(items: T[]) => [...new Set(items)];
const group = <T, K>(items: T[], key: (item: T) => K) => {
  const map = new Map<K, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
};

/**
 * Where a milestone sorts among others: its first occurrence's sort key
 * (the timeline's order), an ad-hoc report, which has no date, last.
 */
export function planDateSortKey(when: PlanDate): string {
  const first = expandPlanDate(when)[0];
  return first ? sortKey(first) : '~';
}

/** Builds every derived relation from the corpus's data. */
export function buildRelations(input: RelationInput): Relations {
  const position = new Map(input.provisionOrder.map((id, i) => [id, i]));
  const at = (provision: string) => position.get(provision) ?? Number.MAX_SAFE_INTEGER;
  const parentOf = new Map(input.provisions.map((p) => [p.id, p.data.parent?.id]));

  const tasks = [...input.tasks]
    .sort((a, b) => at(a.data.provision.id) - at(b.data.provision.id) || a.data.title.localeCompare(b.data.title, 'vi'))
    .map((t) => t.id);
  const taskRank = new Map(tasks.map((id, i) => [id, i]));
  const taskOrder = (a: string, b: string) => (taskRank.get(a) ?? 0) - (taskRank.get(b) ?? 0);
  const objectives = [...input.objectives]
    .sort((a, b) => at(a.data.provision.id) - at(b.data.provision.id) || a.data.label.localeCompare(b.data.label))
    .map((o) => o.id);
  const levels = Object.keys(LEVELS);
  const bodies = [...input.bodies]
    .sort(
      (a, b) =>
        levels.indexOf(a.data.level) - levels.indexOf(b.data.level) || a.data.name.localeCompare(b.data.name, 'vi'),
    )
    .map((b) => b.id);

  const dateKey = new Map(input.milestones.map((m) => [m.id, planDateSortKey(m.data.when)]));
  const byDate = (a: string, b: string) =>
    (dateKey.get(a) ?? '').localeCompare(dateKey.get(b) ?? '') ||
    at(input.milestones.find((m) => m.id === a)?.data.source.id ?? '') -
      at(input.milestones.find((m) => m.id === b)?.data.source.id ?? '');

  const links: ObjectiveLink[] = input.tasks.flatMap((t) =>
    t.data.objectives.map((o) => ({
      task: t.id,
      objective: o.objective.id,
      source: o.source.id,
      interpretation: o.interpretation,
    })),
  );
  const linksByTask = group(links, (l) => l.task);
  const linksByObjective = group(links, (l) => l.objective);

  /** Every role a body is given, wherever it is given. */
  const assignments = [
    ...input.tasks.flatMap((t) => t.data.bodies.map((b) => ({ ...flat(b), task: t.id, milestone: undefined }))),
    ...input.milestones.flatMap((m) => m.data.bodies.map((b) => ({ ...flat(b), task: undefined, milestone: m.id }))),
  ];
  const assignmentsByBody = group(assignments, (a) => a.body);

  const rolesIn = (task: string, body: string): RoleMark[] => {
    const mine = assignments.filter((a) => a.task === task && a.body === body);
    return unique(mine.map((a) => a.role))
      .sort(byRole)
      .map((role) => {
        const of = mine.filter((a) => a.role === role);
        // Marked only when every clause giving the role reads it, or narrows it: one plain statement suffices.
        return {
          role,
          reading: of.every((a) => a.interpretation !== undefined),
          scoped: of.every((a) => a.scope.length > 0),
        };
      });
  };

  const dutiesOfBody = (body: string): Duty[] => dutiesFrom(assignmentsByBody.get(body) ?? [], at, taskOrder, byDate);
  const bodyLinks: BodyLink[] = input.bodies.flatMap((b) =>
    b.data.parents.map((p) => ({
      body: b.id,
      other: p.body.id,
      relation: p.relation,
      source: p.source?.id,
      interpretation: p.interpretation,
    })),
  );
  const inheritedDutiesOf = (body: string): InheritedDuties[] =>
    inheritanceOf(body, bodyLinks)
      .map((via) => ({ via, duties: dutiesOfBody(via.from) }))
      .filter((x) => x.duties.length > 0);
  const milestonesOfBody = (body: string, inherited = false) => {
    const holders = [body, ...(inherited ? inheritedDutiesOf(body).map((x) => x.via.from) : [])];
    const seen = new Set<string>();
    return holders
      .flatMap((holder) =>
        unique((assignmentsByBody.get(holder) ?? []).flatMap((a) => (a.milestone ? [a.milestone] : []))).map(
          (milestone) => ({
            milestone,
            roles: unique(
              assignments.filter((a) => a.milestone === milestone && a.body === holder).map((a) => a.role),
            ).sort(byRole),
            ...(holder === body ? {} : { via: holder }),
          }),
        ),
      )
      .filter((m) => !seen.has(m.milestone) && seen.add(m.milestone) !== undefined)
      .sort((a, b) => byDate(a.milestone, b.milestone));
  };

  const tasksOfBody = (body: string) =>
    unique((assignmentsByBody.get(body) ?? []).flatMap((a) => (a.task ? [a.task] : [])))
      .sort(taskOrder)
      .map((task) => ({ task, roles: rolesIn(task, body) }));

  const bodiesOfObjective = (objective: string): RoleHolder[] => {
    const served = new Set((linksByObjective.get(objective) ?? []).map((l) => l.task));
    const involved = assignments.filter((a) => a.task !== undefined && served.has(a.task));
    return bodies
      .filter((b) => involved.some((a) => a.body === b))
      .map((body) => ({
        body,
        roles: unique(involved.filter((a) => a.body === body).map((a) => a.role)).sort(byRole),
      }));
  };

  const milestonesOfTask = (task: string) =>
    unique(input.tasks.find((t) => t.id === task)?.data.milestones.map((m) => m.milestone.id) ?? []).sort(byDate);
  const tasksOfMilestone = (milestone: string) =>
    input.tasks.filter((t) => t.data.milestones.some((m) => m.milestone.id === milestone)).map((t) => t.id);

  const relatedTasks = (task: string): RelatedTask[] => {
    const self = input.tasks.find((t) => t.id === task);
    if (!self) return [];
    const clause = self.data.provision.id;
    const near = (other: string) =>
      other === clause ||
      parentOf.get(other) === clause ||
      parentOf.get(clause) === other ||
      (parentOf.get(other) !== undefined && parentOf.get(other) === parentOf.get(clause));
    const mine = new Set(milestonesOfTask(task));
    return input.tasks
      .filter((t) => t.id !== task)
      .map((t) => ({
        task: t.id,
        sameProvision: near(t.data.provision.id),
        sharedMilestones: milestonesOfTask(t.id).filter((m) => mine.has(m)),
      }))
      .filter((r) => r.sameProvision || r.sharedMilestones.length > 0)
      .sort((a, b) => taskOrder(a.task, b.task));
  };

  return {
    tasks,
    objectives,
    bodies,
    objectivesOfTask: (task) =>
      [...(linksByTask.get(task) ?? [])].sort(
        (a, b) => objectives.indexOf(a.objective) - objectives.indexOf(b.objective),
      ),
    tasksOfObjective: (objective) =>
      [...(linksByObjective.get(objective) ?? [])].sort((a, b) => taskOrder(a.task, b.task)),
    childObjectives: (objective) =>
      objectives.filter((id) => input.objectives.find((o) => o.id === id)?.data.parent?.id === objective),
    bodiesOfObjective,
    objectivesOfBody: (body) => {
      const mine = new Set(tasksOfBody(body).map((t) => t.task));
      return objectives.filter((o) => (linksByObjective.get(o) ?? []).some((l) => mine.has(l.task)));
    },
    tasksOfBody,
    dutiesOfBody,
    inheritedDutiesOf,
    allDutiesOf: (body) => [...dutiesOfBody(body), ...inheritedDutiesOf(body).flatMap((x) => x.duties)],
    milestonesOfBody,
    milestonesOfTask,
    tasksOfMilestone,
    // The same links as inheritance reads: `body` is the child, `other` its parent.
    parentsOfBody: (body) =>
      bodyLinks
        .filter((l) => l.body === body)
        .map((l) => ({ body: l.other, relation: l.relation, source: l.source, interpretation: l.interpretation })),
    childrenOfBody: (body) =>
      bodyLinks
        .filter((l) => l.other === body)
        .sort((a, b) => bodies.indexOf(a.body) - bodies.indexOf(b.body))
        .map((l) => ({ body: l.body, relation: l.relation, source: l.source, interpretation: l.interpretation })),
    relatedTasks,
    ...reporting(input.milestones, at),
    matrixGroups: matrixGroups(input, tasks, bodies, assignments),
    documentsCiting: (reference) =>
      input.documents.flatMap((d) =>
        d.data.bases.filter((b) => b.reference.id === reference).map((b) => ({ document: d.id, source: b.source.id })),
      ),
    relatedTerms: (term) => {
      const listed = input.glossary.find((t) => t.id === term)?.data.related.map((r) => r.id) ?? [];
      const listing = input.glossary.filter((t) => t.data.related.some((r) => r.id === term)).map((t) => t.id);
      return unique([...listed, ...listing]).filter((t) => t !== term);
    },
    matrixBodies: bodies.filter((b) => (assignmentsByBody.get(b) ?? []).some((a) => a.task !== undefined)),
    rolesIn,
    neighbours: (list, id) => {
      const i = list.indexOf(id);
      return i < 0 ? {} : { prev: list[i - 1], next: list[i + 1] };
    },
  };
}

function flat(b: BodyRoleData): Assignment {
  return {
    body: b.body.id,
    role: b.role,
    source: b.source.id,
    scope: b.scope,
    interpretation: b.interpretation,
    note: b.note,
  };
}

/**
 * Who reports to whom, and who sends plans to whom. Each milestone is one
 * obligation, so its senders are paired with its receivers; pairing within a
 * milestone and its clause, never across them, keeps a clause that lists
 * several duties from inventing edges. A body the report goes through
 * («qua Sở Nội vụ») is kept as the edge's `via`, not as a second receiver.
 */
function reporting(
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

function matrixGroups(
  input: RelationInput,
  tasks: string[],
  bodies: string[],
  assignments: { body: string; task: string | undefined }[],
): MatrixGroup[] {
  const provisions = new Map(input.provisions.map((p) => [p.id, p.data]));
  const chain = (id: string): string[] => {
    const parent = provisions.get(id)?.parent?.id;
    return parent ? [...chain(parent), id] : [id];
  };
  /** The first numbered item under a section, else the section: what a task is grouped under. */
  const heading = (id: string) => {
    const ids = chain(id);
    const section = ids.findIndex((p) => provisions.get(p)?.kind === 'section');
    return section < 0 ? undefined : (ids[section + 1] ?? ids[section]);
  };
  const taskData = new Map(input.tasks.map((t) => [t.id, t.data]));
  const groups = new Map<string, MatrixGroup>();
  for (const task of tasks) {
    const clause = taskData.get(task)?.provision.id ?? '';
    const provision = heading(clause);
    const document = provisions.get(clause)?.document.id ?? '';
    const key = provision ?? `document:${document}`;
    const g = groups.get(key) ?? { provision, document, tasks: [], bodies: [] };
    g.tasks.push(task);
    groups.set(key, g);
  }
  for (const g of groups.values()) {
    const mine = new Set(g.tasks);
    g.bodies = bodies.filter((b) => assignments.some((a) => a.body === b && a.task !== undefined && mine.has(a.task)));
  }
  return [...groups.values()];
}

let built: Promise<Relations> | undefined;

/**
 * The site's relations, built once per build from `corpus()`. The corpus is
 * imported lazily so that unit tests can import this module without Astro.
 */
export function relations(): Promise<Relations> {
  built ??= import('../content/corpus.ts').then(async ({ corpus }) => {
    const c = await corpus();
    return buildRelations({
      ...c,
      provisionOrder: c.documents.flatMap((d) => c.provisionsOf(d.id)).map((p) => p.id),
    });
  });
  return built;
}
