import { corpus } from '../content/corpus.ts';
import { handoutPaths, type HandoutSource } from './handouts.ts';
import { relations } from '../relations/relations.ts';
import { timelineEntries } from '../dates/timeline.ts';

let loaded: Promise<HandoutSource> | undefined;

/** The corpus, relations and timeline reduced to what handouts read; built once per build. */
export function handoutSource(): Promise<HandoutSource> {
  loaded ??= (async () => {
    const c = await corpus();
    const r = await relations();
    return {
      provisionsOf: c.provisionsOf,
      tasks: c.tasks,
      objectives: c.objectives,
      parts: c.parts,
      bodyName: (id) => c.body(id).data.name,
      mentionsIn: c.mentionsIn,
      location: c.location,
      milestones: timelineEntries(c).map((e) => ({
        id: e.id,
        title: e.title,
        kind: e.kind,
        recurring: e.recurring,
        wording: e.wording,
        whenLabel: e.whenLabel,
        source: e.source,
        bodies: e.bodies,
      })),
      taskOrder: r.tasks,
      objectiveOrder: r.objectives,
      reportEdges: r.reportEdges,
    };
  })();
  return loaded;
}

/** `getStaticPaths` of the two handout routes (participants', trainers'): one page per section of each document. */
export const handoutSectionPaths = async () => handoutPaths((await corpus()).documents, await handoutSource());
