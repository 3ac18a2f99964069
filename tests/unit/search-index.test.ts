import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  decodeFragment,
  encodeFragment,
  foldForIndex,
  isServedFile,
  PAGE_FILTER,
  restoreFragment,
  withPageFilter,
  type Fragment,
} from '../../scripts/lib/search-index.ts';
import { foldForSearch, markWordEnds } from '../../src/lib/search/search-text.ts';

const anchor = { element: 'div', id: 'kh-1', text: '', title: 'khoản 1 Kế hoạch của Uỷ ban', location: 0 };
const real: Fragment = {
  url: '/van-ban/x/',
  content: 'Sở Tư pháp chịu trách nhiệm chỉ đạo, hướng dẫn. Uỷ ban nhân dân tỉnh.',
  word_count: 13,
  filters: { kind: ['provision'] },
  meta: { title: 'Điều 1' },
  anchors: [anchor],
};
const folded: Fragment = {
  ...real,
  content: foldForSearch(real.content),
  meta: { title: foldForSearch('Điều 1') },
  anchors: [{ ...anchor, title: foldForSearch(anchor.title) }],
};

describe('fragment files', () => {
  it('round-trip through Pagefind’s format (gzip, signature, JSON)', () => {
    expect(decodeFragment(encodeFragment(real), 'f')).toEqual(real);
  });

  it('refuse a file that is not a fragment, naming it', () => {
    expect(() => decodeFragment(gzipSync('{"url":"/"}'), 'fragment/x.pf_fragment')).toThrow(/fragment\/x\.pf_fragment/);
  });
});

describe('restoreFragment', () => {
  it('gives the real text for the folded index when they line up word for word', () => {
    expect(folded.content).toContain('chỉ dạo');
    expect(restoreFragment(real, folded)).toBe(real);
  });

  it('accepts the folded copy with its words closed (see WORD_END)', () => {
    const marked = {
      ...folded,
      content: markWordEnds(folded.content),
      meta: { title: markWordEnds(folded.meta['title'] ?? '') },
    };
    expect(marked.content).toContain('dạoq');
    expect(restoreFragment(real, marked)).toBe(real);
  });

  it('stops the build, naming page and field, when the folded copy drifts', () => {
    expect(() => restoreFragment(real, { ...folded, content: `${folded.content} thêm` })).toThrow(
      /\/van-ban\/x\/: content .*character/,
    );
    expect(() => restoreFragment(real, { ...folded, word_count: 12 })).toThrow(/\/van-ban\/x\/: word_count/);
    expect(() => restoreFragment(real, { ...folded, anchors: [{ ...anchor, location: 3 }] })).toThrow(/anchors/);
    expect(() => restoreFragment(real, { ...folded, filters: { kind: ['task'] } })).toThrow(/filters/);
  });
});

describe('isServedFile', () => {
  it('keeps the runtime and the index, not Pagefind’s ready-made UIs', () => {
    for (const f of [
      'pagefind.js',
      'pagefind-entry.json',
      'wasm.unknown.pagefind',
      'pagefind.vi_0a1b2c.pf_meta',
      'index/vi_0a1b2c.pf_index',
      'fragment/vi_0a1b2c.pf_fragment',
      'filter/vi_0a1b2c.pf_filter',
    ])
      expect(isServedFile(f), f).toBe(true);
    for (const f of ['pagefind-ui.js', 'pagefind-component-ui.css', 'pagefind-worker.js', 'pagefind-highlight.js'])
      expect(isServedFile(f), f).toBe(false);
  });
});

describe('the folded copy of a page', () => {
  it('folds and closes the words of the text, not the markup', () => {
    expect(foldForIndex('<h1 class="dat">Đất đai</h1>')).toBe('<h1 class="dat">Dấtq daiq</h1>');
  });

  it('names each page by a filter inside its indexed <main>', () => {
    const html = '<body><nav>x</nav><main id="noi-dung" data-pagefind-body><h1>Sở</h1></main></body>';
    expect(withPageFilter(html, '/co-quan/so-noi-vu/')).toBe(
      `<body><nav>x</nav><main id="noi-dung" data-pagefind-body><span hidden data-pagefind-filter="${PAGE_FILTER}:/co-quan/so-noi-vu/"></span><h1>Sở</h1></main></body>`,
    );
    expect(() => withPageFilter('<main>x</main>', '/a/')).toThrow(/\/a\/ has no <main data-pagefind-body>/);
    expect(() => withPageFilter(html, '/a b/')).toThrow(/cannot be a filter value/);
  });
});
