import { describe, expect, it } from 'vitest';
import type { EntryBody } from '../../src/lib/dates/timeline.ts';
import { bodyPage, bodyToc } from '../../src/lib/pages/body-page.ts';
import { trailUnder } from '../../src/lib/pages/breadcrumbs.ts';
import { checklistPage } from '../../src/lib/pages/checklist-page.ts';
import { busiestBodies, homePage, type HomePageCorpus } from '../../src/lib/pages/home-page.ts';
import { neighbourLinks } from '../../src/lib/pages/link.ts';
import { objectivePage } from '../../src/lib/pages/objective-page.ts';
import { quarterPagesOf } from '../../src/lib/pages/quarter-page.ts';
import { referencePage } from '../../src/lib/pages/reference-page.ts';
import { summaryPage } from '../../src/lib/pages/summary-page.ts';
import { relatedNote, taskPage } from '../../src/lib/pages/task-page.ts';
import { termPage } from '../../src/lib/pages/term-page.ts';
import type { HandoutSource } from '../../src/lib/print/handouts.ts';
import type { Duty } from '../../src/lib/relations/relations.ts';
import type { PlanDate } from '../../src/schemas/plan-date.ts';
import { timelineEntry } from './plan-date-fixtures.ts';
import { ref } from './provision-fixtures.ts';

const duty = (source: string, extra: Partial<Duty> = {}): Duty => ({
  key: `snv:duty:${source}`,
  body: 'snv',
  force: 'duty',
  roles: ['lead'],
  source,
  scope: [],
  notes: [],
  tasks: [],
  milestones: [],
  ...extra,
});
/** A lookup from a table, failing loudly on an id the test did not give. */
const lookup =
  <T>(table: Record<string, T>) =>
  (id: string): T => {
    const found = table[id];
    if (found === undefined) throw new Error(`no «${id}» in the test's table`);
    return found;
  };
const DATES: Record<string, PlanDate> = {
  'm-han': { kind: 'day', date: '2007-06-30' },
  'm-quy': { kind: 'quarter', year: 2008, quarter: 3 },
  'm-dot-xuat': { kind: 'ad-hoc' },
};
const milestone = lookup(Object.fromEntries(Object.entries(DATES).map(([id, when]) => [id, { data: { when } }])));

describe('neighbourLinks', () => {
  const link = (id: string) => ({ href: `/${id}/`, label: id.toUpperCase() });

  it('names the entries before and after as links', () => {
    expect(neighbourLinks({ prev: 'a', next: 'c' }, link)).toEqual({
      prev: { href: '/a/', label: 'A' },
      next: { href: '/c/', label: 'C' },
    });
  });

  it('gives no link at an end of the list', () => {
    expect(neighbourLinks({ next: 'b' }, link)).toEqual({ prev: undefined, next: { href: '/b/', label: 'B' } });
  });
});

