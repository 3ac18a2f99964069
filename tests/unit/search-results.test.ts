import { describe, expect, it } from 'vitest';
import {
  byScore,
  clauseExcerpt,
  excerptParts,
  focusMarks,
  longestMarkRun,
  mergePassages,
  diacriticSimilarity,
  passagesOf,
  pagefindFilters,
  parseSearchState,
  tiered,
  hasDiacritics,
  pickSubResults,
  searchStateToQuery,
  statusMessage,
  type SearchState,
  type SubResult,
} from '../../src/lib/search/search-results.ts';

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

describe('tiers', () => {
  it('lists preferred tiers first, then the rest, each page once, with its loose hit', () => {
    const r = (id: string, from: string) => ({ id, from });
    const merged = tiered(
      [[r('b', 'exact')], [r('d', 'phrase'), r('b', 'phrase')]],
      [r('a', 'loose'), r('b', 'loose')],
    );
    expect(merged).toEqual([
      { id: 'b', preferred: r('b', 'exact'), loose: r('b', 'loose') },
      { id: 'd', preferred: r('d', 'phrase'), loose: undefined },
      { id: 'a', loose: r('a', 'loose') },
    ]);
  });

  it('prefers exact diacritics only for a query that has them', () => {
    expect(hasDiacritics('dất dai')).toBe(true);
    expect(hasDiacritics('dat dai')).toBe(false);
  });
});

describe('mergePassages', () => {
  it('puts passages holding the phrase first, then other passages, each once', () => {
    const merged = mergePassages([sub('p', [1])], [sub('x', [9]), sub('p', [5]), sub('y', [1])], {}, state(), 3);
    expect(merged.map((s) => s.title)).toEqual(['p', 'x', 'y']);
  });
});

describe('pickSubResults', () => {
  const facets = {
    a: { areas: ['the-che' as const], bodies: ['so-tu-phap'] },
    b: { areas: ['tai-chinh' as const], bodies: ['so-tai-chinh'] },
  };

  it('puts the passages with the most hits first, then the most weight, then page order, at most max', () => {
    const subs = [sub('a', [1]), sub('b', [3]), sub('c', [1])];
    expect(pickSubResults(subs, facets, state(), 2).map((s) => s.title)).toEqual(['b', 'a']);
    const heading = sub('heading', [9]);
    const clause = sub('clause', [1, 1, 1]);
    expect(pickSubResults([heading, clause], facets, state(), 1).map((s) => s.title)).toEqual(['clause']);
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

describe('diacriticSimilarity', () => {
  it('favours exact marks only when the query has marks', () => {
    expect(diacriticSimilarity('dất dai')).toBeGreaterThan(1);
    expect(diacriticSimilarity('dat dai')).toBeLessThan(0.1);
  });
});

describe('passagesOf', () => {
  it('keeps Pagefind’s passages, or stands the page in for them when only its title matched', () => {
    const data = { url: '/p/', excerpt: 'Đầu trang', meta: { title: 'Tiêu đề' }, sub_results: [] };
    expect(passagesOf(data)).toEqual([{ title: 'Tiêu đề', url: '/p/', excerpt: 'Đầu trang', weighted_locations: [] }]);
    const withHits = { ...data, sub_results: [sub('a', [1])] };
    expect(passagesOf(withHits)).toEqual([sub('a', [1])]);
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

describe('phrases before scattered words', () => {
  const at = (id: string, excerpt: string): SubResult => ({
    title: id,
    url: `/p/#${id}`,
    excerpt,
    weighted_locations: [...excerpt.matchAll(/<mark>/g)].map(() => ({ balanced_score: 1 })),
    anchor: { id },
  });

  it('measures the longest run of marked words side by side', () => {
    expect(longestMarkRun(excerptParts('không có gì'))).toBe(0);
    expect(longestMarkRun(excerptParts('<mark>trụ</mark> và <mark>sở</mark>'))).toBe(1);
    expect(
      longestMarkRun(excerptParts('<mark>trụ</mark> <mark>sở,</mark> <mark>làm</mark> việc <mark>xã</mark>')),
    ).toBe(3);
  });

  it('shows first the passage that holds the words together, even with fewer hits', () => {
    const scattered = at('a', '<mark>trụ</mark> a <mark>sở</mark> b <mark>làm</mark> c <mark>việc</mark>');
    const together = at('b', 'x <mark>trụ</mark> <mark>sở</mark> y');
    expect(pickSubResults([scattered, together], {}, state(), 2).map((s) => s.title)).toEqual(['b', 'a']);
  });

  it('orders unscored phrase matches by the score each page has in the scored search', () => {
    const tier = [{ id: 'hub' }, { id: 'entry' }, { id: 'other' }];
    const scores = new Map([
      ['entry', 9],
      ['hub', 2],
    ]);
    expect(byScore(tier, scores).map((r) => r.id)).toEqual(['entry', 'hub', 'other']);
  });
});

describe('focusMarks', () => {
  const marks = (html: string) =>
    focusMarks(excerptParts(html))
      .filter((p) => p.mark)
      .map((p) => p.text);

  it('keeps the phrase marked and unmarks a word marked on its own', () => {
    expect(marks('cơ chế <mark>“một</mark> <mark>cửa”</mark> của <mark>các</mark> sở')).toEqual(['“một', 'cửa”']);
    expect(marks('<mark>chỉ</mark> <mark>đạo,</mark> <mark>kiểm</mark> <mark>tra</mark>')).toHaveLength(4);
  });

  it('leaves every mark when no two stand side by side', () => {
    expect(marks('<mark>đất</mark> và nhà ở <mark>đai</mark>')).toEqual(['đất', 'đai']);
  });
});

describe('clauseExcerpt', () => {
  const content = 'Điều 1. Ban hành kèm theo Quyết định này. Điều 2. Quyết định có hiệu lực sau 10 ngày.';
  const anchors = [
    { id: 'art-1', location: 0 },
    { id: 'art-2', location: 9 },
  ];

  it('gives the words of the clause, up to the next one', () => {
    expect(clauseExcerpt(content, anchors, 'art-1', 40)).toBe('Điều 1. Ban hành kèm theo Quyết định này.');
    expect(clauseExcerpt(content, anchors, 'art-2', 40)).toBe('Điều 2. Quyết định có hiệu lực sau 10 ngày.');
  });

  it('leaves out the clause’s own link mark', () => {
    expect(
      clauseExcerpt(
        'Điều 1. Ban hành. # Điều 2.',
        [
          { id: 'a', location: 0 },
          { id: 'b', location: 4 },
        ],
        'a',
        40,
      ),
    ).toBe('Điều 1. Ban hành.');
  });

  it('cuts a long clause with an ellipsis, and knows no unknown anchor', () => {
    expect(clauseExcerpt(content, anchors, 'art-2', 3)).toBe('Điều 2. Quyết …');
    expect(clauseExcerpt(content, anchors, 'art-9', 3)).toBeUndefined();
  });
});
