import { describe, expect, it } from 'vitest';
import { pagePerEntry } from '../../src/lib/site/routes.ts';

describe('pagePerEntry', () => {
  it('gives one path per entry with the id as parameter and the entry as the named prop', () => {
    const a = { id: 'a', n: 1 };
    const b = { id: 'b', n: 2 };
    expect(pagePerEntry([a, b], 'body')).toEqual([
      { params: { id: 'a' }, props: { body: a } },
      { params: { id: 'b' }, props: { body: b } },
    ]);
  });

  it('uses the given parameter name', () => {
    const a = { id: 'uy-ban' };
    expect(pagePerEntry([a], 'body', 'body')).toEqual([{ params: { body: 'uy-ban' }, props: { body: a } }]);
  });

  it('keeps the entry itself, not a copy', () => {
    const a = { id: 'a' };
    expect(pagePerEntry([a], 'task')[0]?.props.task).toBe(a);
  });

  it('gives no paths for no entries', () => {
    expect(pagePerEntry([], 'term')).toEqual([]);
  });

  it('stops on two entries with the same id, naming the prop and the id', () => {
    expect(() => pagePerEntry([{ id: 'x' }, { id: 'x' }], 'term')).toThrow(/term entries share the id "x"/);
  });
});
