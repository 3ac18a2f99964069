import type { AnchorFacets } from './search-facets.ts';

/**
 * The search page's logic that needs no browser: what the URL says, which
 * filters to pass to Pagefind, which passages of a result to show, and what
 * to announce. The page script (src/browser/search-page.ts) wires these to
 * the DOM and to Pagefind.
 */

/** What is searched: the query as typed and the chosen filters. */
export interface SearchState {
  q: string;
  kinds: string[];
  areas: string[];
  /** One body id, or '' for all. */
  body: string;
}

/** Reads the state from the page URL (`?q=…&kind=…&area=…&body=…`), so searches can be linked. */
export function parseSearchState(params: URLSearchParams): SearchState {
  return {
    q: params.get('q') ?? '',
    kinds: params.getAll('kind'),
    areas: params.getAll('area'),
    body: params.get('body') ?? '',
  };
}

/** The query string for a state, leaving out what is empty (so a plain search stays `?q=…`). */
export function searchStateToQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const kind of state.kinds) params.append('kind', kind);
  for (const area of state.areas) params.append('area', area);
  if (state.body) params.set('body', state.body);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Pagefind filters: any of the chosen kinds, any of the chosen areas, and the body. */
export function pagefindFilters(state: SearchState): Record<string, unknown> {
  const filters: Record<string, unknown> = {};
  if (state.kinds.length > 0) filters['kind'] = { any: state.kinds };
  if (state.areas.length > 0) filters['area'] = { any: state.areas };
  if (state.body) filters['body'] = state.body;
  return filters;
}

/** One page in the results: its hit in the first preferred search that found it (if any) and in the loose search. */
export interface PageHit<T> {
  id: string;
  preferred?: T | undefined;
  loose?: T | undefined;
}

/**
 * Pages found by the preferred searches first — tier by tier, each in its
 * search's order — then the other pages of the loose search; each page once.
 * The tiers are stricter readings of the query: its exact diacritics, its
 * words side by side.
 */
export function tiered<T extends { id: string }>(preferred: T[][], loose: T[]): PageHit<T>[] {
  const looseById = new Map(loose.map((r) => [r.id, r]));
  const seen = new Set<string>();
  const hits: PageHit<T>[] = [];
  for (const tier of preferred)
    for (const r of tier)
      if (!seen.has(r.id)) {
        seen.add(r.id);
        hits.push({ id: r.id, preferred: r, loose: looseById.get(r.id) });
      }
  for (const r of loose) if (!seen.has(r.id)) hits.push({ id: r.id, loose: r });
  return hits;
}

/** Whether a (folded) query carries diacritics, so that an exact-diacritic match is what was asked for. */
export const hasDiacritics = (term: string) => /[^\p{ASCII}]/u.test(term);

/** The parts of a Pagefind sub-result this page uses. */
export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations: { balanced_score: number }[];
  anchor?: { id: string } | undefined;
}

/**
 * A passage's rank: first the longest run of marked words side by side in
 * the excerpt a reader sees (the words typed together, found together), then
 * how many hits it holds, then their weight. Pagefind weights words in headings high, so a repeated section
 * heading that shares one word with the query («Nhiệm vụ liên quan» for
 * «vụ») would otherwise outrank the clause that holds every word.
 */
const rank = (sub: SubResult): [number, number, number] => [
  longestMarkRun(excerptParts(sub.excerpt)),
  sub.weighted_locations.length,
  sub.weighted_locations.reduce((sum, l) => sum + l.balanced_score, 0),
];

/**
 * The passages of one page to show, best first (see `rank`), at most `max`. On a page
 * whose passages carry their own facets (the reader: each clause has its
 * area and bodies), a passage outside the chosen area or body is left out,
 * as is a passage with no facets; other pages matched the filters as a whole.
 */
export function pickSubResults(
  subs: SubResult[],
  anchorFacets: Record<string, AnchorFacets>,
  state: SearchState,
  max: number,
): SubResult[] {
  const facetsOf = (sub: SubResult) => (sub.anchor ? anchorFacets[sub.anchor.id] : undefined);
  const narrowed = state.areas.length > 0 || state.body !== '';
  const perPassage = subs.some((s) => facetsOf(s) !== undefined);
  const kept =
    narrowed && perPassage
      ? subs.filter((s) => {
          const f = facetsOf(s);
          if (!f) return false;
          return (
            (state.areas.length === 0 || f.areas.some((a) => state.areas.includes(a))) &&
            (state.body === '' || f.bodies.includes(state.body))
          );
        })
      : subs;
  return kept
    .map((sub, order) => ({ sub, order, rank: rank(sub) }))
    .sort((a, b) => b.rank[0] - a.rank[0] || b.rank[1] - a.rank[1] || b.rank[2] - a.rank[2] || a.order - b.order)
    .slice(0, max)
    .map((s) => s.sub);
}

/**
 * How much Pagefind should favour words whose marks match the query's
 * exactly, within one tier. A query typed with diacritics means them; a
 * query typed without any says nothing about them, so every variant counts
 * alike. (Non-integer values: Pagefind reads this weight as a float.)
 */
