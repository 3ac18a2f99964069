import { describe, expect, it } from 'vitest';
import { numberedItemOf, quietMentions, type ProvisionNode } from '../../src/lib/site/reader-links.ts';
import type { Mention } from '../../src/lib/content/mentions.ts';

const tree: ProvisionNode[] = [
  { id: 'ii', kind: 'section' },
  { id: 'ii-1', kind: 'item', parent: 'ii' },
  { id: 'ii-1-g1', kind: 'bullet', parent: 'ii-1' },
  { id: 'ii-1-p1', kind: 'paragraph', parent: 'ii-1' },
  { id: 'ii-1-1', kind: 'item', parent: 'ii-1' },
  { id: 'ii-1-1-g1', kind: 'bullet', parent: 'ii-1-1' },
  { id: 'art-3', kind: 'article' },
  { id: 'basis-1', kind: 'basis' },
  { id: 'closing-1', kind: 'closing' },
  { id: 'loose', kind: 'bullet' },
];
const node = (id: string) => {
  const found = tree.find((n) => n.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('numberedItemOf', () => {
  it('puts bullets and unnumbered paragraphs in the item above them; sections, items and articles stand alone; the rest is in none', () => {
    expect(tree.map((n) => [n.id, numberedItemOf(n.id, node)])).toEqual([
      ['ii', 'ii'],
      ['ii-1', 'ii-1'],
      ['ii-1-g1', 'ii-1'],
      ['ii-1-p1', 'ii-1'],
      ['ii-1-1', 'ii-1-1'],
      ['ii-1-1-g1', 'ii-1-1'],
      ['art-3', 'art-3'],
      ['basis-1', undefined],
      ['closing-1', undefined],
      ['loose', undefined],
    ]);
  });
});

describe('quietMentions', () => {
  const m = (start: number, target: string): Mention<string> => ({ start, end: start + 1, target });
  const cited = (t: string) => t.startsWith('doc:');
  const paragraphs = [
    { id: 'ii-1', item: 'ii-1', mentions: [m(0, 'body:a'), m(5, 'term:x'), m(9, 'doc:law'), m(12, 'body:a')] },
    { id: 'ii-1-g1', item: 'ii-1', mentions: [m(0, 'body:b'), m(4, 'doc:law')] },
    { id: 'ii-1-1', item: 'ii-1-1', mentions: [m(0, 'doc:decree'), m(3, 'term:x'), m(8, 'body:a')] },
    { id: 'ii-1-1-g1', item: 'ii-1-1', mentions: [m(0, 'body:c')] },
    { id: 'basis-1', item: undefined, mentions: [m(0, 'doc:law'), m(6, 'body:a')] },
    { id: 'closing-1', item: undefined, mentions: [m(0, 'body:b')] },
  ];

  it('links every cited document, the first body or term of each numbered item, and no body or term outside them', () => {
    const kept = quietMentions(paragraphs, cited);
    expect(Object.fromEntries([...kept].map(([id, ms]) => [id, ms.map((x) => `${x.target}@${x.start}`)]))).toEqual({
      'ii-1': ['body:a@0', 'doc:law@9'],
      'ii-1-g1': ['doc:law@4'],
      'ii-1-1': ['doc:decree@0', 'term:x@3'],
      'ii-1-1-g1': [],
      'basis-1': ['doc:law@0'],
      'closing-1': [],
    });
  });

  it('gives the item’s link to its first bullet when the item’s own words name no body or term', () => {
    const kept = quietMentions(
      [
        { id: 'ii-1', item: 'ii-1', mentions: [m(0, 'doc:law')] },
        { id: 'ii-1-g1', item: 'ii-1', mentions: [m(2, 'body:b'), m(6, 'body:c')] },
      ],
      cited,
    );
    expect(kept.get('ii-1-g1')?.map((x) => x.target)).toEqual(['body:b']);
  });
});
