import type { Objective } from '../content/corpus.ts';
import type { Relations } from '../relations/relations.ts';
import type { SearchFacets } from '../search/search-facets.ts';
import { urls } from '../site/urls.ts';
import type { PartKind } from '../../schemas/part.ts';
import { roleLabel } from '../../schemas/roles.ts';
import { neighbourLinks, type Link, type NeighbourLinks } from './link.ts';

/** What an objective's page shows beyond the objective's own fields. */
export type ObjectivePage = {
  /** Where the text states it («khoản 2.1 mục I»). */
  location: string;
  search: SearchFacets;
  /** The areas and parts of the plan the editors read as serving it, each with their reason. */
  areas: { id: string; href: string; title: string; location: string; interpretation?: string | undefined }[];
  /** The general objective it details, and the specific ones that detail it. */
  parent?: Link | undefined;
  children: Link[];
  /** The tasks serving it: the stated links cite their clause, the editors' readings give their reasons once above. */
  tasks: { task: string; source?: string | undefined; interpretation?: string | undefined }[];
  readings: string[];
  /** The bodies with a role in those tasks, with their roles in words. */
  bodies: { id: string; href: string; name: string; roles: string }[];
  /** The objectives before and after it. */
  neighbours: NeighbourLinks;
};

/** What an objective's page reads from the corpus. */
export interface ObjectivePageCorpus {
  objective: (id: string) => { data: { label: string; title: string } };
  body: (id: string) => { data: { name: string } };
  location: (provision: string) => string;
  parts: {
    id: string;
    data: {
      kind: PartKind;
      title: string;
      provision: { id: string };
      objectives: { objective: { id: string }; interpretation?: string | undefined }[];
    };
  }[];
}

type ObjectivePageRelations = Pick<
  Relations,
  'objectives' | 'neighbours' | 'childObjectives' | 'tasksOfObjective' | 'bodiesOfObjective'
>;

/** An objective's place among the objectives, the areas and tasks serving it and the bodies doing them. */
export function objectivePage(
  objective: Pick<Objective, 'id'> & { data: { provision: { id: string }; parent?: { id: string } | undefined } },
  c: ObjectivePageCorpus,
  r: ObjectivePageRelations,
): ObjectivePage {
  const { id } = objective;
  const link = (other: string) => ({ href: urls.objective(other), label: c.objective(other).data.title });
  const location = c.location(objective.data.provision.id);
  const tasks = r.tasksOfObjective(id);
  const bodies = r.bodiesOfObjective(id);
  return {
    location,
    search: { kind: 'objective', bodies: bodies.map((b) => b.body), cite: location },
    areas: c.parts.flatMap((part) =>
      part.data.objectives
        .filter((o) => o.objective.id === id)
        .map((o) => ({
          id: part.id,
          href: urls.part(part),
          title: part.data.title,
          location: c.location(part.data.provision.id),
          interpretation: o.interpretation,
        })),
    ),
    parent: objective.data.parent && link(objective.data.parent.id),
    children: r.childObjectives(id).map((child) => ({
      href: urls.objective(child),
      label: `${c.objective(child).data.label}. ${c.objective(child).data.title}`,
    })),
    tasks: tasks.map((t) => ({
      task: t.task,
      interpretation: t.interpretation,
      source: t.interpretation ? undefined : t.source,
    })),
    readings: [...new Set(tasks.flatMap((t) => (t.interpretation ? [t.interpretation] : [])))],
    bodies: bodies.map((b) => ({
      id: b.body,
      href: urls.body(b.body),
      name: c.body(b.body).data.name,
      roles: b.roles.map((x) => roleLabel(x)).join(', '),
    })),
    neighbours: neighbourLinks(r.neighbours(r.objectives, id), link),
  };
}