describe('bodyPage', () => {
  const inherited = [
    {
      via: { from: 'cac-so', path: [] },
      duties: [duty('kh-iii-1'), duty('kh-iii-2')],
    },
  ];
  const relations = {
    dutiesOfBody: () => [duty('kh-ii-1')],
    inheritedDutiesOf: () => inherited,
    milestonesOfBody: () => [
      { milestone: 'm-han', roles: ['lead' as const] },
      { milestone: 'm-dot-xuat', roles: ['report' as const], via: 'cac-so' },
      { milestone: 'm-quy', roles: ['lead' as const] },
    ],
    objectivesOfBody: () => ['mt-2', 'mt-1'],
    tasksOfBody: () => [
      { task: 'nv-1', roles: [] },
      { task: 'nv-2', roles: [] },
      { task: 'nv-3', roles: [] },
    ],
  };
  const corpus = {
    milestone,
    task: lookup({
      'nv-1': { data: { area: 'bo-may' as const } },
      'nv-2': { data: { area: 'the-che' as const } },
      'nv-3': { data: { area: 'bo-may' as const } },
    }),
    objective: lookup({ 'mt-1': { data: { title: 'Một' } }, 'mt-2': { data: { title: 'Hai' } } }),
  };
  const page = bodyPage({ id: 'snv', data: { group: false } }, corpus, relations);

  it('lists deadlines apart from recurring work and ad-hoc reports, each in date order', () => {
    expect(page.deadlines.map((m) => m.milestone)).toEqual(['m-han', 'm-quy']);
    expect(page.recurring.map((m) => m.milestone)).toEqual(['m-dot-xuat']);
  });

  it('tags the page with the areas of its tasks, once each, and marks a group as a hub', () => {
    expect(page.search).toEqual({ kind: 'body', hub: false, bodies: ['snv'], areas: ['bo-may', 'the-che'] });
    expect(bodyPage({ id: 'cac-so', data: { group: true } }, corpus, relations).search.hub).toBe(true);
  });

  it('links the objectives of its tasks in the order relations give', () => {
    expect(page.objectives).toEqual([
      { href: '/muc-tieu/mt-2/', label: 'Hai' },
      { href: '/muc-tieu/mt-1/', label: 'Một' },
    ]);
  });

  it('has a timeline with any date, and a calendar only with a date that falls on days', () => {
    expect([page.onTimeline, page.calendar]).toEqual([true, true]);
    const adHocOnly = { ...relations, milestonesOfBody: () => [{ milestone: 'm-dot-xuat', roles: [] }] };
    const undated = bodyPage({ id: 'snv', data: { group: false } }, corpus, adHocOnly);
    expect([undated.onTimeline, undated.calendar]).toEqual([true, false]);
    const none = bodyPage({ id: 'snv', data: { group: false } }, corpus, { ...relations, milestonesOfBody: () => [] });
    expect([none.onTimeline, none.calendar]).toEqual([false, false]);
  });
});

describe('bodyToc', () => {
  it('counts the duties of each list, and lists the group duties only when there are some', () => {
    const labels = (own: number, inherited: Parameters<typeof bodyToc>[1]) =>
      bodyToc(own, inherited).map((l) => l.label);
    expect(
      labels(2, [{ via: { from: 'g', path: [] }, duties: [duty('a'), duty('b'), duty('c')] }]).slice(0, 2),
    ).toEqual(['Việc văn bản giao (2)', 'Việc có vì thuộc nhóm (3)']);
    expect(labels(0, [])).not.toContain('Việc có vì thuộc nhóm (0)');
    expect(labels(0, [])).toHaveLength(6);
  });
});

describe('checklistPage', () => {
  it('prints each line with the group it comes through, its dates and its citation', () => {
    const { lines } = checklistPage(
      { id: 'snv' },
      {
        milestone,
        task: lookup({ 'nv-1': { data: { title: 'Rà soát thủ tục' } } }),
        provision: lookup({ 'kh-ii-1': { data: { text: '1. Rà soát.' } } }),
        body: lookup({ 'cac-so': { data: { name: 'Các sở' } } }),
        citation: (p) => `khoản ${p}`,
      },
      {
        dutiesOfBody: () => [duty('kh-ii-1', { tasks: ['nv-1'] })],
        inheritedDutiesOf: () => [
          { via: { from: 'cac-so', path: [] }, duties: [duty('kh-ii-1', { milestones: ['m-quy', 'm-han'] })] },
        ],
      },
    );
    // The order is checklistOf's; each line carries what it prints.
    const printed = lines.map((l) => [l.what, l.viaName, l.dates.map((d) => d.kind), l.citation]);
    expect(printed).toHaveLength(2);
    expect(printed).toContainEqual(['1. Rà soát.', 'Các sở', ['quarter', 'day'], 'khoản kh-ii-1']);
    expect(printed).toContainEqual(['Rà soát thủ tục', undefined, [], 'khoản kh-ii-1']);
  });
});

