import { expandPlanDate } from '../../src/lib/dates/plan-dates.ts';
import type { TimelineEntry } from '../../src/lib/dates/timeline.ts';
import type { PlanDate } from '../../src/schemas/plan-date.ts';

/** A recurrence over the plan's years (quarterly unless told), with only the fields a test cares about. */
export const recurring = (fields: Partial<Extract<PlanDate, { kind: 'recurring' }>>): PlanDate => ({
  kind: 'recurring',
  every: 'quarter',
  from: '2007-01',
  until: '2010-12',
  bounds: 'x',
  ...fields,
});

/** «Quý III hoặc quý IV năm 2010»: one of several quarters, each a [year, quarter], in the order the text names them. */
export const anyQuarter = (...options: [year: number, quarter: number][]): PlanDate => ({
  kind: 'any-quarter',
  options: options.map(([year, quarter]) => ({ year, quarter })),
});

/** A deadline on the timeline falling on `when`, with empty words and no body unless `fields` gives them. */
export const timelineEntry = (id: string, when: PlanDate, fields: Partial<TimelineEntry> = {}): TimelineEntry => ({
  id,
  title: id,
  kind: 'deadline',
  when,
  whenLabel: '',
  wording: '',
  recurring: when.kind === 'recurring',
  occurrences: expandPlanDate(when),
  source: 'p',
  citation: '',
  location: '',
  clause: '',
  clauseHref: '/#p',
  bodies: [],
  references: [],
  ...fields,
});
