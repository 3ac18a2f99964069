import { gunzipSync, gzipSync } from 'node:zlib';
import { isDeepStrictEqual } from 'node:util';
import { foldForSearch, markWordEndsInHtml, withoutWordEnds } from '../../src/lib/search/search-text.ts';

/**
 * How the site's search index is built so that «dat dai» finds «đất đai»
 * without showing readers folded text.
 *
 * Pagefind indexes two copies of every page: the real HTML, and the same
 * HTML passed through `foldForIndex` («đ» → «d», one tone placement, and
 * every word closed with `WORD_END` so that a query word matches whole
 * syllables, not every longer word it starts). The words of the folded copy
 * make the index the browser searches (the query is folded the same way).
 * The fragments — the text, title and anchors a result shows — are taken
 * from the real copy. Folding never moves a word boundary, so the word
 * positions the index stores point at the same words in the real text;
 * `restoreFragment` checks that for every page and stops the build if it
 * ever does not hold.
 */

/** The copy of a page's HTML that Pagefind takes its words from. */
export const foldForIndex = (html: string) => markWordEndsInHtml(foldForSearch(html));

/** A page's fragment as Pagefind 1.6 stores it (the fields this build reads). */
export interface Fragment {
  url: string;
  content: string;
  word_count: number;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  anchors: { element: string; id: string; text?: string; title?: string; location: number }[];
}

const SIGNATURE = 'pagefind_dcd';

/** The payload of a Pagefind file (fragment, word index chunk, metadata): gzip, a signature, then the data. */
export function unpack(bytes: Uint8Array, path: string): Buffer {
  const raw = gunzipSync(bytes);
  if (raw.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE)
    throw new Error(`${path}: not a Pagefind file (no «${SIGNATURE}» signature)`);
  return raw.subarray(SIGNATURE.length);
}

/** A payload packed as Pagefind stores its files. */
export const pack = (payload: Uint8Array): Uint8Array =>
  gzipSync(Buffer.concat([Buffer.from(SIGNATURE, 'latin1'), payload]), { level: 9 });

/** Reads a `.pf_fragment` file: gzip, a signature, then JSON. */
export function decodeFragment(bytes: Uint8Array, path: string): Fragment {
  const data = JSON.parse(unpack(bytes, path).toString('utf8')) as Partial<Fragment>;
  if (typeof data.url !== 'string' || typeof data.content !== 'string' || !Array.isArray(data.anchors))
    throw new Error(`${path}: unexpected fragment shape (keys: ${Object.keys(data).join(', ')})`);
  return data as Fragment;
}

/** Writes a fragment back in Pagefind's format. */
export const encodeFragment = (fragment: Fragment): Uint8Array => pack(Buffer.from(JSON.stringify(fragment), 'utf8'));

/** Meta values, folded (those read from the page's text, like the title, also carry closing letters). */
const metaMatches = (real: Record<string, string>, folded: Record<string, string>) =>
  isDeepStrictEqual(Object.keys(real).sort(), Object.keys(folded).sort()) &&
  Object.entries(real).every(([k, v]) => withoutWordEnds(folded[k] ?? '') === withoutWordEnds(foldForSearch(v)));

/**
 * The real fragment, to be stored under the folded fragment's name, after
 * checking that it lines up with the folded one word for word. Throws,
 * naming the page and the field, when it does not.
 */
export function restoreFragment(real: Fragment, folded: Fragment): Fragment {
  const fail = (field: string, detail: string) => {
    throw new Error(
      `Search index: page ${folded.url}: ${field} of the folded copy does not match the real page (${detail})`,
    );
  };
  if (real.url !== folded.url) fail('url', `${real.url} ≠ ${folded.url}`);
  if (real.word_count !== folded.word_count) fail('word_count', `${real.word_count} ≠ ${folded.word_count}`);
  // Closing letters aside (where Pagefind joins two elements' text into one word, the word has one inside it).
  const foldedReal = withoutWordEnds(foldForSearch(real.content));
  const foldedContent = withoutWordEnds(folded.content);
  if (foldedReal !== foldedContent) {
    const at = [...foldedReal].findIndex((ch, i) => ch !== [...foldedContent][i]);
    fail('content', `first difference at character ${at}: «${foldedReal.slice(at, at + 30)}»`);
  }
  if (!isDeepStrictEqual(real.filters, folded.filters)) fail('filters', JSON.stringify(real.filters));
  if (!metaMatches(real.meta, folded.meta)) fail('meta', JSON.stringify(real.meta));
  const shape = (f: Fragment) => f.anchors.map((a) => `${a.element}#${a.id}@${a.location}`);
  if (!isDeepStrictEqual(shape(real), shape(folded))) fail('anchors', shape(real).join(' '));
  return real;
}

/** The files of Pagefind's output the site serves: the runtime and the index (none of its ready-made UIs). */
export function isServedFile(path: string): boolean {
  return /^(pagefind\.js|pagefind-entry\.json|wasm\.[\w-]+\.pagefind|pagefind\.[\w-]+\.pf_meta|(index|fragment|filter)\/[\w-]+\.pf_\w+)$/.test(
    path,
  );
}

/**
 * Closing tags of block elements Pagefind does not treat as word boundaries
 * (checked on Pagefind 1.6: «<dt>Tên gọi</dt><dd>«Sở»</dd>» gives one word
 * «gọi«sở»»): a space goes before each, so the words on either side stay apart
 * in the index and in the excerpts.
 */
const JOINED_BLOCK_END = /<\/(dt|dd|th|caption|figcaption|summary|legend)>/giu;
export const spaceBlockEnds = (html: string) => html.replace(JOINED_BLOCK_END, ' $&');

/** The filter that names each indexed page by its URL, so the search page can ask Pagefind for one page. */
export const PAGE_FILTER = 'page';

/** How much the words of a hub page count (Pagefind's `data-pagefind-weight`; 1 is normal). */
export const HUB_WEIGHT = 0.5;

/**
 * A page as it is indexed: with a `page:<url>` filter inside its `<main>`
 * (the search page uses it to fetch an entry's own page when a query names
 * the entry, see src/lib/search/search-entries.ts), and, for a page that marks
 * itself a hub (`data-search-hub`, from its search facets), its words
 * weighted down.
 */
export function withPageFilter(html: string, url: string): string {
  if (!/^\/[\w./-]*$/.test(url)) throw new Error(`Search index: page URL «${url}» cannot be a filter value`);
  const main = /<main\b[^>]*\sdata-pagefind-body(?:[\s=][^>]*)?>/.exec(html);
  if (!main) throw new Error(`Search index: page ${url} has no <main data-pagefind-body>`);
  const hub = /\sdata-search-hub[\s=>]/.test(html);
  const tag = hub ? main[0].replace(/>$/, ` data-pagefind-weight="${HUB_WEIGHT}">`) : main[0];
  const at = main.index + main[0].length;
  return `${html.slice(0, main.index)}${tag}<span hidden data-pagefind-filter="${PAGE_FILTER}:${url}"></span>${html.slice(at)}`;
}
