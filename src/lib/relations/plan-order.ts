import type { PlanDate } from '../../schemas/plan-date.ts';
import { LEVELS } from '../../schemas/body.ts';
import { expandPlanDate, sortKey } from '../dates/plan-dates.ts';
import type { RelationInput } from './types.ts';

/**
 * Where a milestone sorts among others: its first occurrence's sort key
 * (the timeline's order), an ad-hoc report, which has no date, last.
 */
export function planDateSortKey(when: PlanDate): string {
  const first = expandPlanDate(when)[0];
  return first ? sortKey(first) : '~';
}

/**
 * Orders two sort keys of `planDateSortKey` by their characters' codes, so
 * that the undated key «~» comes after every date (a locale's collation puts
 * punctuation before digits, and the undated first).
 */
export const compareDateKeys = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The orders every list of the site follows. */
export interface PlanOrder {
  /** A provision's place in the plan (documents in order, paragraphs as printed); unknown ones last. */
  at: (provision: string) => number;
  /** Task ids by their clause, then title. */
  tasks: string[];
  /** Objective ids by their clause, then label. */
  objectives: string[];
  /** Body ids by level, then name. */
  bodies: string[];
  taskOrder: (a: string, b: string) => number;
  /** Milestones by date, then by their clause. */
  byDate: (a: string, b: string) => number;
}

export function planOrder(input: RelationInput): PlanOrder {
  const position = new Map(input.provisionOrder.map((id, i) => [id, i]));
  const at = (provision: string) => position.get(provision) ?? Number.MAX_SAFE_INTEGER;

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
    compareDateKeys(dateKey.get(a) ?? '', dateKey.get(b) ?? '') ||
    at(input.milestones.find((m) => m.id === a)?.data.source.id ?? '') -
      at(input.milestones.find((m) => m.id === b)?.data.source.id ?? '');

  return { at, tasks, objectives, bodies, taskOrder, byDate };
}
