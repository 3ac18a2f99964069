import { createHash } from 'node:crypto';
import { decode, encode } from 'cborg';
import { pack, unpack } from './search-index.ts';

/**
 * Smaller word-index chunks, so that a query fetches little.
 *
 * Pagefind splits the words of its index into chunks of about 20 000 word
 * positions, a constant in its source (`chunk_index(word_map, 20000)`, marked
 * «TODO: Parameterize these chunk sizes»), and a query fetches the chunk that
 * holds each of its words. Vietnamese is written in a small set of syllables
 * (about 1 100 on this site), each used on many pages, so such a chunk holds
 * ~25 KB of posting lists and almost every query needs a new one. This runs
 * Pagefind's own chunking step again on the files it wrote, with a smaller
 * size: the same words in the same order, the same rule for a chunk's bounds,
 * only more, smaller chunks. The runtime reads them as it reads its own.
 */

/**
 * Word positions per chunk (Pagefind's own measure; its default is 20 000). At 100 a chunk holds one
 * common syllable, or a few rare ones: ~2 KB. Measured by `npm run bench` (later query, median).
 */
export const CHUNK_POSITIONS = 100;

/** Pagefind's own chunk size, for comparison (tests/site/search.test.ts serves the index cut both ways). */
export const PAGEFIND_CHUNK_POSITIONS = 20_000;

/** The Pagefind version whose file layout this reads; another version stops the build. */
export const PAGEFIND_FORMAT = '1.6.0';

/** A file of Pagefind's output, as its Node API returns it. */
export interface IndexFile {
  path: string;
  content: Uint8Array;
}

/** Postings on one page: [page number, positions, positions in metadata]. */
export type Postings = [number, number[], ...unknown[]];
/** A word of the index: [word, postings, variants with other diacritics ([word, postings]), …]. */
export type Word = [string, Postings[], [string, Postings[]][], ...unknown[]];
/** A chunk as the metadata lists it: the first and last word it may hold, and its file's hash. */
type ChunkBounds = [from: string, to: string, hash: string];

const positions = (postings: Postings[]) => postings.reduce((n, p) => n + p[1].length + 1, 0);
/** What a word weighs in a chunk: its positions on every page, in every spelling. */
const weight = (w: Word) => positions(w[1]) + w[2].reduce((n, v) => n + positions(v[1]), 0);

/**
 * Words, in order, cut into chunks of at least `size` positions (the last may
 * be lighter), as Pagefind cuts them, except that a word is never parted from
 * the words that extend it («vuq», «vuq»», «vuq1q»): a query word matches
 * the words it starts, and the runtime fetches one chunk per query word.
 */