describe('objectivePage', () => {
  const objectives = {
    'mt-chung': { data: { label: '1', title: 'Mục tiêu chung' } },
    'mt-1': { data: { label: '2.1', title: 'Thể chế' } },
    'mt-2': { data: { label: '2.2', title: 'Bộ máy' } },
    'mt-3': { data: { label: '2.3', title: 'Cán bộ' } },
  };
  const part = (id: string, objective: string) => ({
    id,
    data: {
      kind: 'area' as const,
      title: `Lĩnh vực ${id}`,
      provision: ref(`kh-${id}`),
      objectives: [{ objective: ref(objective), interpretation: 'Cách đọc của trang, có lý do.' }],
    },
  });
  const page = objectivePage(
    { id: 'mt-2', data: { provision: ref('kh-i-2-2'), parent: ref('mt-chung') } },
    {
      objective: lookup(objectives),
      body: lookup({ snv: { data: { name: 'Sở Nội vụ' } }, stc: { data: { name: 'Sở Tài chính' } } }),
      location: (p) => `khoản ${p}`,
      parts: [part('bo-may', 'mt-2'), part('the-che', 'mt-1')],
    },
    {
      objectives: ['mt-chung', 'mt-1', 'mt-2', 'mt-3'],
      neighbours: (list, id) => ({ prev: list[list.indexOf(id) - 1], next: list[list.indexOf(id) + 1] }),
      childObjectives: () => [],
      tasksOfObjective: () => [
        { task: 'nv-1', objective: 'mt-2', source: 'kh-ii-1' },
        { task: 'nv-2', objective: 'mt-2', source: 'kh-ii-2', interpretation: 'Lý do một.' },
        { task: 'nv-3', objective: 'mt-2', source: 'kh-ii-3', interpretation: 'Lý do một.' },
      ],
      bodiesOfObjective: () => [
        { body: 'snv', roles: ['lead', 'coordinate'] },
        { body: 'stc', roles: ['coordinate'] },
      ],
    },
  );

  it('cites the stated links to its tasks and gives each reason for the read ones once', () => {
    expect(page.tasks).toEqual([
      { task: 'nv-1', source: 'kh-ii-1', interpretation: undefined },
      { task: 'nv-2', source: undefined, interpretation: 'Lý do một.' },
      { task: 'nv-3', source: undefined, interpretation: 'Lý do một.' },
    ]);
    expect(page.readings).toEqual(['Lý do một.']);
  });

  it('lists only the areas that serve it, with their place in the text and the reading', () => {
    expect(page.areas).toEqual([
      {
        id: 'bo-may',
        href: '/linh-vuc/bo-may/',
        title: 'Lĩnh vực bo-may',
        location: 'khoản kh-bo-may',
        interpretation: 'Cách đọc của trang, có lý do.',
      },
    ]);
  });

  it('names its bodies with their roles, and tags the page with them and its clause', () => {
    expect(page.bodies.map((b) => `${b.name}: ${b.roles}`)).toEqual([
      'Sở Nội vụ: Chủ trì, Phối hợp',
      'Sở Tài chính: Phối hợp',
    ]);
    expect(page.search).toEqual({ kind: 'objective', bodies: ['snv', 'stc'], cite: 'khoản kh-i-2-2' });
  });

  it('links its parent and the objectives before and after it', () => {
    expect(page.parent).toEqual({ href: '/muc-tieu/mt-chung/', label: 'Mục tiêu chung' });
    expect(page.neighbours).toEqual({
      prev: { href: '/muc-tieu/mt-1/', label: 'Thể chế' },
      next: { href: '/muc-tieu/mt-3/', label: 'Cán bộ' },
    });
  });
});

