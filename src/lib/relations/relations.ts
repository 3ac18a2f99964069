import { assignmentsOf, rolesInTask } from './assignments.ts';
import { bodyViews } from './body-views.ts';
import { unique } from './lists.ts';
import { matrixGroups } from './matrix-groups.ts';
import { objectiveViews } from './objective-views.ts';
import { planOrder } from './plan-order.ts';
import { reporting } from './reporting.ts';
import { taskViews } from './task-views.ts';
import type { RelationInput, Relations } from './types.ts';

export { planDateSortKey } from './plan-order.ts';
export type { Duty, Inheritance } from './duties.ts';
export type {
  BodyRoleData,
  InheritedDuties,
  MatrixGroup,
  Neighbours,
  ObjectiveLink,
  RelatedTask,
  RelationInput,
  Relations,
  ReportEdge,
  RoleHolder,
  RoleMark,
  StructureLink,
  UnaddressedReport,
} from './types.ts';

/**
 * Every relation the pages show that is not written in one entry: the other
 * end of each link (a body's duties, an objective's tasks), backlinks and
 * plan order. Built once from plain data, so it is testable without Astro.
 * Each step is a pure function in its own file: the plan's orders, the roles
 * given to bodies, then the views by objective, body and task, the reporting
 * lines and the matrix groups.
 */
export function buildRelations(input: RelationInput): Relations {
  const order = planOrder(input);
  const assignments = assignmentsOf(input);
  const rolesIn = (task: string, body: string) => rolesInTask(assignments, task, body);
  const byBody = bodyViews(input, order, assignments, rolesIn);

  return {
    provisionAt: order.at,
    tasks: order.tasks,
    taskOrder: order.taskOrder,
    objectives: order.objectives,
    bodies: order.bodies,
    ...objectiveViews(input, order, assignments, byBody.tasksOfBody),
    ...byBody,
    ...taskViews(input, order),
    ...reporting(input.milestones, order.at),
    matrixGroups: matrixGroups(input, order.tasks, order.bodies, assignments),
    documentsCiting: (reference) =>
      input.documents.flatMap((d) =>
        d.data.bases.filter((b) => b.reference.id === reference).map((b) => ({ document: d.id, source: b.source.id })),
      ),
    relatedTerms: (term) => {
      const listed = input.glossary.find((t) => t.id === term)?.data.related.map((r) => r.id) ?? [];
      const listing = input.glossary.filter((t) => t.data.related.some((r) => r.id === term)).map((t) => t.id);
      return unique([...listed, ...listing]).filter((t) => t !== term);
    },
    rolesIn,
    neighbours: (list, id) => {
      const i = list.indexOf(id);
      return i < 0 ? {} : { prev: list[i - 1], next: list[i + 1] };
    },
  };
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
