import type { Task } from '../content/corpus.ts';
import type { Relations } from '../relations/relations.ts';
import type { RelatedTask } from '../relations/types.ts';
import type { SearchFacets } from '../search/search-facets.ts';
import { urls } from '../site/urls.ts';
import type { Area } from '../../schemas/roles.ts';
import { neighbourLinks, type NeighbourLinks } from './link.ts';

/** What a task's page shows beyond the task's own fields. */
export type TaskPage = {
  /** Its clause, cited in full («khoản 2.2.1 mục III Kế hoạch …») and as a place («khoản 2.2.1 mục III»). */
  citation: string;
  location: string;
  search: SearchFacets;
  /** The objectives it serves, each with the clause that says so or the editors' reason. */
  objectives: { id: string; href: string; title: string; source: string; interpretation?: string | undefined }[];
  /** Its milestones, by date. */
  milestones: string[];
  /** The tasks beside it, each with why («cùng khoản hoặc khoản kề; chung mốc thời gian»). */
  related: { task: string; note: string }[];
  /** The tasks before and after it in plan order. */
  neighbours: NeighbourLinks;
};

/** What a task's page reads from the corpus. */
export interface TaskPageCorpus {
  task: (id: string) => { data: { title: string } };
  objective: (id: string) => { data: { title: string } };
  citation: (provision: string) => string;
  location: (provision: string) => string;
}

type TaskPageRelations = Pick<
  Relations,
  'tasks' | 'neighbours' | 'objectivesOfTask' | 'milestonesOfTask' | 'relatedTasks'
>;

/** Why a task is listed beside another: a clause in common or beside it, a milestone in common. */
export const relatedNote = (r: RelatedTask) =>
  [r.sameProvision ? 'cùng khoản hoặc khoản kề' : '', r.sharedMilestones.length > 0 ? 'chung mốc thời gian' : '']
    .filter(Boolean)
    .join('; ');

/** A task's objectives, milestones, neighbours in the plan and the tasks related to it. */
export function taskPage(
  task: Pick<Task, 'id'> & { data: { provision: { id: string }; area: Area; bodies: { body: { id: string } }[] } },
  c: TaskPageCorpus,
  r: TaskPageRelations,
): TaskPage {
  const t = task.data;
  const location = c.location(t.provision.id);
  return {
    citation: c.citation(t.provision.id),
    location,
    search: { kind: 'task', areas: [t.area], bodies: t.bodies.map((b) => b.body.id), cite: location },
    objectives: r.objectivesOfTask(task.id).map((o) => ({
      id: o.objective,
      href: urls.objective(o.objective),
      title: c.objective(o.objective).data.title,
      source: o.source,
      interpretation: o.interpretation,
    })),
    milestones: r.milestonesOfTask(task.id),
    related: r.relatedTasks(task.id).map((x) => ({ task: x.task, note: relatedNote(x) })),
    neighbours: neighbourLinks(r.neighbours(r.tasks, task.id), (id) => ({
      href: urls.task(id),
      label: c.task(id).data.title,
    })),
  };
}
