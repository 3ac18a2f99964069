import { describe, expect, it } from 'vitest';
import { inheritanceOf, inheritanceSteps, type BodyLink, type Duty } from '../../src/lib/relations/duties.ts';
import { viewsOfBody } from '../../src/lib/relations/level-views.ts';
import type { BodyKind, Level } from '../../src/schemas/body.ts';

describe('inheritanceSteps', () => {
  /** Sở Tư pháp is one of «Các sở, ngành», which is one of «Các cơ quan»; «Thủ trưởng các sở» heads its members. */
  const links: BodyLink[] = [
    { body: 'stp', other: 'so-nganh', relation: 'one-of', interpretation: 'Một sở.' },
    { body: 'so-nganh', other: 'co-quan', relation: 'one-of', source: 'kh-iii-2' },
    { body: 'thu-truong', other: 'so-nganh', relation: 'head-of' },
  ];
  const steps = (from: string) =>
    inheritanceSteps('stp', inheritanceOf('stp', links).find((x) => x.from === from) ?? { from, path: [] }).map(
      (s) => `${s.from} ${s.kind} ${s.to}`,
    );

  it('starts each step where the one before it ends', () => {
    expect(steps('so-nganh')).toEqual(['stp member so-nganh']);
    expect(steps('co-quan')).toEqual(['stp member so-nganh', 'so-nganh member co-quan']);
  });

  it('reads a head post as the body that heads the group’s members', () => {
    expect(steps('thu-truong')).toEqual(['stp member so-nganh', 'so-nganh head thu-truong']);
  });

  it('keeps each step’s link, with its clause or reading', () => {
    const [first] = inheritanceSteps('stp', inheritanceOf('stp', links)[0] ?? { from: '', path: [] });
    expect(first?.link.interpretation).toBe('Một sở.');
  });
});

describe('viewsOfBody', () => {
  const body = (id: string, level: Level, kind: BodyKind, head?: string) => ({
    id,
    data: { level, kind, parents: head ? [{ body: { id: head }, relation: 'head-of' }] : [] },
  });
  const bodies = [
    body('snv', 'province', 'department'),
    body('gd-snv', 'province', 'post', 'snv'),
    body('ubnd-huyen', 'district', 'government'),
  ];
  const r = {
    bodies: bodies.map((b) => b.id),
    dutiesOfBody: (id: string) => (id === 'snv' ? [{ key: 'snv:duty' } as Duty] : []),
    inheritedDutiesOf: () => [],
  };

  it('gives a body the built views that hold it, the post heading a department included', () => {
    expect(viewsOfBody('snv', bodies, r)).toEqual(['so-nganh']);
    expect(viewsOfBody('gd-snv', bodies, r)).toEqual(['so-nganh']);
  });

  it('gives none where the body’s level has nothing to show', () => {
    expect(viewsOfBody('ubnd-huyen', bodies, r)).toEqual([]);
  });
});