describe('taskPage', () => {
  it('says why a task is related: a clause beside it, a milestone in common, or both', () => {
    expect(relatedNote({ task: 'x', sameProvision: true, sharedMilestones: [] })).toBe('cùng khoản hoặc khoản kề');
    expect(relatedNote({ task: 'x', sameProvision: false, sharedMilestones: ['m'] })).toBe('chung mốc thời gian');
    expect(relatedNote({ task: 'x', sameProvision: true, sharedMilestones: ['m'] })).toBe(
      'cùng khoản hoặc khoản kề; chung mốc thời gian',
    );
  });

  it('tags the page with its area, bodies and clause, and links the objectives it serves', () => {
    const page = taskPage(
      { id: 'nv-1', data: { provision: ref('kh-ii-1'), area: 'the-che', bodies: [{ body: ref('stp') }] } },
      {
        task: lookup({ 'nv-2': { data: { title: 'Sau' } } }),
        objective: lookup({ 'mt-1': { data: { title: 'Thể chế' } } }),
        citation: (p) => `khoản ${p} Kế hoạch`,
        location: (p) => `khoản ${p}`,
      },
      {
        tasks: ['nv-1', 'nv-2'],
        neighbours: () => ({ next: 'nv-2' }),
        objectivesOfTask: () => [{ task: 'nv-1', objective: 'mt-1', source: 'kh-ii-1' }],
        milestonesOfTask: () => ['m-han'],
        relatedTasks: () => [{ task: 'nv-2', sameProvision: true, sharedMilestones: [] }],
      },
    );
    expect(page.search).toEqual({ kind: 'task', areas: ['the-che'], bodies: ['stp'], cite: 'khoản kh-ii-1' });
    expect(page.citation).toBe('khoản kh-ii-1 Kế hoạch');
    expect(page.objectives).toEqual([
      { id: 'mt-1', href: '/muc-tieu/mt-1/', title: 'Thể chế', source: 'kh-ii-1', interpretation: undefined },
    ]);
    expect(page.related).toEqual([{ task: 'nv-2', note: 'cùng khoản hoặc khoản kề' }]);
    expect(page.neighbours).toEqual({ prev: undefined, next: { href: '/nhiem-vu/nv-2/', label: 'Sau' } });
  });
});

describe('termPage', () => {
  it('links the related terms by their names', () => {
    const page = termPage(
      { id: 'mot-cua' },
      { term: lookup({ 'lien-thong': { data: { term: 'một cửa liên thông' } } }) },
      { relatedTerms: () => ['lien-thong'] },
    );
    expect(page.related).toEqual([{ href: '/thuat-ngu/lien-thong/', label: 'một cửa liên thông' }]);
  });
});

describe('referencePage', () => {
  const page = referencePage(
    { id: 'tt-37', data: { type: 'Tờ trình', number: '37/TTr-SNV' } },
    {
      documents: [
        { id: 'qd', data: { proposal: { by: ref('snv'), submission: ref('tt-37'), source: ref('qd-can-cu') } } },
        { id: 'kh', data: {} },
        { id: 'khac', data: { proposal: { by: ref('snv'), submission: ref('tt-99'), source: ref('khac-1') } } },
      ],
      publicationOf: () => ({ root: ref('qd') }),
      documentCitation: (d) => `Văn bản ${d}`,
      body: lookup({ snv: { data: { name: 'Sở Nội vụ' } } }),
    },
    { documentsCiting: () => [{ document: 'kh', source: 'kh-i-1' }] },
  );

  it('names the document as the text calls it', () => {
    expect(page.name).toBe('Tờ trình số 37/TTr-SNV');
  });

  it('lists the documents citing it, and those issued on its proposal with who proposed them', () => {
    expect(page.citing).toEqual([{ href: '/van-ban/qd/', citation: 'Văn bản kh', source: 'kh-i-1' }]);
    expect(page.proposing).toEqual([
      {
        href: '/van-ban/qd/',
        citation: 'Văn bản qd',
        by: { href: '/co-quan/snv/', label: 'Sở Nội vụ' },
        source: 'qd-can-cu',
      },
    ]);
  });
});

