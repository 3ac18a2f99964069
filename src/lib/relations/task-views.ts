import { unique } from './lists.ts';
import type { PlanOrder } from './plan-order.ts';
import type { RelatedTask, RelationInput, Relations } from './types.ts';

type TaskViews = Pick<Relations, 'milestonesOfTask' | 'tasksOfMilestone' | 'relatedTasks'>;

/** A task's milestones, the tasks of a milestone, and the tasks beside a task (same clause area or a shared milestone). */
export function taskViews(input: RelationInput, order: PlanOrder): TaskViews {
  const { taskOrder, byDate } = order;
  const parentOf = new Map(input.provisions.map((p) => [p.id, p.data.parent?.id]));

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

  return { milestonesOfTask, tasksOfMilestone, relatedTasks };
}
