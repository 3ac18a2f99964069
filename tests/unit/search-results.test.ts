import { describe, expect, it } from 'vitest';
import {
  excerptParts,
  pagefindFilters,
  parseSearchState,
  phraseFirst,
  phraseOf,
  pickSubResults,
  searchStateToQuery,
  statusMessage,
  type SearchState,
  type SubResult,
} from '../../src/lib/search-results.ts';

const state = (over: Partial<SearchState> = {}): SearchState => ({ q: '', kinds: [], areas: [], body: '', ...over });
const sub = (id: string | undefined, scores: number[]): SubResult => ({
  title: id ?? 'page',
  url: id ? `/p/#${id}` : '/p/',
  excerpt: '',
  weighted_locations: scores.map((balanced_score) => ({ balanced_score })),
  anchor: id ? { id } : undefined,
});

describe('search state in the URL', () => {
  it('round-trips query and filters', () => {
    const s = state({ q: 'chỉ đạo', kinds: ['task', 'body'], areas: ['the-che'], body: 'so-noi-vu' });
    expect(parseSearchState(new URLSearchParams(searchStateToQuery(s)))).toEqual(s);
  });

  it('reads the header form’s plain ?q= and writes nothing for an empty state', () => {
    expect(parseSearchState(new URLSearchParams('?q=dat+dai'))).toEqual(state({ q: 'dat dai' }));
    expect(searchStateToQuery(state({ q: '  ' }))).toBe('');
  });
});

describe('pagefindFilters', () => {
  it('ORs values within a group and ANDs the groups', () => {
    expect(pagefindFilters(state({ kinds: ['task', 'body'], body: 'so-tai-chinh' }))).toEqual({
      kind: { any: ['task', 'body'] },
      body: 'so-tai-chinh',
    });
    expect(pagefindFilters(state())).toEqual({});
  });
});

describe('phrase first', () => {
  it('adds a phrase query for several unquoted words only', () => {
    expect(phraseOf('dat dai')).toBe('"dat dai"');
    expect(phraseOf('dat')).toBeUndefined();
    expect(phraseOf('"dat dai"')).toBeUndefined();
  });

  it('lists phrase matches first, then the rest, each page once', () => {
    const r = (id: string) => ({ id });
    expect(phraseFirst([r('b')], [r('a'), r('b'), r('c')]).map((x) => x.id)).toEqual(['b', 'a', 'c']);
  });
});

describe('pickSubResults', () => {
  const facets = {
    a: { areas: ['the-che' as const], bodies: ['so-tu-phap'] },
    b: { areas: ['tai-chinh' as const], bodies: ['so-tai-chinh'] },
  };

  it('puts the passages with the most weight first, keeping page order on ties, at most max', () => {
    const subs = [sub('a', [1]), sub('b', [3]), sub('c', [1])];
    expect(pickSubResults(subs, facets, state(), 2).map((s) => s.title)).toEqual(['b', 'a']);
  });

  it('on a page whose passages have facets, keeps only passages in the chosen area or body', () => {
    const subs = [sub(undefined, [5]), sub('a', [1]), sub('b', [1])];
    expect(pickSubResults(subs, facets, state({ areas: ['tai-chinh'] }), 3).map((s) => s.title)).toEqual(['b']);
    expect(pickSubResults(subs, facets, state({ body: 'so-tu-phap' }), 3).map((s) => s.title)).toEqual(['a']);
  });

  it('leaves other pages’ passages alone: the page matched the filters as a whole', () => {
    const subs = [sub(undefined, [1]), sub('heading', [2])];
    expect(pickSubResults(subs, facets, state({ areas: ['tai-chinh'] }), 3)).toHaveLength(2);
  });
});

describe('excerptParts', () => {
  it('splits marks from text and unescapes what Pagefind escaped', () => {
    expect(excerptParts('a &lt;b&gt; <mark>đất</mark> đai')).toEqual([
      { text: 'a <b> ', mark: false },
      { text: 'đất', mark: true },
      { text: ' đai', mark: false },
    ]);
  });
});

describe('statusMessage', () => {
  it('counts results, and suggests what to try when nothing matches', () => {
    expect(statusMessage(3, 'chi dao')).toBe('Tìm thấy 3 trang cho «chi dao».');
    expect(statusMessage(0, 'xyz')).toMatch(/Không tìm thấy.*không dấu/);
    expect(statusMessage(0, ' ')).toBe('');
  });
});
