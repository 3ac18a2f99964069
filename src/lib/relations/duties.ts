import type { BodyRelation } from '../../schemas/body.ts';
import { ROLE_FORCES, ROLE_KEYS, ROLES, type Role, type RoleForce } from '../../schemas/roles.ts';
import { unique } from './lists.ts';

/**
 * A body's duties, read from the roles that tasks and milestones give it,
 * and the duties it has as one of a group the text addresses («các sở,
 * ngành») or through the group its head belongs to («Thủ trưởng các cơ quan
 * chuyên môn»). Pure functions over plain data; relations.ts wires them up.
 */

/** One role given to one body, where it is written. */
export interface Assignment {
  body: string;
  role: Role;
  source: string;
  scope: string[];
  interpretation?: string | undefined;
  note?: string | undefined;
  task?: string | undefined;
  milestone?: string | undefined;
}

/**
 * What one clause makes one body do, with one scope and one reading: the
 * roles it gives (in the order of ROLES), and the tasks and milestones that
 * carry them. A body's page, checklist and calendar list each duty once.
 */
export interface Duty {
  /** Stable within the body: force, clause, scope and reading. */
  key: string;
  body: string;
  force: RoleForce;
  roles: Role[];
  source: string;
  /** Words of the clause that narrow who it binds; shown wherever the duty is. */
  scope: string[];
  /** The editors' reading, when the words imply the roles without stating them. */
  interpretation?: string | undefined;
  notes: string[];
  tasks: string[];
  milestones: string[];
}

const FORCES = Object.keys(ROLE_FORCES) as RoleForce[];

/** A short, stable hash (FNV-1a, 32 bits) for keys built from long texts. */
const hash = (text: string) => {
  let h = 0x811c9dc5;
  for (const ch of text) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  return h.toString(36);
};

/**
 * The key that names a duty in pages, checklists and calendars: the body,
 * the force, the clause, and a hash of its scope and reading.
 */
export const dutyKey = (d: Pick<Duty, 'body' | 'force' | 'source' | 'scope' | 'interpretation'>) =>
  `${d.body}:${d.force}:${d.source}:${hash(`${d.scope.join('|')}#${d.interpretation ?? ''}`)}`;
export const byRole = (a: Role, b: Role) => ROLE_KEYS.indexOf(a) - ROLE_KEYS.indexOf(b);

/**
 * Groups assignments into duties. `at` gives a clause's place in plan
 * order; `taskOrder` and `dateOrder` sort what each duty carries.
 */
export function dutiesFrom(
  assignments: Assignment[],
  at: (source: string) => number,
  taskOrder: (a: string, b: string) => number,
  dateOrder: (a: string, b: string) => number,
): Duty[] {
  const duties = new Map<string, Duty>();
  for (const a of assignments) {
    const force = ROLES[a.role].force;
    const key = dutyKey({ ...a, force });
    const duty = duties.get(key) ?? {
      key,
      body: a.body,
      force,
      roles: [],
      source: a.source,
      scope: a.scope,
      interpretation: a.interpretation,
      notes: [],
      tasks: [],
      milestones: [],
    };
    duty.roles = unique([...duty.roles, a.role]).sort(byRole);
    if (a.note) duty.notes = unique([...duty.notes, a.note]);
    if (a.task) duty.tasks = unique([...duty.tasks, a.task]).sort(taskOrder);
    if (a.milestone) duty.milestones = unique([...duty.milestones, a.milestone]).sort(dateOrder);
    duties.set(key, duty);
  }
  return [...duties.values()].sort(
    (x, y) =>
      FORCES.indexOf(x.force) - FORCES.indexOf(y.force) ||
      at(x.source) - at(y.source) ||
      Number(x.interpretation !== undefined) - Number(y.interpretation !== undefined) ||
      x.key.localeCompare(y.key),
  );
}

/** A link between bodies as data gives it: `body` relates to `other`. */
export interface BodyLink {
  body: string;
  other: string;
  relation: BodyRelation;
  source?: string | undefined;
  interpretation?: string | undefined;
}

/**
 * How a body comes to have another entry's duties: the chain of links from
 * the body to it. `one-of` makes the body one of a group; `head-of`, read
 * backwards from such a group, brings in the duties of the post that heads
 * the group's members — the body's own head is one of them.
 */
export interface Inheritance {
  /** The group or post whose duties apply. */
  from: string;
  /** The links from the body to `from`, in order. */
  path: { link: BodyLink; kind: 'member' | 'head' }[];
}

/** One step of an inheritance as a sentence reads it: from which body to which group or post, by which link. */
export interface InheritanceStep {
  from: string;
  to: string;
  kind: 'member' | 'head';
  link: BodyLink;
}

/** The steps from `body` to the group or post it inherits from: each starts where the one before it ends. */
export function inheritanceSteps(body: string, via: Inheritance): InheritanceStep[] {
  const steps: InheritanceStep[] = [];
  for (const { link, kind } of via.path)
    steps.push({ from: steps.at(-1)?.to ?? body, to: kind === 'member' ? link.other : link.body, kind, link });
  return steps;
}

/**
 * Every group and head post whose duties a body has, nearest first. Only
 * `one-of` and `head-of` carry duties: being part of a body or a member of a
 * committee does not make its duties one's own.
 */
export function inheritanceOf(body: string, links: BodyLink[]): Inheritance[] {
  const out: Inheritance[] = [];
  const seen = new Set([body]);
  let frontier: Inheritance[] = [{ from: body, path: [] }];
  while (frontier.length > 0) {
    const next: Inheritance[] = [];
    for (const at of frontier) {
      const steps = [
        ...links
          .filter((l) => l.relation === 'one-of' && l.body === at.from)
          .map((link) => ({ to: link.other, link, kind: 'member' as const })),
        // The head of a group the body belongs to: what the text asks of «Thủ trưởng các cơ quan chuyên
        // môn» falls to the body's own head. The head of the body itself is a post with its own page.
        ...(at.path.at(-1)?.kind === 'member'
          ? links
              .filter((l) => l.relation === 'head-of' && l.other === at.from)
              .map((link) => ({ to: link.body, link, kind: 'head' as const }))
          : []),
      ];
      for (const s of steps) {
        if (seen.has(s.to)) continue;
        seen.add(s.to);
        next.push({ from: s.to, path: [...at.path, { link: s.link, kind: s.kind }] });
      }
    }
    out.push(...next);
    frontier = next;
  }
  return out;
}
