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
