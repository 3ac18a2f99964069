import type { PlanDate } from '../../schemas/plan-date.ts';
import type { Duty } from './duties.ts';
import { compareDateKeys, planDateSortKey } from './plan-order.ts';
import type { Relations } from './relations.ts';

/**
 * A body's checklist: every duty that applies to it — its own and those it
 * has through a group — once each, with what to do, its dates and the group
 * it comes through, sorted by the first date it falls due (undated duties
 * last, in plan order).
 */
export interface ChecklistItem {
  duty: Duty;
  /** The group or post the duty is inherited from; absent for the body's own. */
  via?: string | undefined;
  /** What to do, in the site's words: the tasks' titles, else the clause's opening. */
  what: string;
  /** The duty's milestones, by date. */
  milestones: string[];
}

export interface ChecklistLookups {
  when: (milestone: string) => PlanDate;
  taskTitle: (task: string) => string;
  clauseText: (provision: string) => string;
}

/** The clause's opening words, cut at a word before `max` characters. */
export const opening = (text: string, max = 160) =>
  text.length <= max ? text : `${text.slice(0, text.lastIndexOf(' ', max - 10))} …`;

export function checklistOf(
  body: string,
  r: Pick<Relations, 'dutiesOfBody' | 'inheritedDutiesOf'>,
  l: ChecklistLookups,
): ChecklistItem[] {
  const sources: { duty: Duty; via?: string | undefined }[] = [
    ...r.dutiesOfBody(body).map((duty) => ({ duty })),
    ...r.inheritedDutiesOf(body).flatMap((x) => x.duties.map((duty) => ({ duty, via: x.via.from }))),
  ];
  const items: ChecklistItem[] = sources.map(({ duty, via }) => ({
    duty,
    via,
    what: duty.tasks.length > 0 ? duty.tasks.map(l.taskTitle).join('; ') : opening(l.clauseText(duty.source)),
    milestones: duty.milestones,
  }));
  const key = (i: ChecklistItem) =>
    i.milestones.length === 0 ? '~' : (i.milestones.map((m) => planDateSortKey(l.when(m))).sort()[0] ?? '~');
  // A stable sort keeps duties of one date, and undated ones, in plan order.
  return items
    .map((i, n) => ({ i, n, k: key(i) }))
    .sort((a, b) => compareDateKeys(a.k, b.k) || a.n - b.n)
    .map((x) => x.i);
}