describe('trailUnder', () => {
  it('leads from the home page through the list page, then any steps between', () => {
    expect(trailUnder('bodies', { href: '/co-quan/snv/', label: 'Sở Nội vụ' })).toEqual([
      { href: '/', label: 'Trang chủ' },
      { href: '/co-quan/', label: 'Cơ quan' },
      { href: '/co-quan/snv/', label: 'Sở Nội vụ' },
    ]);
  });
});

describe('homePage', () => {
  const duties: Record<string, number> = { a: 1, b: 5, c: 0, d: 3 };
  const relations = {
    bodies: ['a', 'b', 'c', 'd'],
    allDutiesOf: (id: string) => Array.from({ length: duties[id] ?? 0 }, (_, i) => duty(`k-${i}`)),
    dutiesOfBody: () => [],
    inheritedDutiesOf: () => [],
  };

  it('lists the bodies with the most duties first, and none without a duty', () => {
    expect(busiestBodies(relations)).toEqual(['b', 'd', 'a']);
    expect(busiestBodies(relations, 2)).toEqual(['b', 'd']);
  });

  const corpus: HomePageCorpus = {
    publications: [
      { root: ref('qd'), documents: [{ data: { shortTitle: 'Quyết định' } }, { data: { shortTitle: 'Kế hoạch' } }] },
    ],
    provisions: [
      { id: 'kh-i', data: { kind: 'section', text: 'I. MỤC TIÊU' } },
      { id: 'kh-iii-2-8', data: { kind: 'item', text: '2.8. Quyền phản ánh' } },
    ],
    tasks: [{ id: 'nv-kien-nghi', data: { provision: ref('kh-iii-2-8') } }],
    glossary: [{ id: 'co-che-mot-cua', body: 'Nộp hồ sơ ở một nơi.', data: { term: 'cơ chế một cửa' } }],
    bodies: [],
    body: (id) => ({ data: { name: id.toUpperCase() } }),
    documentCitation: (d) => `Văn bản ${d}`,
    clauseHref: (p) => `/van-ban/qd/#${p}`,
    location: (p) => `khoản ${p}`,
    provisionsMentioning: () => [ref('kh-ii-2')],
  };

  it('builds each way in from the content: the petition clause and its task, the one-stop term and clauses', () => {
    const home = homePage(corpus, relations);
    expect(home.citation).toBe('Văn bản qd');
    expect(home.readers).toEqual([{ href: '/van-ban/qd/', titles: ['Quyết định', 'Kế hoạch'] }]);
    expect(home.petition).toEqual({ clause: 'kh-iii-2-8', task: 'nv-kien-nghi' });
    expect(home.oneStop).toEqual([
      { id: 'co-che-mot-cua', term: 'cơ chế một cửa', explanation: 'Nộp hồ sơ ở một nơi.' },
    ]);
    expect(home.oneStopClauses).toEqual([{ href: '/van-ban/qd/#kh-ii-2', location: 'khoản kh-ii-2' }]);
    expect(home.busiest).toEqual([
      { id: 'b', name: 'B' },
      { id: 'd', name: 'D' },
      { id: 'a', name: 'A' },
    ]);
    expect(home.sections).toEqual([{ href: '/van-ban/qd/#kh-i', label: 'I. MỤC TIÊU' }]);
  });

  it('leaves out what the content lacks', () => {
    const home = homePage({ ...corpus, publications: [], provisions: [], glossary: [] }, relations);
    expect([home.citation, home.petition, home.oneStop, home.oneStopClauses, home.sections]).toEqual([
      '',
      undefined,
      [],
      [],
      [],
    ]);
  });
});

