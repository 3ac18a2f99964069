import { describe, expect, it } from 'vitest';
import { provisionElement, tocDocuments } from '../../src/lib/site/reader-layout.ts';
import { fromPage } from '../../src/lib/site/urls.ts';

describe('provisionElement', () => {
  it.each([
    ['title', 0, false, 'h2', 'prov--title'],
    ['section', 0, true, 'h3', undefined],
    ['section', 0, false, 'h3', undefined],
    ['item', 1, true, 'h4', undefined],
    ['item', 2, true, 'h5', undefined],
    ['item', 3, true, 'h5', undefined],
    ['item', 1, false, 'p', undefined],
    ['bullet', 2, false, 'p', 'prov--bullet'],
    ['subject', 0, false, 'p', 'prov--centred'],
    ['enacting-formula', 0, false, 'p', 'prov--centred'],
    ['paragraph', 1, false, 'p', undefined],
  ] as const)('sets a %s at depth %i (heading others: %s) as <%s> with class %s', (kind, depth, heads, tag, cls) => {
    expect(provisionElement(kind, depth, heads)).toEqual({ tag, class: cls });
  });
});

describe('fromPage', () => {
  it('keeps only the fragment of an address into the same page', () => {
    expect(fromPage('/van-ban/qd/', '/van-ban/qd/#kh-iii-2')).toBe('#kh-iii-2');
  });

  it('keeps an address into another page whole', () => {
    expect(fromPage('/co-quan/snv/', '/van-ban/qd/#kh-iii-2')).toBe('/van-ban/qd/#kh-iii-2');
    expect(fromPage('/van-ban/', '/van-ban/qd/#kh-iii-2')).toBe('/van-ban/qd/#kh-iii-2');
  });
});

describe('tocDocuments', () => {
  const provisions = {
    qd: [
      { id: 'qd-title', data: { kind: 'title' as const } },
      { id: 'qd-1', data: { kind: 'article' as const } },
    ],
    kh: [
      { id: 'kh-title', data: { kind: 'title' as const } },
      { id: 'kh-i', data: { kind: 'section' as const } },
      { id: 'kh-i-1', data: { kind: 'item' as const } },
      { id: 'kh-ii', data: { kind: 'section' as const } },
    ],
  };
  const c = {
    provisionsOf: (id: string) => provisions[id as keyof typeof provisions] ?? [],
    document: (id: string) => ({ data: { shortTitle: id.toUpperCase() } }),
  };

  it('lists each document in order with its first provision and its sections', () => {
    expect(tocDocuments(c, ['qd', 'kh', 'empty'])).toEqual([
      { id: 'qd', title: 'QD', first: 'qd-title', sections: [] },
      { id: 'kh', title: 'KH', first: 'kh-title', sections: ['kh-i', 'kh-ii'] },
      { id: 'empty', title: 'EMPTY', first: '', sections: [] },
    ]);
  });
});
