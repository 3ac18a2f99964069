import { describe, expect, it } from 'vitest';
import { buildRelations, planDateSortKey, type RelationInput } from '../../src/lib/relations/relations.ts';
import { compareDateKeys } from '../../src/lib/relations/plan-order.ts';
import type { Role } from '../../src/schemas/roles.ts';
import { provisionOutline, ref } from './provision-fixtures.ts';

const role = (body: string, r: Role, source: string, extra: { scope?: string[]; interpretation?: string } = {}) => ({
  body: ref(body),
  role: r,
  source: ref(source),
  scope: [],
  ...extra,
});

/** A small plan: two objectives, three tasks, two milestones, four bodies. */
const input: RelationInput = {
  provisionOrder: [
    'qd-1',
    'i',
    'i-1',
    'i-2-1',
    'ii',
    'ii-1',
    'ii-1-g1',
    'ii-1-g2',
    'iii',
    'iii-2',
    'iii-2-2-1',
    'iii-4',
    'iii-4-1',
    'iii-4-2',
    'iii-4-3',
  ],
  provisions: [
    ...provisionOutline('qd', 'qd-1 article'),
    ...provisionOutline(
      'kh',
      `
      i section
        i-1 item
        i-2-1 item
      ii section
        ii-1 item
          ii-1-g1 bullet
          ii-1-g2 bullet
      iii section
        iii-2 item
          iii-2-2-1 item
        iii-4 item
          iii-4-1 item
          iii-4-2 item
          iii-4-3 item
      `,
    ),
  ],
  documents: [{ id: 'kh', data: { bases: [{ reference: ref('luat'), source: ref('i-1') }] } }],
  objectives: [
    { id: 'cu-the', data: { label: '2.1', provision: ref('i-2-1'), parent: ref('chung') } },
    { id: 'chung', data: { label: '1', provision: ref('i-1') } },
  ],
  tasks: [
    {
      id: 'thi-hanh',
      data: {
        title: 'Thi hành',
        provision: ref('qd-1'),
        objectives: [],
        bodies: [role('ubnd', 'carry-out', 'qd-1')],
        milestones: [],
      },
    },
    {
      id: 'bao-cao',
      data: {
        title: 'Báo cáo',
        provision: ref('iii-4-1'),
        objectives: [],
        bodies: [
          role('bcd', 'report', 'iii-4-1'),
          role('ubnd', 'receive-reports', 'iii-4-1'),
          role('snv', 'report', 'iii-4-2'),
          role('bcd', 'receive-reports', 'iii-4-2'),
        ],
        milestones: [{ milestone: ref('hang-nam'), source: ref('iii-4-1') }],
      },
    },
    {
      id: 'nhom',
      data: {
        title: 'Việc của nhóm',
        provision: ref('iii-2'),
        objectives: [],
        bodies: [
          role('so-nganh', 'report', 'iii-2', { scope: ['đã thực hiện'] }),
          role('thu-truong', 'carry-out', 'iii-2'),
          role('co-quan', 'carry-out', 'iii-2'),
        ],
        milestones: [],
      },
    },
    {
      id: 'the-che-2',
      data: {
        title: 'Thể chế hai',
        provision: ref('ii-1-g2'),
        objectives: [{ objective: ref('cu-the'), source: ref('ii-1-g2'), interpretation: 'Lý do của trang.' }],
        bodies: [role('snv', 'coordinate', 'ii-1-g2')],
        milestones: [],
      },
    },
    {
      id: 'the-che-1',
      data: {
        title: 'Thể chế một',
        provision: ref('ii-1-g1'),
        objectives: [{ objective: ref('cu-the'), source: ref('i-2-1') }],
        bodies: [role('snv', 'lead', 'iii-2-2-1'), role('stp', 'coordinate', 'ii-1-g1')],
        milestones: [{ milestone: ref('quy-1'), source: ref('ii-1-g1') }],
      },
    },
  ],
  milestones: [
    {
      id: 'hang-nam',
      data: {
        when: { kind: 'recurring', every: 'year', from: '2007-01', until: '2010-12', bounds: 'kỳ kế hoạch' },
        source: ref('iii-4-1'),
        bodies: [
          role('bcd', 'report', 'iii-4-1'),
          role('ubnd', 'receive-reports', 'iii-4-1'),
          role('snv', 'route', 'iii-4-1'),
        ],
      },
    },
    {
      id: 'ke-hoach',
      data: {
        when: {
          kind: 'recurring',
          every: 'year',
          inQuarter: 1,
          from: '2007-01',
          until: '2010-12',
          bounds: 'kỳ kế hoạch',
        },
        source: ref('iii-4-2'),
        bodies: [role('stp', 'submit', 'iii-4-2'), role('snv', 'receive-plans', 'iii-4-2')],
      },
    },
    {
      id: 'hang-quy',
      data: {
        when: { kind: 'recurring', every: 'quarter', from: '2007-01', until: '2010-12', bounds: 'kỳ kế hoạch' },
        source: ref('iii-4-3'),
        bodies: [role('snv', 'report', 'iii-4-3')],
      },
    },
    {
      id: 'quy-1',
      data: {
        when: { kind: 'quarter', year: 2007, quarter: 1 },
        source: ref('ii-1-g1'),
        bodies: [role('snv', 'lead', 'iii-2-2-1')],
      },
    },
  ],
  bodies: [
    {
      id: 'stp',
      data: {
        name: 'Sở Tư pháp',
        level: 'province',
        parents: [
          { body: ref('ubnd'), relation: 'part-of' },
          { body: ref('so-nganh'), relation: 'one-of', interpretation: 'Sở Tư pháp là một sở.' },
        ],
      },
    },
    {
      id: 'so-nganh',
      data: {
        name: 'Các sở, ngành',
        level: 'province',
        parents: [{ body: ref('co-quan'), relation: 'one-of', source: ref('iii-2-2-1') }],
      },
    },
    { id: 'co-quan', data: { name: 'Các cơ quan', level: 'province', parents: [] } },
    {
      id: 'thu-truong',
      data: { name: 'Thủ trưởng các sở', level: 'province', parents: [{ body: ref('so-nganh'), relation: 'head-of' }] },
    },
    {
      id: 'snv',
      data: {
        name: 'Sở Nội vụ',
        level: 'province',
        parents: [
          { body: ref('ubnd'), relation: 'part-of' },
          { body: ref('bcd'), relation: 'standing-agency-of', source: ref('iii-2-2-1') },
        ],
      },
    },
    { id: 'bcd', data: { name: 'Ban Chỉ đạo', level: 'province', parents: [] } },
    { id: 'ubnd', data: { name: 'Uỷ ban nhân dân tỉnh', level: 'province', parents: [] } },
    { id: 'cp', data: { name: 'Chính phủ', level: 'central', parents: [] } },
  ],
  glossary: [
    { id: 'mot-cua', data: { term: 'một cửa', related: [ref('lien-thong')] } },
    { id: 'lien-thong', data: { term: 'liên thông', related: [] } },
  ],
};
const r = buildRelations(input);

