import { byRole, type Assignment } from './duties.ts';
import { group, unique } from './lists.ts';
import type { PlanOrder } from './plan-order.ts';
import type { ObjectiveLink, RelationInput, Relations, RoleHolder } from './types.ts';

type ObjectiveViews = Pick<
  Relations,
  'objectivesOfTask' | 'tasksOfObjective' | 'childObjectives' | 'bodiesOfObjective' | 'objectivesOfBody'
>;

/** The links between tasks and the objectives they serve, read from both ends. */
export function objectiveViews(
  input: RelationInput,
  order: PlanOrder,
  assignments: Assignment[],
  tasksOfBody: Relations['tasksOfBody'],
): ObjectiveViews {
  const { objectives, bodies, taskOrder } = order;
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

  return {
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
  };
}
