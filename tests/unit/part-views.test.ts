import { describe, expect, it } from 'vitest';
import { partView } from '../../src/lib/relations/part-views.ts';
import type { BodyRoleData } from '../../src/lib/relations/types.ts';
import type { Role } from '../../src/schemas/roles.ts';
import { provisionOutline, ref } from './provision-fixtures.ts';

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
  provisions: provisionOutline(
    'kh',
    `
    ii item
      ii-1 item
        ii-1-g1 item
      ii-2 item
    iii item
      iii-2-2 item`,
  ),
  tasks: [
    task('bullet', 'ii-1-g1', [role('snv', 'lead', 'iii-2-2'), role('stp', 'coordinate', 'ii-1-g1')]),
    task('item', 'ii-1', [role('snv', 'lead', 'iii-2-2'), role('snv', 'carry-out', 'iii-2-2')]),
    task('other-area', 'ii-2', [role('stc', 'lead', 'ii-2')]),
  ],
};
const tasks = ['item', 'bullet', 'other-area'];
const r = {
  provisionAt: (id: string) => input.provisions.findIndex((p) => p.id === id),
  tasks,
  taskOrder: (a: string, b: string) => tasks.indexOf(a) - tasks.indexOf(b),
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
