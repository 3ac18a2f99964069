import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem, type RawEntry } from '../../src/lib/content/integrity.ts';
import { checkExplanations } from '../../src/lib/content/explanation-checks.ts';

const source = 'QUYẾT ĐỊNH\n\nĐiều 1. Sở Thử chủ trì.\n';
const ref = (collection: string, id: string) => ({ collection, id });
/** An entry of `collection` as its file c/<collection>/<id>.yaml gives it. */
const entry = (collection: string, id: string, data: Record<string, unknown>, body?: string): RawEntry => ({
  collection,
  id,
  filePath: `c/${collection}/${id}.yaml`,
  data,
  ...(body === undefined ? {} : { body }),
});
const base = (): RawEntry[] => [
  entry('documents', 'd', { sourceFile: 'sources/s.txt' }),
  entry('provisions', 'p1', { document: ref('documents', 'd'), paragraph: 1, kind: 'title', text: 'QUYẾT ĐỊNH' }),
  entry('provisions', 'p2', {
    document: ref('documents', 'd'),
    paragraph: 2,
    kind: 'article',
    label: 'Điều 1.',
    text: 'Điều 1. Sở Thử chủ trì.',
  }),
  entry('bodies', 'b', { aliases: ['Sở Thử'] }, 'Sở Thử chủ trì việc thử <Nguon id="p2" />.'),
  entry('milestones', 'm', {
    wording: 'chủ trì',
    source: ref('provisions', 'p2'),
    bodies: [{ body: ref('bodies', 'b'), role: 'lead', source: ref('provisions', 'p2'), scope: [] }],
  }),
];
const check = (entries: RawEntry[]) => checkContent(entries, () => source).map(formatProblem);

describe('checkContent', () => {
  it('passes good content', () => {
    expect(check(base())).toEqual([]);
  });

  it('names an unknown reference with its file, field and value', () => {
    const entries = [
      ...base(),
      entry('tasks', 't', { bodies: [{ body: ref('bodies', 'nope'), source: ref('provisions', 'p2') }] }),
    ];
    expect(check(entries)).toEqual([
      'c/tasks/t.yaml: field "bodies[0].body" = «nope»: no entry with this id in the bodies collection',
    ]);
  });

  it('names a provision whose text differs from the source', () => {
    const entries = base();
    (entries[2] as RawEntry).data['text'] = 'Điều 1. Sở Thử chủ tri.';
    expect(check(entries)[0]).toMatch(
      /^c\/provisions\/p2\.yaml: field "text" = «.*chủ tri\.»: differs from paragraph 2/,
    );
  });

  it('names a paragraph no provision encodes, and one encoded twice', () => {
    const entries = base();
    (entries[2] as RawEntry).data['paragraph'] = 1;
    const problems = check(entries);
    expect(problems).toContainEqual(
      expect.stringMatching(/c\/provisions\/p2\.yaml: field "paragraph" = «1»: paragraph 1 is already encoded/),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/content\/sources\/s\.txt: field "paragraph 2".*no provision encodes/),
    );
  });

  it('names an alias that is not in the text', () => {
    const entries = base();
    (entries[3] as RawEntry).data['aliases'] = ['Sở Thử', 'Sở Khác'];
    expect(check(entries)).toEqual([
      'c/bodies/b.yaml: field "aliases[1]" = «Sở Khác»: this spelling does not occur in the official text',
    ]);
  });

  it('names a milestone wording that is not in its provision', () => {
    const entries = base();
    (entries[4] as RawEntry).data['wording'] = 'quý I';
    expect(check(entries)).toEqual([
      'c/milestones/m.yaml: field "wording" = «quý I»: these words do not occur in provision p2',
    ]);
  });

  it('names a label the text does not begin with', () => {
    const entries = base();
    (entries[2] as RawEntry).data['label'] = 'Điều 2.';
    expect(check(entries)).toEqual([
      'c/provisions/p2.yaml: field "label" = «Điều 2.»: the text does not begin with this label',
    ]);
  });
});

