import type { Role } from '../../schemas/roles.ts';

/**
 * Every place where the site reads more than the words state: roles,
 * links between bodies and task–objective links marked `interpretation`.
 * Readings that share a reason and a clause are gathered, so a reader can
 * judge each reason once and see everything that rests on it.
 */

interface Ref {
  id: string;
}
interface RoleData {
  body: Ref;
  role: Role;
  source: Ref;
  interpretation?: string | undefined;
}
export interface ReadingInput {
  tasks: {
    id: string;
    data: { objectives: { objective: Ref; interpretation?: string | undefined }[]; bodies: RoleData[] };
  }[];
  milestones: { id: string; data: { bodies: RoleData[] } }[];
  bodies: {
    id: string;
    data: { parents: { body: Ref; relation: string; source?: Ref | undefined; interpretation?: string | undefined }[] };
  }[];
}

/** What rests on one reason. */
export interface Reading {
  reason: string;
  /** The clause the reading rests on, if any. */
  source?: string | undefined;
  /** Roles: body, role, and the tasks and milestones that carry them. */
  roles: { body: string; role: Role; tasks: string[]; milestones: string[] }[];
  /** Links between bodies: `body` relation `other`. */
  links: { body: string; relation: string; other: string }[];
  /** Tasks linked to objectives. */
  objectives: { task: string; objective: string }[];
}

export function readingsOf(input: ReadingInput): Reading[] {
  const readings = new Map<string, Reading>();
  const at = (reason: string, source?: string) => {
    const key = `${reason}#${source ?? ''}`;
    const r = readings.get(key) ?? { reason, source, roles: [], links: [], objectives: [] };
    readings.set(key, r);
    return r;
  };
  const addRole = (b: RoleData, carrier: { task?: string; milestone?: string }) => {
    if (!b.interpretation) return;
    const r = at(b.interpretation, b.source.id);
    let row = r.roles.find((x) => x.body === b.body.id && x.role === b.role);
    if (!row) r.roles.push((row = { body: b.body.id, role: b.role, tasks: [], milestones: [] }));
    if (carrier.task && !row.tasks.includes(carrier.task)) row.tasks.push(carrier.task);
    if (carrier.milestone && !row.milestones.includes(carrier.milestone)) row.milestones.push(carrier.milestone);
  };
  for (const t of input.tasks) {
    t.data.bodies.forEach((b) => addRole(b, { task: t.id }));
    for (const o of t.data.objectives)
      if (o.interpretation) at(o.interpretation).objectives.push({ task: t.id, objective: o.objective.id });
  }
  for (const m of input.milestones) m.data.bodies.forEach((b) => addRole(b, { milestone: m.id }));
  for (const b of input.bodies)
    for (const p of b.data.parents)
      if (p.interpretation)
        at(p.interpretation, p.source?.id).links.push({ body: b.id, relation: p.relation, other: p.body.id });
  return [...readings.values()];
}
