import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem, type RawEntry } from '../../src/lib/integrity.ts';

const source = 'QUYẾT ĐỊNH\n\nĐiều 1. Sở Thử chủ trì.\n';
const ref = (collection: string, id: string) => ({ collection, id });
const base = (): RawEntry[] => [
  { collection: 'documents', id: 'd', filePath: 'c/documents/d.yaml', data: { sourceFile: 'sources/s.txt' } },
  {
    collection: 'provisions',
    id: 'p1',
    filePath: 'c/provisions/p1.yaml',
    data: { document: ref('documents', 'd'), paragraph: 1, kind: 'title', text: 'QUYẾT ĐỊNH' },
  },
  {
    collection: 'provisions',
    id: 'p2',
    filePath: 'c/provisions/p2.yaml',
    data: {
      document: ref('documents', 'd'),
      paragraph: 2,
      kind: 'article',
      label: 'Điều 1.',
      text: 'Điều 1. Sở Thử chủ trì.',
    },
  },
  { collection: 'bodies', id: 'b', filePath: 'c/bodies/b.yaml', data: { aliases: ['Sở Thử'] } },
  {
    collection: 'milestones',
    id: 'm',
    filePath: 'c/milestones/m.yaml',
    data: { wording: 'chủ trì', source: ref('provisions', 'p2') },
  },
];
const check = (entries: RawEntry[]) => checkContent(entries, () => source).map(formatProblem);

describe('checkContent', () => {
  it('passes good content', () => {
    expect(check(base())).toEqual([]);
  });

  it('names an unknown reference with its file, field and value', () => {
    const entries = base();
    entries.push({
      collection: 'tasks',
      id: 't',
      filePath: 'c/tasks/t.yaml',
      data: { bodies: [{ body: ref('bodies', 'nope'), source: ref('provisions', 'p2') }] },
    });
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
