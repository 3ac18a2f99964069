import type { Body } from '../content/corpus.ts';
import { checklistOf, type ChecklistItem } from '../relations/checklist.ts';
import type { Relations } from '../relations/relations.ts';
import type { PlanDate } from '../../schemas/plan-date.ts';

/** A line of a body's printable checklist, with the names, dates and citation it prints. */
export interface ChecklistLine extends ChecklistItem {
  /** The name of the group or post the duty comes through. */
  viaName?: string | undefined;
  /** The dates of its milestones, by date. */
  dates: PlanDate[];
  /** Its clause, cited in full. */
  citation: string;
}

/** What a body's checklist page shows: its lines. */
export type ChecklistPage = { lines: ChecklistLine[] };

/** What a body's checklist page reads from the corpus. */
export interface ChecklistPageCorpus {
  milestone: (id: string) => { data: { when: PlanDate } };
  task: (id: string) => { data: { title: string } };
  provision: (id: string) => { data: { text: string } };
  body: (id: string) => { data: { name: string } };
  citation: (provision: string) => string;
}

/** A body's checklist (`checklistOf`), each line with what it prints. */
export function checklistPage(
  body: Pick<Body, 'id'>,
  c: ChecklistPageCorpus,
  r: Pick<Relations, 'dutiesOfBody' | 'inheritedDutiesOf'>,
): ChecklistPage {
  const when = (m: string) => c.milestone(m).data.when;
  const items = checklistOf(body.id, r, {
    when,
    taskTitle: (t) => c.task(t).data.title,
    clauseText: (p) => c.provision(p).data.text,
  });
  return {
    lines: items.map((i) => ({
      ...i,
      viaName: i.via === undefined ? undefined : c.body(i.via).data.name,
      dates: i.milestones.map(when),
      citation: c.citation(i.duty.source),
    })),
  };
}