export function diacriticSimilarity(term: string): number {
  return hasDiacritics(term) ? 3.5 : 0.01;
}

/**
 * A page's passages as Pagefind gives them, or, for a page that matched
 * only in its title (no passage has a hit), the page itself with the start
 * of its text.
 */
export function passagesOf(data: {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: SubResult[];
}): SubResult[] {
  if (data.sub_results.length > 0) return data.sub_results;
  return [{ title: data.meta['title'] ?? data.url, url: data.url, excerpt: data.excerpt, weighted_locations: [] }];
}

/**
 * The passages of a page found by a preferred search: its passages first,
 * then the best of the loose search's passages, each passage once.
 */
export function mergePassages(
  preferred: SubResult[],
  loose: SubResult[],
  anchorFacets: Record<string, AnchorFacets>,
  state: SearchState,
  max: number,
): SubResult[] {
  const first = pickSubResults(preferred, anchorFacets, state, max);
  const taken = new Set(first.map((s) => s.url));
  const rest = pickSubResults(
    loose.filter((s) => !taken.has(s.url)),
    anchorFacets,
    state,
    max,
  );
  return [...first, ...rest].slice(0, max);
}

/** A Pagefind excerpt (escaped text with `<mark>` around hits) as plain text runs, so it is shown without innerHTML. */
export function excerptParts(excerpt: string): { text: string; mark: boolean }[] {
  const parts: { text: string; mark: boolean }[] = [];
  let mark = false;
  for (const token of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (token === '<mark>') mark = true;
    else if (token === '</mark>') mark = false;
    else if (token)
      parts.push({
        // Pagefind escapes only < and > in the page text it returns.
        text: token.replace(/&lt;/g, '<').replace(/&gt;/g, '>'),
        mark,
      });
  }
  return parts;
}

/**
 * Marks kept in an excerpt of a query of several words: where some marked
 * words stand side by side (the phrase typed), a word marked on its own
 * («của», «các») is shown unmarked, so the eye goes to the phrase.
 */
export function focusMarks(parts: { text: string; mark: boolean }[]): { text: string; mark: boolean }[] {
  const runOf = markRuns(parts);
  if (![...runOf.values()].some((n) => n >= 2)) return parts;
  return parts.map((part, i) => (part.mark && runOf.get(i) === 1 ? { ...part, mark: false } : part));
}

/** The longest run of marked words side by side in an excerpt. */
export const longestMarkRun = (parts: { text: string; mark: boolean }[]) => Math.max(0, ...markRuns(parts).values());

/** For each marked part, how many marks its run holds: marks separated by nothing but spaces and punctuation. */
function markRuns(parts: { text: string; mark: boolean }[]): Map<number, number> {
  const runOf = new Map<number, number>();
  let start = -1;
  const close = (end: number) => {
    if (start < 0) return;
    const marks = parts.slice(start, end).filter((p) => p.mark).length;
    for (let i = start; i < end; i += 1) if (parts[i]?.mark) runOf.set(i, marks);
    start = -1;
  };
  parts.forEach((part, i) => {
    if (part.mark) {
      if (start < 0) start = i;
    } else if (/[\p{L}\p{N}]/u.test(part.text)) close(i);
  });
  close(parts.length);
  return runOf;
}

/** Orders a tier of unscored results (phrase matches come back in page order) by the score each page has elsewhere. */
export function byScore<T extends { id: string }>(tier: T[], scores: Map<string, number>): T[] {
  return tier
    .map((r, order) => ({ r, order, score: scores.get(r.id) ?? 0 }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map((x) => x.r);
}

/**
 * The start of a clause of a long page (the reader), from Pagefind's page
 * text and anchors: the words from its anchor to the next one, at most `length`.
 */
export function clauseExcerpt(
  content: string,
  anchors: { id: string; location: number }[],
  id: string,
  length: number,
): string | undefined {
  const anchor = anchors.find((a) => a.id === id);
  if (!anchor) return undefined;
  const next = Math.min(...anchors.filter((a) => a.location > anchor.location).map((a) => a.location), Infinity);
  const words = content.split(/[^\S\uFEFF]+/u);
  const end = Math.min(next, words.length, anchor.location + length);
  const shown = words.slice(anchor.location, end);
  // A clause's own link mark («#») is not part of its text.
  while (shown.length > 0 && !/[\p{L}\p{N}]/u.test(shown.at(-1) ?? '')) shown.pop();
  const text = shown.join(' ').trim();
  return end < Math.min(next, words.length) ? `${text} …` : text;
}

/** What the live region says once results settle. */
export function statusMessage(count: number, query: string): string {
  const q = query.trim();
  if (!q) return '';
  if (count === 0) return `Không tìm thấy kết quả nào cho «${q}». Hãy thử gõ không dấu, bớt từ hoặc bỏ bộ lọc.`;
  return `Tìm thấy ${count} trang cho «${q}».`;
}