describe('buildRelations', () => {
  it('orders tasks and objectives as the plan prints them, bodies by level then name', () => {
    expect(r.tasks).toEqual(['thi-hanh', 'the-che-1', 'the-che-2', 'nhom', 'bao-cao']);
    expect(r.objectives).toEqual(['chung', 'cu-the']);
    expect(r.bodies).toEqual(['cp', 'bcd', 'co-quan', 'so-nganh', 'snv', 'stp', 'thu-truong', 'ubnd']);
  });

  it('links objectives and tasks both ways, keeping the interpretation mark', () => {
    expect(r.tasksOfObjective('cu-the').map((l) => [l.task, l.interpretation])).toEqual([
      ['the-che-1', undefined],
      ['the-che-2', 'Lý do của trang.'],
    ]);
    expect(r.objectivesOfTask('the-che-2')).toEqual([
      { task: 'the-che-2', objective: 'cu-the', source: 'ii-1-g2', interpretation: 'Lý do của trang.' },
    ]);
    expect(r.childObjectives('chung')).toEqual(['cu-the']);
  });

  it('gathers a body’s duties by clause, scope and reading, roles in the order of ROLES, merging task and milestone', () => {
    expect(r.dutiesOfBody('snv').map((d) => [d.force, d.roles, d.source, d.tasks, d.milestones])).toEqual([
      ['duty', ['coordinate'], 'ii-1-g2', ['the-che-2'], []],
      ['duty', ['lead'], 'iii-2-2-1', ['the-che-1'], ['quy-1']],
      ['duty', ['report'], 'iii-4-2', ['bao-cao'], []],
      ['duty', ['report'], 'iii-4-3', [], ['hang-quy']],
      ['receive', ['route'], 'iii-4-1', [], ['hang-nam']],
      ['receive', ['receive-plans'], 'iii-4-2', [], ['ke-hoach']],
    ]);
    expect(r.dutiesOfBody('so-nganh')).toEqual([
      expect.objectContaining({ roles: ['report'], source: 'iii-2', scope: ['đã thực hiện'], tasks: ['nhom'] }),
    ]);
    expect(r.dutiesOfBody('cp')).toEqual([]);
  });

  it('gives a body the duties of the groups it is one of, and of the post that heads its group’s members', () => {
    const via = r.inheritedDutiesOf('stp').map((x) => [x.via.from, x.via.path.map((p) => p.kind), x.duties.length]);
    expect(via).toEqual([
      ['so-nganh', ['member'], 1],
      ['co-quan', ['member', 'member'], 1],
      ['thu-truong', ['member', 'head'], 1],
    ]);
    expect(r.inheritedDutiesOf('stp')[0]?.via.path[0]?.link.interpretation).toBe('Sở Tư pháp là một sở.');
    expect(r.allDutiesOf('stp').map((d) => d.body)).toEqual(['stp', 'stp', 'so-nganh', 'co-quan', 'thu-truong']);
    // Duties flow to members, never up to the group.
    expect(r.inheritedDutiesOf('co-quan')).toEqual([]);
    expect(r.inheritedDutiesOf('thu-truong')).toEqual([]);
  });

  it('derives the bodies of an objective and the objectives of a body from the tasks between them', () => {
    expect(r.bodiesOfObjective('cu-the')).toEqual([
      { body: 'snv', roles: ['lead', 'coordinate'] },
      { body: 'stp', roles: ['coordinate'] },
    ]);
    expect(r.objectivesOfBody('stp')).toEqual(['cu-the']);
    expect(r.objectivesOfBody('ubnd')).toEqual([]);
  });

  it('lists milestones by date (a tie by clause order), with a group’s milestones on demand', () => {
    expect(r.milestonesOfBody('snv')).toEqual([
      { milestone: 'quy-1', roles: ['lead'] },
      { milestone: 'ke-hoach', roles: ['receive-plans'] },
      { milestone: 'hang-quy', roles: ['report'] },
      { milestone: 'hang-nam', roles: ['route'] },
    ]);
    expect(r.milestonesOfBody('stp', true)).toEqual([{ milestone: 'ke-hoach', roles: ['submit'] }]);
    expect(r.milestonesOfBody('bcd')).toEqual([{ milestone: 'hang-nam', roles: ['report'] }]);
    expect(r.tasksOfMilestone('quy-1')).toEqual(['the-che-1']);
    expect(r.milestonesOfTask('bao-cao')).toEqual(['hang-nam']);
  });

  it('shows the structure from both ends', () => {
    expect(r.childrenOfBody('bcd')).toEqual([
      { body: 'snv', relation: 'standing-agency-of', source: 'iii-2-2-1', interpretation: undefined },
    ]);
    expect(r.childrenOfBody('ubnd').map((l) => l.body)).toEqual(['snv', 'stp']);
    expect(r.parentsOfBody('snv').map((l) => l.relation)).toEqual(['part-of', 'standing-agency-of']);
  });

  it('relates tasks of the same clause, and not unrelated ones', () => {
    expect(r.relatedTasks('the-che-1')).toEqual([{ task: 'the-che-2', sameProvision: true, sharedMilestones: [] }]);
    expect(r.relatedTasks('bao-cao')).toEqual([]);
  });

  it('pairs reporters with receivers within one milestone, keeps the body a report goes through, adds plans sent', () => {
    expect(r.reportEdges).toEqual([
      { from: 'bcd', to: 'ubnd', kind: 'report', via: ['snv'], milestones: ['hang-nam'], sources: ['iii-4-1'] },
      { from: 'stp', to: 'snv', kind: 'plan', via: [], milestones: ['ke-hoach'], sources: ['iii-4-2'] },
    ]);
    expect(r.unaddressedReports).toEqual([{ from: 'snv', milestone: 'hang-quy', source: 'iii-4-3' }]);
  });

  it('gives the matrix its columns and cells', () => {
    expect(r.matrixBodies).toEqual(['bcd', 'co-quan', 'so-nganh', 'snv', 'stp', 'thu-truong', 'ubnd']);
    expect(r.rolesIn('bao-cao', 'bcd')).toEqual([
      { role: 'report', reading: false, scoped: false },
      { role: 'receive-reports', reading: false, scoped: false },
    ]);
    expect(r.rolesIn('nhom', 'so-nganh')).toEqual([{ role: 'report', reading: false, scoped: true }]);
    expect(r.rolesIn('bao-cao', 'stp')).toEqual([]);
  });

  it('splits the matrix by the numbered item a task falls under, with only the bodies that have a role there', () => {
    expect(r.matrixGroups).toEqual([
      { provision: undefined, document: 'qd', tasks: ['thi-hanh'], bodies: ['ubnd'] },
      { provision: 'ii-1', document: 'kh', tasks: ['the-che-1', 'the-che-2'], bodies: ['snv', 'stp'] },
      { provision: 'iii-2', document: 'kh', tasks: ['nhom'], bodies: ['co-quan', 'so-nganh', 'thu-truong'] },
      { provision: 'iii-4', document: 'kh', tasks: ['bao-cao'], bodies: ['bcd', 'snv', 'ubnd'] },
    ]);
  });

  it('finds backlinks: documents citing a reference, related terms both ways', () => {
    expect(r.documentsCiting('luat')).toEqual([{ document: 'kh', source: 'i-1' }]);
    expect(r.relatedTerms('lien-thong')).toEqual(['mot-cua']);
    expect(r.relatedTerms('mot-cua')).toEqual(['lien-thong']);
  });

  it('gives previous and next in a list', () => {
    expect(r.neighbours(r.tasks, 'the-che-2')).toEqual({ prev: 'the-che-1', next: 'nhom' });
    expect(r.neighbours(r.tasks, 'thi-hanh')).toEqual({ prev: undefined, next: 'the-che-1' });
    expect(r.neighbours(r.tasks, 'khong-co')).toEqual({});
  });

  it('builds from an empty corpus', () => {
    const empty = buildRelations({
      provisionOrder: [],
      provisions: [],
      documents: [],
      objectives: [],
      tasks: [],
      milestones: [],
      bodies: [],
      glossary: [],
    });
    expect(empty.tasks).toEqual([]);
    expect(empty.reportEdges).toEqual([]);
    expect(empty.matrixGroups).toEqual([]);
    expect(empty.dutiesOfBody('x')).toEqual([]);
  });
});

describe('planDateSortKey', () => {
  it('sorts dates of different precision chronologically, ad-hoc last', () => {
    const keys = [
      planDateSortKey({ kind: 'ad-hoc' }),
      planDateSortKey({ kind: 'quarter', year: 2008, quarter: 3 }),
      planDateSortKey({ kind: 'month-end', year: 2007, month: 4 }),
      planDateSortKey({ kind: 'derived-day', from: '2007-02-09', addDays: 10, derivation: '' }),
      planDateSortKey({ kind: 'by-year', year: 2010 }),
    ];
    expect([...keys].sort()).toEqual([keys[3], keys[2], keys[1], keys[4], keys[0]]);
    // The comparator the checklist and the milestone order use: the same order, not a locale's (which puts «~» first).
    expect([...keys].sort(compareDateKeys)).toEqual([keys[3], keys[2], keys[1], keys[4], keys[0]]);
  });
});
