import { describe, expect, it } from 'vitest';
import { handoutOf, planSummary, rolesSentence, sectionsOf, type HandoutSource } from '../../src/lib/print/handouts.ts';
import type { Role } from '../../src/schemas/roles.ts';
import { provisionOutline, ref } from './provision-fixtures.ts';

const role = (body: string, r: Role, source: string) => ({ body: ref(body), role: r, source: ref(source) });
const NAMES: Record<string, string> = { snv: 'Sở Nội vụ', stc: 'Sở Tài chính', ubnd: 'UBND tỉnh', bcd: 'Ban Chỉ đạo' };

/** A plan of two sections: objectives in I, tasks in II. */
const source: HandoutSource = {
  provisionsOf: (doc) =>
    doc === 'kh'
      ? provisionOutline(
          'kh',
          `
          kh-i section
            kh-i-1 item
          kh-ii section
            kh-ii-1 item
              kh-ii-1-g1 bullet
            kh-ii-2 item
            kh-ii-3 item
          `,
        )
      : provisionOutline(doc, 'qd-art-1 article'),
  tasks: [
    {
      id: 'nv-2',
      data: {
        title: 'Báo cáo',
        area: 'to-chuc-thuc-hien',
        provision: ref('kh-ii-2'),
        bodies: [role('bcd', 'report', 'kh-ii-2'), role('ubnd', 'receive-reports', 'kh-ii-2')],
        milestones: [{ milestone: ref('m-quy') }],
        objectives: [],
      },
    },
    {
      id: 'nv-1',
      data: {
        title: 'Cải cách tài chính',
        area: 'tai-chinh',
        provision: ref('kh-ii-1-g1'),
        bodies: [role('stc', 'lead', 'kh-ii-1-g1'), role('snv', 'coordinate', 'kh-ii-1-g1')],
        milestones: [],
        objectives: [{ objective: ref('mt-1'), interpretation: 'Cách đọc của trang.' }],
      },
    },
    {
      id: 'nv-3',
      data: {
        title: 'Việc không ai',
        area: 'the-che',
        provision: ref('kh-ii-3'),
        bodies: [],
        milestones: [],
        objectives: [],
      },
    },
    {
      id: 'nv-4',
      data: {
        title: 'Một mình làm',
        area: 'the-che',
        provision: ref('kh-ii-3'),
        bodies: [role('snv', 'carry-out', 'kh-ii-3')],
        milestones: [],
        objectives: [],
      },
    },
  ],
  objectives: [{ id: 'mt-1', data: { label: '1', title: 'Mục tiêu chung', provision: ref('kh-i-1') } }],
  bodyName: (id) => NAMES[id] ?? id,
  mentionsIn: (id) =>
    id === 'kh-ii-1' ? [{ start: 0, end: 3, target: { collection: 'glossary', id: 'mot-cua' } }] : [],
  location: (id) => `khoản ${id}`,
  milestones: [
    {
      id: 'm-ky',
      title: 'Ký',
      kind: 'signing',
      recurring: false,
      wording: 'ngày 09',
      whenLabel: '09/02/2007',
      source: 'qd-art-1',
      bodies: [],
    },
    {
      id: 'm-quy',
      title: 'Báo cáo quý',
      kind: 'report',
      recurring: true,
      wording: 'hàng quý',
      whenLabel: 'hằng quý',
      source: 'kh-ii-2',
      bodies: [],
    },
    {
      id: 'm-can-cu',
      title: 'Luật',
      kind: 'legal-basis',
      recurring: false,
      wording: '2003',
      whenLabel: '2003',
      source: 'qd-art-1',
      bodies: [],
    },
  ],
  parts: [{ id: 'linh-vuc-2', data: { provision: { id: 'kh-ii-1' } } }],
  taskOrder: ['nv-1', 'nv-2', 'nv-3', 'nv-4'],
  objectiveOrder: ['mt-1'],
  reportEdges: [{ from: 'bcd', to: 'ubnd', sources: ['kh-ii-2'] }],
};

describe('handoutOf', () => {
  const ii = handoutOf(source, 'kh', 'kh-ii');

  it('holds the section and everything under it, in printed order', () => {
    expect(sectionsOf(source, 'kh').map((s) => s.id)).toEqual(['kh-i', 'kh-ii']);
    expect(ii.provisions).toEqual(['kh-ii', 'kh-ii-1', 'kh-ii-1-g1', 'kh-ii-2', 'kh-ii-3']);
  });

  it('lists the section’s tasks in plan order, its bodies by their first role, its terms', () => {
    expect(ii.tasks).toEqual(['nv-1', 'nv-2', 'nv-3', 'nv-4']);
    expect(ii.bodies.map((b) => [b.body, b.roles])).toEqual([
      ['stc', ['lead']],
      ['snv', ['coordinate', 'carry-out']],
      ['bcd', ['report']],
      ['ubnd', ['receive-reports']],
    ]);
    expect(ii.terms).toEqual(['mot-cua']);
  });

  it('takes its lessons from the section’s objectives and parts, in plan order', () => {
    expect(ii.lessons).toEqual([{ collection: 'parts', id: 'linh-vuc-2' }]);
    const i = handoutOf(source, 'kh', 'kh-i');
    expect(i.objectives).toEqual(['mt-1']);
    expect(i.tasks).toEqual([]);
    expect(i.lessons).toEqual([{ collection: 'objectives', id: 'mt-1' }]);
  });
});

describe('rolesSentence', () => {
  it('groups bodies by role, without repeats', () => {
    expect(
      rolesSentence(
        [role('snv', 'carry-out', 'x'), role('stc', 'carry-out', 'x'), role('snv', 'carry-out', 'y')],
        (id) => NAMES[id] ?? id,
      ),
    ).toBe('Thực hiện: Sở Nội vụ; Sở Tài chính.');
  });
});

describe('planSummary', () => {
  const s = planSummary(source, ['qd', 'kh']);

  it('counts tasks and lead bodies per area, in the order of AREAS', () => {
    expect(s.areas.map((a) => [a.area, a.tasks, a.leads])).toEqual([
      ['the-che', 2, []],
      ['tai-chinh', 1, ['Sở Tài chính']],
      ['to-chuc-thuc-hien', 1, []],
    ]);
    expect(s.leads).toEqual([{ body: 'stc', name: 'Sở Tài chính', tasks: 1 }]);
  });

  it('splits dates from recurring obligations and leaves out legal bases', () => {
    expect(s.dates.map((m) => m.id)).toEqual(['m-ky']);
    expect(s.recurring.map((m) => m.id)).toEqual(['m-quy']);
  });

  it('covers only the documents given', () => {
    expect(planSummary(source, ['kh']).dates).toEqual([]);
  });
});
