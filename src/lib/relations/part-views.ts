import { flat } from './assignments.ts';
import { dutiesFrom, type Duty } from './duties.ts';
import { subtreeIds } from './lists.ts';
import type { RelationInput, Relations } from './types.ts';

/** What a lesson on one part of the plan (an area of section II, a part of section III) shows beside its text. */
export interface PartView {
  /** The tasks stated under the part's clause, in plan order. */
  tasks: string[];
  /** Who the text gives those tasks in a clause outside the part (for an area, usually item 2.2 of section III). */
  givenElsewhere: Duty[];
  /** Who the part's own clauses name. */
  givenHere: Duty[];
  /** The dates of those tasks, each once. */
  milestones: string[];
}

/**
 * The view of the part whose heading is `provision`: the tasks under it, the duties they give
 * (clauses and each duty's tasks in plan order) split by where the clause stands, and their dates.
 */
export function partView(
  provision: string,
  input: Pick<RelationInput, 'provisions' | 'tasks'>,
  r: Pick<Relations, 'tasks' | 'milestonesOfTask' | 'provisionAt' | 'taskOrder'>,
): PartView {
  const inside = subtreeIds(input.provisions, provision);
  const byId = new Map(input.tasks.map((t) => [t.id, t]));
  const tasks = r.tasks.filter((t) => inside.has(byId.get(t)?.data.provision.id ?? ''));
  const duties = dutiesFrom(
    tasks.flatMap((t) => byId.get(t)?.data.bodies.map((b) => ({ ...flat(b), task: t })) ?? []),
    r.provisionAt,
    r.taskOrder,
    () => 0,
  );
  return {
    tasks,
    givenElsewhere: duties.filter((d) => !inside.has(d.source)),
    givenHere: duties.filter((d) => inside.has(d.source)),
    milestones: [...new Set(tasks.flatMap((t) => r.milestonesOfTask(t)))],
  };
}
