import { describe, expect, it } from 'vitest';
import { excerpt } from '../../src/lib/site/excerpt.ts';

describe('excerpt', () => {
  it('returns a short text whole', () => {
    expect(excerpt('Giao Sở Nội vụ chủ trì.', 5, 14)).toEqual({
      before: 'Giao ',
      match: 'Sở Nội vụ',
      after: ' chủ trì.',
      cutBefore: false,
      cutAfter: false,
    });
  });

  it('cuts a long text at word boundaries around the match', () => {
    const words = Array.from({ length: 60 }, (_, i) => `từ${i}`).join(' ');
    const text = `${words} Sở Nội vụ ${words}`;
    const start = text.indexOf('Sở Nội vụ');
    const e = excerpt(text, start, start + 'Sở Nội vụ'.length, 30);
    expect(e.match).toBe('Sở Nội vụ');
    expect(e.cutBefore && e.cutAfter).toBe(true);
    expect(e.before).toMatch(/^từ\d+ /);
    expect(e.after).toMatch(/ từ\d+$/);
    expect(e.before.length).toBeLessThanOrEqual(30);
    expect(text).toContain(`${e.before}${e.match}${e.after}`);
  });
});
