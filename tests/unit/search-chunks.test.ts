import { decode } from 'cborg';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chunkBounds, chunkWords, rechunk, type IndexFile } from '../../scripts/lib/search-chunks.ts';
import { pack, unpack } from '../../scripts/lib/search-index.ts';

describe('chunkWords', () => {
  /** Cuts words (in the order given, each with its weight in positions) and lists each chunk's words. */
  const cut = (weights: Record<string, number>, size: number) =>
    chunkWords(
      Object.entries(weights),
      ([word]) => word,
      ([, weight]) => weight,
      size,
    ).map((c) => c.map(([word]) => word));

  it('cuts words in order once a chunk reaches the size, as Pagefind does', () => {
    const words = { a: 3, b: 1, c: 1, d: 5, e: 2, f: 2, g: 1 };
    expect(cut(words, 4)).toEqual([['a', 'b'], ['c', 'd'], ['e', 'f'], ['g']]);
    expect(cut(words, 100)).toEqual([['a', 'b', 'c', 'd', 'e', 'f', 'g']]);
    expect(cut({}, 4)).toEqual([]);
  });

  it('keeps a word with the words it starts, so that one chunk answers it', () => {
    expect(cut({ soq: 5, 'soq»': 1, soq1q: 1, soatq: 5, tuq: 5 }, 2)).toEqual([
      ['soq', 'soq»', 'soq1q'],
      ['soatq'],
      ['tuq'],
    ]);
  });
});

describe('chunkBounds', () => {
  it('shortens neighbouring bounds to one letter past their common prefix', () => {
    expect(
      chunkBounds([
        ['an', 'cao'],
        ['chi', 'dao'],
        ['dat', 'đạo'],
      ]),
    ).toEqual([
      ['an', 'ca'],
      ['ch', 'dao'],
      ['dat', 'đạo'],
    ]);
    // Letters are whole characters, never halves of a UTF-16 pair or of a UTF-8 sequence.
    expect(chunkBounds([['a', 'đạo'], ['đất']])).toEqual([
      ['a', 'đạ'],
      ['đấ', 'đất'],
    ]);
  });
});

// A real Pagefind index of a few pages, rechunked: the runtime must find every word where the metadata says it is.
const read = (files: IndexFile[], path: string) => {
  const file = files.find((f) => f.path === path);
  if (!file) throw new Error(`no ${path}`);
  return decode(unpack(file.content, path), { useMaps: false }) as unknown[];
};
const entryOf = (files: IndexFile[]) =>
  JSON.parse(Buffer.from(files.find((f) => f.path === 'pagefind-entry.json')?.content ?? []).toString()) as {
    version: string;
    languages: Record<string, { hash: string }>;
  };
/** Every word of the index, chunk by chunk, with the bounds the metadata gives the chunk. */
const chunksOf = (files: IndexFile[]) => {
  const meta = read(files, `pagefind.${entryOf(files).languages['vi']?.hash}.pf_meta`);
  return (meta[2] as [string, string, string][]).map(([from, to, hash]) => ({
    from,
    to,
    words: (read(files, `index/${hash}.pf_index`)[0] as [string][]).map((w) => w[0]),
  }));
};

let original: IndexFile[];
beforeAll(async () => {
  const { index } = await pagefind.createIndex({});
  if (!index) throw new Error('no index');
  const texts = [
    'Sở Nội vụ chủ trì xây dựng kế hoạch cải cách hành chính hằng năm',
    'Sở Tài chính chủ trì cải cách tài chính công',
    'Sở Tư pháp chỉ đạo, hướng dẫn, kiểm tra việc xây dựng thể chế',
    'Văn phòng Uỷ ban nhân dân tỉnh phối hợp rà soát thủ tục hành chính',
  ];
  for (const [i, content] of texts.entries()) await index.addCustomRecord({ url: `/p${i}/`, content, language: 'vi' });
  original = (await index.getFiles()).files.map((f) => ({ path: f.path, content: f.content }));
});
afterAll(() => pagefind.close());

describe('rechunk', () => {
  it('keeps every word, in order, in chunks of the size asked for, each within its bounds', () => {
    const before = chunksOf(original);
    expect(before).toHaveLength(1);
    const after = chunksOf(rechunk(original, 3));
    expect(after.length).toBeGreaterThan(5);
    expect(after.flatMap((c) => c.words)).toEqual(before.flatMap((c) => c.words));
    // Pagefind's bounds: a chunk's first and last words start with its bounds, and a chunk's upper bound sorts
    // before the next one's lower bound, so each word belongs to one chunk.
    for (const [i, c] of after.entries()) {
      expect(c.words[0]?.startsWith(c.from), `${c.words[0]} from ${c.from}`).toBe(true);
      expect(c.words.at(-1)?.startsWith(c.to), `${c.words.at(-1)} to ${c.to}`).toBe(true);
      const next = after[i + 1];
      if (next) expect(c.to < next.from, `${c.to} < ${next.from}`).toBe(true);
    }
  });

  it('names the new metadata in the entry file and drops the old chunks', () => {
    const files = rechunk(original, 3);
    const hash = entryOf(files).languages['vi']?.hash;
    expect(files.some((f) => f.path === `pagefind.${hash}.pf_meta`)).toBe(true);
    expect(files.filter((f) => f.path.endsWith('.pf_meta'))).toHaveLength(1);
    const listed = (read(files, `pagefind.${hash}.pf_meta`)[2] as string[][]).map((c) => `index/${c[2]}.pf_index`);
    expect(
      files
        .filter((f) => f.path.startsWith('index/'))
        .map((f) => f.path)
        .sort(),
    ).toEqual([...listed].sort());
    // The fragments are untouched.
    expect(files.filter((f) => f.path.startsWith('fragment/'))).toEqual(
      original.filter((f) => f.path.startsWith('fragment/')),
    );
  });

  it('stops, naming the file, when Pagefind’s layout is not the one it reads', () => {
    const entry = entryOf(original);
    const other = original.map((f) =>
      f.path === 'pagefind-entry.json'
        ? { ...f, content: Buffer.from(JSON.stringify({ ...entry, version: '9.0.0' })) }
        : f,
    );
    expect(() => rechunk(other)).toThrow(/pagefind-entry\.json: version 9\.0\.0/);
    const metaPath = `pagefind.${entry.languages['vi']?.hash}.pf_meta`;
    const broken = original.map((f) => (f.path === metaPath ? { ...f, content: pack(Buffer.from([0x80])) } : f));
    expect(() => rechunk(broken)).toThrow(new RegExp(`${metaPath.replace(/\./g, '\\.')}: unexpected metadata`));
  });
});
