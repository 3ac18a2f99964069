import { describe, expect, it } from 'vitest';
import { buildRelations, planDateSortKey, type RelationInput } from '../../src/lib/relations.ts';
import type { Role } from '../../src/schemas/roles.ts';

const ref = (id: string) => ({ id });
const role = (body: string, r: Role, source: string) => ({ body: ref(body), role: r, source: ref(source) });
const provision = (id: string, kind: string, parent?: string, document = 'kh') => ({
  id,
  data: { kind, document: ref(document), ...(parent ? { parent: ref(parent) } : {}) },
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
    provision('qd-1', 'article', undefined, 'qd'),
    provision('i', 'section'),
    provision('i-1', 'item', 'i'),
    provision('i-2-1', 'item', 'i'),
    provision('ii', 'section'),
    provision('ii-1', 'item', 'ii'),
    provision('ii-1-g1', 'bullet', 'ii-1'),
    provision('ii-1-g2', 'bullet', 'ii-1'),
    provision('iii', 'section'),
    provision('iii-2', 'item', 'iii'),
    provision('iii-2-2-1', 'item', 'iii-2'),
    provision('iii-4', 'item', 'iii'),
    provision('iii-4-1', 'item', 'iii-4'),
    provision('iii-4-2', 'item', 'iii-4'),
    provision('iii-4-3', 'item', 'iii-4'),
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
      id: 'the-che-2',
      data: {
        title: 'Thể chế hai',
        provision: ref('ii-1-g2'),
        objectives: [{ objective: ref('cu-the'), source: ref('ii-1-g2'), interpretation: true }],
        bodies: [role('snv', 'coordinate', 'ii-1-g2')],
        milestones: [],
      },
    },
    {
      id: 'the-che-1',
      data: {
        title: 'Thể chế một',
        provision: ref('ii-1-g1'),
        objectives: [{ objective: ref('cu-the'), source: ref('i-2-1'), interpretation: false }],
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
        bodies: [role('bcd', 'report', 'iii-4-1'), role('ubnd', 'receive-reports', 'iii-4-1')],
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
      data: { name: 'Sở Tư pháp', level: 'province', parents: [{ body: ref('ubnd'), relation: 'part-of' }] },
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
    expect(r.tasks).toEqual(['thi-hanh', 'the-che-1', 'the-che-2', 'bao-cao']);
    expect(r.objectives).toEqual(['chung', 'cu-the']);
    expect(r.bodies).toEqual(['cp', 'bcd', 'snv', 'stp', 'ubnd']);
  });

  it('links objectives and tasks both ways, keeping the interpretation mark', () => {
    expect(r.tasksOfObjective('cu-the').map((l) => [l.task, l.interpretation])).toEqual([
      ['the-che-1', false],
      ['the-che-2', true],
    ]);
    expect(r.objectivesOfTask('the-che-2')).toEqual([
      { task: 'the-che-2', objective: 'cu-the', source: 'ii-1-g2', interpretation: true },
    ]);
    expect(r.childObjectives('chung')).toEqual(['cu-the']);
  });

  it('groups a body’s duties by role in the order of ROLES, merging a clause given in a task and a milestone', () => {
    expect(r.dutiesOfBody('snv')).toEqual([
      { role: 'lead', duties: [{ role: 'lead', source: 'iii-2-2-1', tasks: ['the-che-1'], milestones: ['quy-1'] }] },
      {
        role: 'coordinate',
        duties: [{ role: 'coordinate', source: 'ii-1-g2', tasks: ['the-che-2'], milestones: [] }],
      },
      {
        role: 'report',
        duties: [
          { role: 'report', source: 'iii-4-2', tasks: ['bao-cao'], milestones: [] },
          { role: 'report', source: 'iii-4-3', tasks: [], milestones: ['hang-quy'] },
        ],
      },
    ]);
    expect(r.dutiesOfBody('cp')).toEqual([]);
  });

  it('derives the bodies of an objective and the objectives of a body from the tasks between them', () => {
    expect(r.bodiesOfObjective('cu-the')).toEqual([
      { body: 'snv', roles: ['lead', 'coordinate'] },
      { body: 'stp', roles: ['coordinate'] },
    ]);
    expect(r.objectivesOfBody('stp')).toEqual(['cu-the']);
    expect(r.objectivesOfBody('ubnd')).toEqual([]);
  });

  it('lists milestones by date (a tie by clause order), and tasks of a milestone', () => {
    expect(r.milestonesOfBody('snv')).toEqual([
      { milestone: 'quy-1', roles: ['lead'] },
      { milestone: 'hang-quy', roles: ['report'] },
    ]);
    expect(r.milestonesOfBody('bcd')).toEqual([{ milestone: 'hang-nam', roles: ['report'] }]);
    expect(r.tasksOfMilestone('quy-1')).toEqual(['the-che-1']);
    expect(r.milestonesOfTask('bao-cao')).toEqual(['hang-nam']);
  });

  it('shows the structure from both ends', () => {
    expect(r.childrenOfBody('bcd')).toEqual([{ body: 'snv', relation: 'standing-agency-of', source: 'iii-2-2-1' }]);
    expect(r.childrenOfBody('ubnd').map((l) => l.body)).toEqual(['snv', 'stp']);
    expect(r.parentsOfBody('snv').map((l) => l.relation)).toEqual(['part-of', 'standing-agency-of']);
  });

  it('relates tasks of the same clause, and not unrelated ones', () => {
    expect(r.relatedTasks('the-che-1')).toEqual([{ task: 'the-che-2', sameProvision: true, sharedMilestones: [] }]);
    expect(r.relatedTasks('bao-cao')).toEqual([]);
  });

  it('pairs reporters with receivers within one reporting milestone, and lists reports with no receiver', () => {
    expect(r.reportEdges).toEqual([{ from: 'bcd', to: 'ubnd', milestones: ['hang-nam'], sources: ['iii-4-1'] }]);
    expect(r.unaddressedReports).toEqual([{ from: 'snv', milestone: 'hang-quy', source: 'iii-4-3' }]);
  });

  it('gives the matrix its columns and cells', () => {
    expect(r.matrixBodies).toEqual(['bcd', 'snv', 'stp', 'ubnd']);
    expect(r.rolesIn('bao-cao', 'bcd')).toEqual(['report', 'receive-reports']);
    expect(r.rolesIn('bao-cao', 'stp')).toEqual([]);
  });

  it('splits the matrix by the numbered item a task falls under, with only the bodies that have a role there', () => {
    expect(r.matrixGroups).toEqual([
      { provision: undefined, document: 'qd', tasks: ['thi-hanh'], bodies: ['ubnd'] },
      { provision: 'ii-1', document: 'kh', tasks: ['the-che-1', 'the-che-2'], bodies: ['snv', 'stp'] },
      { provision: 'iii-4', document: 'kh', tasks: ['bao-cao'], bodies: ['bcd', 'snv', 'ubnd'] },
    ]);
  });

  it('finds backlinks: documents citing a reference, related terms both ways', () => {
    expect(r.documentsCiting('luat')).toEqual([{ document: 'kh', source: 'i-1' }]);
    expect(r.relatedTerms('lien-thong')).toEqual(['mot-cua']);
    expect(r.relatedTerms('mot-cua')).toEqual(['lien-thong']);
  });

  it('gives previous and next in a list', () => {
    expect(r.neighbours(r.tasks, 'the-che-2')).toEqual({ prev: 'the-che-1', next: 'bao-cao' });
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
  });
});
