import { describe, expect, it } from 'vitest';
import { handoutTasks } from '../../src/lib/print/handouts.ts';
import type { Role } from '../../src/schemas/roles.ts';
import { ref } from './provision-fixtures.ts';

const role = (body: string, r: Role) => ({ body: ref(body), role: r, source: ref('kh-ii-1') });
const task = (id: string, bodies: ReturnType<typeof role>[], milestones: string[]) => ({
  id,
  data: {
    title: `Nhiệm vụ ${id}`,
    area: 'the-che' as const,
    provision: ref(`kh-${id}`),
    bodies,
    milestones: milestones.map((m) => ({ milestone: ref(m) })),
    objectives: [],
  },
});
const milestone = (id: string, whenLabel: string) => ({
  id,
  title: id,
  kind: 'deadline',
  recurring: false,
  wording: '',
  whenLabel,
  source: 'kh-ii-1',
  bodies: [],
});
const source = {
  tasks: [task('a', [role('snv', 'coordinate'), role('stc', 'lead')], ['quy-2', 'nam']), task('b', [], [])],
  milestones: [milestone('nam', 'năm 2008'), milestone('quy-2', 'quý II năm 2007')],
  location: (id: string) => `khoản ${id}`,
  bodyName: (id: string) => id.toUpperCase(),
};

describe('handoutTasks', () => {
  it('gives each task its clause, its deadlines as worded, in its own order, and its bodies by role', () => {
    expect(handoutTasks(source, ['b', 'a'])).toEqual([
      { id: 'b', title: 'Nhiệm vụ b', location: 'khoản kh-b', deadlines: [], roles: '' },
      {
        id: 'a',
        title: 'Nhiệm vụ a',
        location: 'khoản kh-a',
        deadlines: ['quý II năm 2007', 'năm 2008'],
        roles: 'Chủ trì: STC. Phối hợp: SNV.',
      },
    ]);
  });

  it('stops on a task that does not exist', () => {
    expect(() => handoutTasks(source, ['x'])).toThrow(/no task «x»/);
  });
});
