import { byRole, dutiesFrom, inheritanceOf, type Assignment, type BodyLink, type Duty } from './duties.ts';
import { group, unique } from './lists.ts';
import type { PlanOrder } from './plan-order.ts';
import type { InheritedDuties, RelationInput, Relations, RoleMark } from './types.ts';

type BodyViews = Pick<
  Relations,
  | 'tasksOfBody'
  | 'dutiesOfBody'
  | 'inheritedDutiesOf'
  | 'allDutiesOf'
  | 'milestonesOfBody'
  | 'parentsOfBody'
  | 'childrenOfBody'
  | 'matrixBodies'
>;

/** What a body's page shows: its tasks, duties (own and inherited), milestones and place in the structure. */
export function bodyViews(
  input: RelationInput,
  order: PlanOrder,
  assignments: Assignment[],
  rolesIn: (task: string, body: string) => RoleMark[],
): BodyViews {
  const { at, bodies, taskOrder, byDate } = order;
  const assignmentsByBody = group(assignments, (a) => a.body);

  const dutiesOfBody = (body: string): Duty[] => dutiesFrom(assignmentsByBody.get(body) ?? [], at, taskOrder, byDate);
  const bodyLinks: BodyLink[] = input.bodies.flatMap((b) =>
    b.data.parents.map((p) => ({
      body: b.id,
      other: p.body.id,
      relation: p.relation,
      source: p.source?.id,
      interpretation: p.interpretation,
    })),
  );
  const inheritedDutiesOf = (body: string): InheritedDuties[] =>
    inheritanceOf(body, bodyLinks)
      .map((via) => ({ via, duties: dutiesOfBody(via.from) }))
      .filter((x) => x.duties.length > 0);
  const milestonesOfBody = (body: string, inherited = false) => {
    const holders = [body, ...(inherited ? inheritedDutiesOf(body).map((x) => x.via.from) : [])];
    const seen = new Set<string>();
    return holders
      .flatMap((holder) =>
        unique((assignmentsByBody.get(holder) ?? []).flatMap((a) => (a.milestone ? [a.milestone] : []))).map(
          (milestone) => ({
            milestone,
            roles: unique(
              assignments.filter((a) => a.milestone === milestone && a.body === holder).map((a) => a.role),
            ).sort(byRole),
            ...(holder === body ? {} : { via: holder }),
          }),
        ),
      )
      .filter((m) => !seen.has(m.milestone) && seen.add(m.milestone) !== undefined)
      .sort((a, b) => byDate(a.milestone, b.milestone));
  };

  const tasksOfBody = (body: string) =>
    unique((assignmentsByBody.get(body) ?? []).flatMap((a) => (a.task ? [a.task] : [])))
      .sort(taskOrder)
      .map((task) => ({ task, roles: rolesIn(task, body) }));

  return {
    tasksOfBody,
    dutiesOfBody,
    inheritedDutiesOf,
    allDutiesOf: (body) => [...dutiesOfBody(body), ...inheritedDutiesOf(body).flatMap((x) => x.duties)],
    milestonesOfBody,
    // The same links as inheritance reads: `body` is the child, `other` its parent.
    parentsOfBody: (body) =>
      bodyLinks
        .filter((l) => l.body === body)
        .map((l) => ({ body: l.other, relation: l.relation, source: l.source, interpretation: l.interpretation })),
    childrenOfBody: (body) =>
      bodyLinks
        .filter((l) => l.other === body)
        .sort((a, b) => bodies.indexOf(a.body) - bodies.indexOf(b.body))
        .map((l) => ({ body: l.body, relation: l.relation, source: l.source, interpretation: l.interpretation })),
    matrixBodies: bodies.filter((b) => (assignmentsByBody.get(b) ?? []).some((a) => a.task !== undefined)),
  };
}