describe('checkContent: roles are read from the words of their clause', () => {
  const withRole = (extra: Record<string, unknown>) => {
    const entries = base();
    const m = entries[4] as RawEntry;
    m.data['bodies'] = [
      { body: ref('bodies', 'b'), role: 'lead', source: ref('provisions', 'p2'), scope: [], ...extra },
    ];
    return entries;
  };

  it('names a role whose clause does not name the body', () => {
    const entries = withRole({ source: ref('provisions', 'p1') });
    expect(check(entries)).toContain(
      'c/milestones/m.yaml: field "bodies[0].source" = «p1»: this provision does not name «b» by any of its aliases («Sở Thử»), so it cannot be the clause that gives this role',
    );
  });

  it('names scope words that are not in the clause', () => {
    expect(check(withRole({ scope: ['còn lại'] }))).toEqual([
      'c/milestones/m.yaml: field "bodies[0].scope[0]" = «còn lại»: these words do not occur in provision p2, the clause the role is read from',
    ]);
  });

  it('names a body a duty-giving clause names without a role or a reason', () => {
    const entries = base();
    (entries[4] as RawEntry).data['bodies'] = [];
    expect(check(entries)).toEqual([
      'c/provisions/p2.yaml: field "mentionedWithoutDuty" = «b»: the provision names «Sở Thử» but no task or milestone gives this body a role read from it; add the role, or list the body under mentionedWithoutDuty with the reason it has no duty here',
    ]);
  });

  it('accepts a body listed as named without a duty, with its reason', () => {
    const entries = base();
    (entries[4] as RawEntry).data['bodies'] = [];
    (entries[2] as RawEntry).data['mentionedWithoutDuty'] = [
      { body: ref('bodies', 'b'), reason: 'Chỉ được nhắc tên.' },
    ];
    expect(check(entries)).toEqual([]);
  });

  it('names a listing that contradicts a role, or a body the clause does not name', () => {
    const entries = base();
    (entries[2] as RawEntry).data['mentionedWithoutDuty'] = [
      { body: ref('bodies', 'b'), reason: 'Chỉ được nhắc tên.' },
    ];
    (entries[1] as RawEntry).data['mentionedWithoutDuty'] = [
      { body: ref('bodies', 'b'), reason: 'Chỉ được nhắc tên.' },
    ];
    expect(check(entries)).toEqual([
      'c/provisions/p1.yaml: field "mentionedWithoutDuty[0].body" = «b»: this provision does not name this body, so it cannot be listed as named without a duty',
      'c/provisions/p2.yaml: field "mentionedWithoutDuty[0].body" = «b»: this body has a role read from this provision, so it is not named without a duty',
    ]);
  });

  it('names a link between bodies with neither a clause nor a reading', () => {
    const entries = [
      ...base(),
      entry('bodies', 'g', { aliases: ['Sở Thử'], parents: [{ body: ref('bodies', 'b'), relation: 'one-of' }] }),
    ];
    expect(check(entries)).toContain(
      'c/bodies/g.yaml: field "parents[0].source" = «b»: a link with no clause that states it must be marked as the editors\' reading, with its reason ("interpretation")',
    );
  });
});

describe('checkExplanations', () => {
  const lesson = (body: string): RawEntry => ({
    collection: 'parts',
    id: 'p',
    filePath: 'c/parts/p.mdx',
    data: {},
    body,
  });
  const q = '<CauHoi hoi="Vì sao?">\n\nVì văn bản nói vậy <Nguon id="x" />.\n\n</CauHoi>';
  const good = `## Nói ngắn gọn\n\nNgắn <Nguon id="x" />.\n\n## Ai làm gì\n\nSở làm <Nguon id="x" />.\n\n## Câu hỏi thảo luận\n\n${q}\n\n${q}\n`;
  const run = (entries: RawEntry[]) => checkExplanations(entries).map(formatProblem);

  it('accepts a lesson with its three sections and two to four questions', () => {
    expect(run([lesson(good)])).toEqual([]);
  });

  it('names a lesson with no explanation, a missing section, too many words or too few questions', () => {
    expect(run([lesson('')])[0]).toMatch(/^c\/parts\/p\.mdx: field "body" = «»: has no explanation/);
    expect(run([lesson(good.replace('## Ai làm gì', '## Ai làm'))])).toEqual([
      'c/parts/p.mdx: field "body" = «## Ai làm gì»: this section of the lesson is missing',
    ]);
    const long = good.replace('Ngắn', Array.from({ length: 121 }, () => 'chữ').join(' '));
    expect(run([lesson(long)])).toEqual([
      'c/parts/p.mdx: field "body" = «121 words»: «Nói ngắn gọn» must be at most 120 words',
    ]);
    expect(run([lesson(good.replace(`${q}\n\n${q}`, q))])).toEqual([
      'c/parts/p.mdx: field "body" = «1 questions»: «Câu hỏi thảo luận» must hold 2 to 4 <CauHoi> questions',
    ]);
  });

  it('asks every body with a duty, and only those, for an explanation', () => {
    const body = (id: string): RawEntry => ({
      collection: 'bodies',
      id,
      filePath: `c/bodies/${id}.mdx`,
      data: {},
      body: '',
    });
    const task: RawEntry = {
      collection: 'tasks',
      id: 't',
      filePath: 'c/tasks/t.mdx',
      data: { bodies: [{ body: ref('bodies', 'co-viec') }] },
    };
    expect(run([task, body('co-viec'), body('khong-viec')])).toEqual([
      'c/bodies/co-viec.mdx: field "body" = «»: the plan gives this body duties, so its page needs a short explanation of what the plan asks of it',
    ]);
  });
});
