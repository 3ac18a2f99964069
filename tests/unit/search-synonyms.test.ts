import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content/integrity.ts';
import { checkSynonyms, searchLexicon, type SynonymFile } from '../../src/lib/search/search-data.ts';
import { reword } from '../../src/lib/search/search-entries.ts';
import { searchSynonymSchema } from '../../src/schemas/search-synonym.ts';

const root = join(import.meta.dirname, '../..');
const officialText = readFileSync(join(root, 'content/sources/qd-26-2007-qd-ubnd.txt'), 'utf8');
const folder = 'content/search-synonyms';
const files: SynonymFile[] = readdirSync(join(root, folder))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({
    filePath: `${folder}/${f}`,
    data: searchSynonymSchema().parse(yaml.load(readFileSync(join(root, folder, f), 'utf8'))),
  }));
const file = (data: Partial<SynonymFile['data']>): SynonymFile => ({
  filePath: 'c/search-synonyms/x.yaml',
  data: { kind: 'everyday', typed: ['khiếu nại'], planTerm: 'phản ánh, kiến nghị', reason: 'r', ...data },
});
const check = (f: SynonymFile[]) => checkSynonyms(f, officialText).map(formatProblem);

describe('the schema of a synonym', () => {
  it('accepts a complete entry and trims what is typed', () => {
    expect(
      searchSynonymSchema().parse({ kind: 'abbreviation', typed: [' UBND '], planTerm: 'Uỷ ban nhân dân', reason: 'r' })
        .typed,
    ).toEqual(['UBND']);
  });

  it('refuses an unknown kind, an empty list, a missing plan term or reason', () => {
    const ok = { kind: 'everyday', typed: ['x y'], planTerm: 'a b', reason: 'r' };
    expect(() => searchSynonymSchema().parse({ ...ok, kind: 'slang' })).toThrow(/kind/);
    expect(() => searchSynonymSchema().parse({ ...ok, typed: [] })).toThrow(/typed/);
    expect(() => searchSynonymSchema().parse({ ...ok, planTerm: undefined })).toThrow(/planTerm/);
    expect(() => searchSynonymSchema().parse({ ...ok, reason: undefined })).toThrow(/reason/);
  });
});

describe('checkSynonyms', () => {
  it('passes a plan term printed in the text, in either tone placement', () => {
    expect(check([file({})])).toEqual([]);
    expect(check([file({ kind: 'abbreviation', typed: ['UBND'], planTerm: 'Ủy ban nhân dân' })])).toEqual([]);
  });

  it('names file, field and value when the plan term is not in the text', () => {
    expect(check([file({ planTerm: 'khiếu nại, tố cáo' })])).toEqual([
      'c/search-synonyms/x.yaml: field "planTerm" = «khiếu nại, tố cáo»: the plan’s term does not occur in the official text',
    ]);
  });

  it('refuses an abbreviation of several words, a word listed twice, and the plan term as its own synonym', () => {
    expect(check([file({ kind: 'abbreviation', typed: ['NĐ-CP'], planTerm: 'Nghị định' })])).toEqual([
      'c/search-synonyms/x.yaml: field "typed[0]" = «NĐ-CP»: an abbreviation must be one word (list «NĐ» and «CP», not «NĐ-CP»)',
    ]);
    expect(check([file({}), { ...file({}), filePath: 'c/search-synonyms/y.yaml' }])).toEqual([
      'c/search-synonyms/y.yaml: field "typed[0]" = «khiếu nại»: already listed in c/search-synonyms/x.yaml',
    ]);
    expect(check([file({ typed: ['phan anh kien nghi'] })])).toEqual([
      'c/search-synonyms/x.yaml: field "typed[0]" = «phan anh kien nghi»: is the plan’s term itself',
    ]);
  });
});

describe('the reviewed synonyms in content/search-synonyms', () => {
  it('all pass their checks against the official text', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(check(files)).toEqual([]);
  });

  it('spell out the abbreviations the issue names, and lead everyday words to the plan’s words', () => {
    const lexicon = searchLexicon(files);
    for (const abbreviation of ['ubnd', 'hdnd', 'cchc', 'cbcc', 'tthc', 'vbqppl', 'nd', 'cp', 'qd', 'ttg'])
      expect(lexicon.abbreviations[abbreviation], abbreviation).toBeDefined();
    expect(lexicon.abbreviations['ubnd']).toBe('uy ban nhan dan');
    expect(reword('khieu nai', lexicon)?.planTerm).toBe('phản ánh, kiến nghị');
    expect(reword('tố cáo', lexicon)?.planTerm).toBe('phản ánh, kiến nghị');
    expect(reword('thu tuc', lexicon)?.planTerm).toBe('thủ tục hành chính');
    expect(reword('cán bộ xã', lexicon)?.planTerm).toBe('công chức cấp xã');
  });
});