export function chunkWords<T>(words: T[], wordOf: (w: T) => string, weightOf: (w: T) => number, size: number): T[][] {
  const chunks: T[][] = [];
  let chunk: T[] = [];
  let n = 0;
  let root: string | undefined;
  for (const w of words) {
    const word = wordOf(w);
    const extendsRoot = root !== undefined && word.startsWith(root);
    if (n >= size && !extendsRoot) {
      chunks.push(chunk);
      chunk = [];
      n = 0;
    }
    if (!extendsRoot) root = word;
    chunk.push(w);
    n += weightOf(w);
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

/**
 * The bounds the metadata gives each chunk: its first and last word,
 * shortened between neighbours to one letter past their common prefix
 * (Pagefind's `get_prefixes`), so that a query word is looked up in the
 * chunk whose range holds it.
 */
export function chunkBounds(chunks: string[][]): [string, string][] {
  const bounds = chunks.map((c): [string, string] => [c[0] ?? '', c[c.length - 1] ?? '']);
  for (let i = 0; i + 1 < bounds.length; i++) {
    const a = [...(bounds[i] as [string, string])[1]];
    const b = [...(bounds[i + 1] as [string, string])[0]];
    let common = 0;
    while (common < a.length && common < b.length && a[common] === b[common]) common++;
    (bounds[i] as [string, string])[1] = a.slice(0, common + 1).join('');
    (bounds[i + 1] as [string, string])[0] = b.slice(0, common + 1).join('');
  }
  return bounds;
}

const hashOf = (lang: string, bytes: Uint8Array) => `${lang}_${createHash('sha256').update(bytes).digest('hex')}`;

function fail(path: string, what: string): never {
  throw new Error(
    `Search index: ${path}: ${what}. scripts/lib/search-chunks.ts reads Pagefind ${PAGEFIND_FORMAT}'s layout; check it against the installed Pagefind.`,
  );
}

/** One language's word index as Pagefind's files hold it. */
export interface WordIndex {
  lang: string;
  /** The metadata file and its decoded contents (the chunk list is its third field). */
  metaPath: string;
  meta: unknown[];
  /** The chunks, in order: their bounds and file, and their words. */
  chunks: { bounds: ChunkBounds; path: string; words: Word[] }[];
}

/**
 * Reads the word index of every language from Pagefind's files (`entry`: their
 * entry file, read already); stops, naming the file, at an unknown layout.
 */
export function readWordIndexes(files: IndexFile[], entry = readEntry(files)): WordIndex[] {
  const byPath = new Map(files.map((f) => [f.path, f]));
  /** A CBOR file of the index, decoded. */
  const read = (path: string) =>
    decode(unpack((byPath.get(path) ?? fail(path, 'missing')).content, path), { useMaps: false }) as unknown[];
  return Object.entries(entry.languages).map(([lang, language]) => {
    const metaPath = `pagefind.${language.hash}.pf_meta`;
    const meta = read(metaPath);
    if (meta[0] !== PAGEFIND_FORMAT || !Array.isArray(meta[2])) fail(metaPath, 'unexpected metadata');
    const chunks = (meta[2] as ChunkBounds[]).map((bounds) => {
      const path = `index/${bounds[2]}.pf_index`;
      const [words] = read(path) as [Word[]];
      for (const w of words)
        if (typeof w[0] !== 'string' || !Array.isArray(w[1]) || !Array.isArray(w[2]))
          fail(path, `unexpected word ${JSON.stringify(w).slice(0, 60)}`);
      return { bounds, path, words };
    });
    return { lang, metaPath, meta, chunks };
  });
}

interface Entry {
  version: string;
  languages: Record<string, { hash: string }>;
}
function readEntry(files: IndexFile[]): Entry {
  const file = files.find((f) => f.path === 'pagefind-entry.json') ?? fail('pagefind-entry.json', 'missing');
  const entry = JSON.parse(Buffer.from(file.content).toString('utf8')) as Entry;
  if (entry.version !== PAGEFIND_FORMAT) fail('pagefind-entry.json', `version ${entry.version}`);
  return entry;
}

/** Pagefind's output with the word index of every language cut into chunks of `size` positions. */
export function rechunk(files: IndexFile[], size = CHUNK_POSITIONS): IndexFile[] {
  const entry = readEntry(files);
  const out = new Map(files.map((f) => [f.path, f]));
  for (const { lang, metaPath, meta, chunks: old } of readWordIndexes(files, entry)) {
    for (const c of old) out.delete(c.path);
    const words = old.flatMap((c) => c.words);
    const chunks = chunkWords(words, (w) => w[0], weight, size);
    const bounds = chunkBounds(chunks.map((c) => c.map((w) => w[0])));
    const taken = new Set<string>();
    meta[2] = chunks.map((chunk, i): ChunkBounds => {
      const payload = encode([chunk]);
      // Pagefind's names: the language, then 7 hex digits of the hash, more if two chunks would share a name.
      const full = hashOf(lang, payload);
      let hash = full.slice(0, lang.length + 8);
      while (taken.has(hash)) hash = full.slice(0, hash.length + 1);
      taken.add(hash);
      out.set(`index/${hash}.pf_index`, { path: `index/${hash}.pf_index`, content: pack(payload) });
      const [from, to] = bounds[i] as [string, string];
      return [from, to, hash];
    });

    const payload = encode(meta);
    const hash = hashOf(lang, payload).slice(0, lang.length + 11);
    out.delete(metaPath);
    out.set(`pagefind.${hash}.pf_meta`, { path: `pagefind.${hash}.pf_meta`, content: pack(payload) });
    (entry.languages[lang] as { hash: string }).hash = hash;
  }
  out.set('pagefind-entry.json', { path: 'pagefind-entry.json', content: Buffer.from(JSON.stringify(entry), 'utf8') });
  return [...out.values()];
}