describe('quarterPagesOf', () => {
  const role = (id: string): EntryBody => ({ id, name: id, role: 'Chủ trì' });
  const entry = (id: string, when: PlanDate, bodies: EntryBody[] = []) =>
    timelineEntry(id, when, {
      whenLabel: id,
      wording: id,
      source: 'kh',
      citation: 'kh',
      location: 'kh',
      clauseHref: '',
      bodies,
    });

  const pages = quarterPagesOf(
    [
      entry('han-snv', { kind: 'day', date: '2008-08-15' }, [role('snv'), role('stc')]),
      entry('han-chung', { kind: 'quarter', year: 2008, quarter: 3 }),
      entry('han-2007', { kind: 'day', date: '2007-02-09' }, [role('snv')]),
      entry('dot-xuat', { kind: 'ad-hoc' }, [role('snv')]),
    ],
    ['stc', 'snv'],
    (id) => `Sở ${id}`,
  );
  const q3 = pages.find((p) => p.quarter.year === 2008 && p.quarter.quarter === 3);

  it('makes a page for every quarter of the years shown, each linking the quarters either side', () => {
    expect(pages.map((p) => `${p.quarter.year}-q${p.quarter.quarter}`)).toEqual([
      '2007-q1',
      '2007-q2',
      '2007-q3',
      '2007-q4',
      '2008-q1',
      '2008-q2',
      '2008-q3',
      '2008-q4',
    ]);
    expect(pages[0]?.neighbours).toEqual({
      prev: undefined,
      next: { href: '/thoi-gian/2007-q2/', label: 'Quý II/2007' },
    });
    expect(q3?.neighbours.prev?.href).toBe('/thoi-gian/2008-q2/');
  });

  it("lists each body in the site's order with its own roles, then the milestones no body has", () => {
    expect(q3?.count).toBe(2);
    expect(
      q3?.bodies.map((b) => [b.name, b.lines.map((l) => `${l.entry.id}:${l.roles.map((x) => x.id).join()}`)]),
    ).toEqual([
      ['Sở stc', ['han-snv:stc']],
      ['Sở snv', ['han-snv:snv']],
    ]);
    expect(q3?.unassigned.map((l) => l.entry.id)).toEqual(['han-chung']);
  });

  it('gives a table of contents only to a page of more than two sections, and counts the undated reports', () => {
    expect(q3?.toc.map((l) => l.href)).toEqual(['#cq-stc', '#cq-snv', '#khong-co-co-quan']);
    expect(pages[0]?.toc).toEqual([]);
    expect(q3?.undated).toBe(1);
  });
});

describe('summaryPage', () => {
  const source: HandoutSource = {
    provisionsOf: () => [],
    tasks: [],
    objectives: [],
    parts: [],
    bodyName: (id) => id,
    mentionsIn: () => [],
    location: (p) => p,
    milestones: [],
    taskOrder: [],
    objectiveOrder: [],
    reportEdges: [],
  };
  const objective = (label: string, document: string, parent?: string) => ({
    data: {
      label,
      title: `Mục tiêu ${label}`,
      provision: ref(`${document}-${label}`),
      ...(parent ? { parent: ref(parent) } : {}),
    },
  });
  const page = summaryPage(
    'kh',
    {
      document: () => ({
        data: { title: 'Kế hoạch cải cách', shortTitle: 'Kế hoạch', period: { from: 2006, to: 2010 } },
      }),
      publicationOf: () => ({ root: ref('qd'), documents: [ref('qd'), ref('kh')] }),
      documentCitation: (d) => `Văn bản ${d}`,
      objectives: [objective('1', 'kh'), objective('2.1', 'kh', 'mt-1'), objective('1', 'khac')],
      provision: (id) => ({ data: { document: ref(id.split('-')[0] ?? '') } }),
    },
    source,
  );

  it('gives the period, the general objectives of this document only, and the reader it cites', () => {
    expect(page.period).toBe('2006 – 2010');
    expect(page.general).toEqual([{ label: '1', title: 'Mục tiêu 1' }]);
    expect([page.citation, page.reader]).toEqual(['Văn bản kh', 'qd']);
  });
});
