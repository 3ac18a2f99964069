import { byRole, type Assignment } from './duties.ts';
import { unique } from './lists.ts';
import type { BodyRoleData, RelationInput, RoleMark } from './types.ts';

export function flat(b: BodyRoleData): Assignment {
  return {
    body: b.body.id,
    role: b.role,
    source: b.source.id,
    scope: b.scope,
    interpretation: b.interpretation,
    note: b.note,
  };
}

/** Every role a body is given, wherever it is given: in a task or in a milestone. */
export function assignmentsOf(input: RelationInput): Assignment[] {
  return [
    ...input.tasks.flatMap((t) => t.data.bodies.map((b) => ({ ...flat(b), task: t.id, milestone: undefined }))),
    ...input.milestones.flatMap((m) => m.data.bodies.map((b) => ({ ...flat(b), task: undefined, milestone: m.id }))),
  ];
}

/** A body's roles in a task (empty when none), each marked if it is a reading or narrowed by scope words. */
export function rolesInTask(assignments: Assignment[], task: string, body: string): RoleMark[] {
  const mine = assignments.filter((a) => a.task === task && a.body === body);
  return unique(mine.map((a) => a.role))
    .sort(byRole)
    .map((role) => {
      const of = mine.filter((a) => a.role === role);
      // Marked only when every clause giving the role reads it, or narrows it: one plain statement suffices.
      return {
        role,
        reading: of.every((a) => a.interpretation !== undefined),
        scoped: of.every((a) => a.scope.length > 0),
      };
    });
}
