import { dutyKey } from '../../src/lib/relations/duties.ts';
import { ROLES, type Role } from '../../src/schemas/roles.ts';
import { readCollection } from './content-files.ts';

/**
 * The duties every body should show, derived from the content files alone
 * (not through the site's relations): a body's own duties, one per clause,
 * scope and reading; and the duties it has as one of a group («one-of»,
 * followed through groups of groups) or through the post that heads the
 * members of such a group. Pages, checklists and calendars are checked
 * against this.
 */

export interface RoleYaml {
  body: string;
  role: Role;
  source: string;
  scope?: string[];
  interpretation?: string;
  note?: string;
}
export interface ExpectedDuty {
  key: string;
  body: string;
  roles: Set<Role>;
  source: string;
  scope: string[];
  interpretation?: string | undefined;
  tasks: Set<string>;
  milestones: Set<string>;
}
interface ParentYaml {
  body: string;
  relation: string;
}

export const tasks = readCollection<{ bodies?: RoleYaml[]; provision: string }>('tasks');
export const milestones = readCollection<{ bodies?: RoleYaml[]; when: { kind: string } }>('milestones');
export const bodies = readCollection<{ name: string; parents?: ParentYaml[]; group?: boolean }>('bodies');

/** body → key → duty. */
export const ownDuties = new Map<string, Map<string, ExpectedDuty>>();
const add = (r: RoleYaml, task?: string, milestone?: string) => {
  const force = ROLES[r.role].force;
  const scope = r.scope ?? [];
  const key = dutyKey({ body: r.body, force, source: r.source, scope, interpretation: r.interpretation });
  const mine = ownDuties.get(r.body) ?? new Map<string, ExpectedDuty>();
  const d = mine.get(key) ?? {
    key,
    body: r.body,
    roles: new Set<Role>(),
    source: r.source,
    scope,
    interpretation: r.interpretation,
    tasks: new Set<string>(),
    milestones: new Set<string>(),
  };
  d.roles.add(r.role);
  if (task) d.tasks.add(task);
  if (milestone) d.milestones.add(milestone);
  mine.set(key, d);
  ownDuties.set(r.body, mine);
};
for (const t of tasks) for (const b of t.data.bodies ?? []) add(b, t.id);
for (const m of milestones) for (const b of m.data.bodies ?? []) add(b, undefined, m.id);

const parents = (id: string) => bodies.find((b) => b.id === id)?.data.parents ?? [];
/** Groups a body is one of, directly or through groups of groups. */
function groupsOf(id: string, seen = new Set<string>()): Set<string> {
  for (const p of parents(id))
    if (p.relation === 'one-of' && !seen.has(p.body)) {
      seen.add(p.body);
      groupsOf(p.body, seen);
    }
  return seen;
}
/** Every entry whose duties apply to a body besides its own: its groups, the posts heading them, and theirs. */
export function sourcesOfDuties(id: string): Set<string> {
  const out = groupsOf(id);
  for (const g of [...out])
    for (const head of bodies.filter((b) =>
      (b.data.parents ?? []).some((p) => p.relation === 'head-of' && p.body === g),
    ))
      if (head.id !== id) for (const x of [head.id, ...groupsOf(head.id)]) out.add(x);
  out.delete(id);
  return out;
}
/** Every duty that applies to a body, keyed. */
export function allDuties(id: string): Map<string, ExpectedDuty> {
  const all = new Map(ownDuties.get(id) ?? []);
  for (const g of sourcesOfDuties(id)) for (const [k, d] of ownDuties.get(g) ?? []) all.set(k, d);
  return all;
}
