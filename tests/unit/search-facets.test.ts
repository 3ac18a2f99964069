import { describe, expect, it } from 'vitest';
import {
  decodeAnchorFacets,
  encodeAnchorFacets,
  filterPairs,
  provisionAreas,
  provisionFacets,
} from '../../src/lib/search/search-facets.ts';

const prov = (id: string, parent?: string) => ({ id, data: { parent: parent ? { id: parent } : undefined } });
const provisions = [
  prov('ii'),
  prov('ii-1', 'ii'),
  prov('ii-1-1', 'ii-1'),
  prov('ii-1-1-g1', 'ii-1-1'),
  prov('ii-4', 'ii'),
  prov('ii-4-1', 'ii-4'),
  prov('i-1'),
];
const task = (provision: string, area: 'the-che' | 'tai-chinh', bodies: [string, string][] = []) => ({
  data: {
    provision: { id: provision },
    area,
    bodies: bodies.map(([body, source]) => ({ body: { id: body }, source: { id: source } })),
  },
});

describe('filterPairs', () => {
  it('lists kind, areas and bodies once each', () => {
    expect(filterPairs({ kind: 'task', areas: ['the-che'], bodies: ['so-noi-vu', 'so-noi-vu'] })).toEqual([
      'kind:task',
      'area:the-che',
      'body:so-noi-vu',
    ]);
    expect(filterPairs({})).toEqual([]);
  });

  it('refuses a value that is not an ASCII id, naming it', () => {
    expect(() => filterPairs({ bodies: ['Sở Nội vụ'] })).toThrow(/body:Sở Nội vụ/);
  });
});

describe('provisionAreas', () => {
  it('gives a task area to its provision, what is inside it and what is around it, unless areas differ', () => {
    const areas = provisionAreas(provisions, [task('ii-1-1', 'the-che'), task('ii-4-1', 'tai-chinh')]);
    expect(areas.get('ii-1-1')).toBe('the-che');
    expect(areas.get('ii-1-1-g1')).toBe('the-che');
    expect(areas.get('ii-1')).toBe('the-che');
    expect(areas.get('ii-4')).toBe('tai-chinh');
    expect(areas.has('ii')).toBe(false);
    expect(areas.has('i-1')).toBe(false);
  });
});

describe('provisionFacets', () => {
  it('joins a provision’s area with the bodies it names or gives a role', () => {
    const facets = provisionFacets({
      provisions,
      tasks: [task('ii-1-1', 'the-che', [['so-tu-phap', 'ii-1-1']])],
      milestones: [{ data: { bodies: [{ body: { id: 'so-noi-vu' }, source: { id: 'i-1' } }] } }],
      bodiesMentionedIn: (id) => (id === 'ii-1-1' ? ['ubnd-tinh', 'so-tu-phap'] : []),
    });
    expect(facets['ii-1-1']).toEqual({ areas: ['the-che'], bodies: ['so-tu-phap', 'ubnd-tinh'] });
    expect(facets['i-1']).toEqual({ areas: [], bodies: ['so-noi-vu'] });
    expect(facets['ii-4']).toBeUndefined();
  });
});

describe('passage facets as shipped', () => {
  it('round-trip through their compact text', () => {
    const facets = {
      'kh-ii-1-1': { areas: ['the-che' as const], bodies: ['so-noi-vu', 'so-tu-phap'] },
      'kh-ii-1-2': { areas: [], bodies: ['so-tu-phap'] },
    };
    expect(decodeAnchorFacets(encodeAnchorFacets(facets))).toEqual(facets);
    expect(decodeAnchorFacets('')).toEqual({});
  });
});
