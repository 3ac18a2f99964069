import type { Assignment } from './duties.ts';
import type { MatrixGroup, RelationInput } from './types.ts';

/** Tasks grouped for the responsibility matrix, each group with the bodies that have a role in its tasks. */
export function matrixGroups(
  input: RelationInput,
  tasks: string[],
  bodies: string[],
  assignments: Assignment[],
): MatrixGroup[] {
  const provisions = new Map(input.provisions.map((p) => [p.id, p.data]));
  const chain = (id: string): string[] => {
    const parent = provisions.get(id)?.parent?.id;
    return parent ? [...chain(parent), id] : [id];
  };
  /** The first numbered item under a section, else the section: what a task is grouped under. */
  const heading = (id: string) => {
    const ids = chain(id);
    const section = ids.findIndex((p) => provisions.get(p)?.kind === 'section');
    return section < 0 ? undefined : (ids[section + 1] ?? ids[section]);
  };
  const taskData = new Map(input.tasks.map((t) => [t.id, t.data]));
  const groups = new Map<string, MatrixGroup>();
  for (const task of tasks) {
    const clause = taskData.get(task)?.provision.id ?? '';
    const provision = heading(clause);
    const document = provisions.get(clause)?.document.id ?? '';
    const key = provision ?? `document:${document}`;
    const g = groups.get(key) ?? { provision, document, tasks: [], bodies: [] };
    g.tasks.push(task);
    groups.set(key, g);
  }
  for (const g of groups.values()) {
    const mine = new Set(g.tasks);
    g.bodies = bodies.filter((b) => assignments.some((a) => a.body === b && a.task !== undefined && mine.has(a.task)));
  }
  return [...groups.values()];
}
