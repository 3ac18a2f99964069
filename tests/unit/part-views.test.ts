import { describe, expect, it } from 'vitest';
import { partView } from '../../src/lib/relations/part-views.ts';
import type { BodyRoleData } from '../../src/lib/relations/types.ts';
import type { Role } from '../../src/schemas/roles.ts';

const ref = (id: string) => ({ id });
const provision = (id: string, parent?: string) => ({
  id,
  data: { kind: 'item', document: ref('kh'), ...(parent ? { parent: ref(parent) } : {}) },
});
const role = (body: string, r: Role, source: string): BodyRoleData => ({
  body: ref(body),
  role: r,
  source: ref(source),
  scope: [],
});
const task = (id: string, at: string, bodies: BodyRoleData[]) => ({
  id,
  data: { title: id, provision: ref(at), objectives: [], bodies, milestones: [] },
});

/** Area II.1 with a bullet; section III gives the area to a body in item 2.2. */
const input = {
  provisions: [
    provision('ii'),
    provision('ii-1', 'ii'),
    provision('ii-1-g1', 'ii-1'),
    provision('ii-2', 'ii'),
    provision('iii'),
    provision('iii-2-2', 'iii'),
  ],
  tasks: [
    task('bullet', 'ii-1-g1', [role('snv', 'lead', 'iii-2-2'), role('stp', 'coordinate', 'ii-1-g1')]),
    task('item', 'ii-1', [role('snv', 'lead', 'iii-2-2'), role('snv', 'carry-out', 'iii-2-2')]),
    task('other-area', 'ii-2', [role('stc', 'lead', 'ii-2')]),
  ],
};
const r = {
  tasks: ['item', 'bullet', 'other-area'],
  milestonesOfTask: (t: string) => ({ item: ['q1', 'q2'], bullet: ['q2'] })[t] ?? [],
};

describe('partView', () => {
  const view = partView('ii-1', input, r);

  it('takes the tasks stated anywhere under the part, in plan order', () => {
    expect(view.tasks).toEqual(['item', 'bullet']);
  });

  it('splits the duties by where their clause stands, merging one clause’s roles with their tasks in plan order', () => {
    expect(view.givenElsewhere.map((d) => [d.body, d.source, d.roles, d.tasks])).toEqual([
      ['snv', 'iii-2-2', ['lead', 'carry-out'], ['item', 'bullet']],
    ]);
    expect(view.givenHere.map((d) => [d.body, d.source, d.roles, d.tasks])).toEqual([
      ['stp', 'ii-1-g1', ['coordinate'], ['bullet']],
    ]);
  });

  it('lists the tasks’ dates once each', () => {
    expect(view.milestones).toEqual(['q1', 'q2']);
  });

  it('gives an empty view for a part with no tasks', () => {
    expect(partView('iii', input, r)).toEqual({ tasks: [], givenElsewhere: [], givenHere: [], milestones: [] });
  });
});
