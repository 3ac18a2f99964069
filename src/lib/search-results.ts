import type { AnchorFacets } from './search-facets.ts';

/**
 * The search page's logic that needs no browser: what the URL says, which
 * filters to pass to Pagefind, which passages of a result to show, and what
 * to announce. The page script (src/scripts/search-page.ts) wires these to
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

/**
 * The phrase query to run beside a query of several words: Vietnamese words
 * are often two syllables («đất đai», «chỉ đạo»), and Pagefind ranks pages
 * holding the syllables anywhere alike, so pages holding them side by side
 * are put first. None for one word or a query already quoted.
 */
export function phraseOf(term: string): string | undefined {
  if (term.startsWith('"') || !term.includes(' ')) return undefined;
  return `"${term}"`;
}

/** Results of the phrase first (in their order), then the other results, each page once. */
export function phraseFirst<T extends { id: string }>(phrase: T[], loose: T[]): T[] {
  const seen = new Set(phrase.map((r) => r.id));
  return [...phrase, ...loose.filter((r) => !seen.has(r.id))];
}

/** The parts of a Pagefind sub-result this page uses. */
export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations: { balanced_score: number }[];
  anchor?: { id: string } | undefined;
}

const score = (sub: SubResult) => sub.weighted_locations.reduce((sum, l) => sum + l.balanced_score, 0);

/**
 * The passages of one page to show, best first, at most `max`. On a page
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
    .map((sub, order) => ({ sub, order, score: score(sub) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, max)
    .map((s) => s.sub);
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

/** What the live region says once results settle. */
export function statusMessage(count: number, query: string): string {
  const q = query.trim();
  if (!q) return '';
  if (count === 0) return `Không tìm thấy kết quả nào cho «${q}». Hãy thử gõ không dấu, bớt từ hoặc bỏ bộ lọc.`;
  return `Tìm thấy ${count} trang cho «${q}».`;
}
