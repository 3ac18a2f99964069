import { describe, expect, it } from 'vitest';
import { findMentions, segment } from '../../src/lib/content/mentions.ts';

const aliases = [
  { alias: 'Ban Chỉ đạo', target: 'bcd' },
  { alias: 'Ban Chỉ đạo cải cách hành chính của tỉnh', target: 'bcd-tinh' },
  { alias: 'Sở Nội vụ', target: 'snv' },
];

describe('findMentions', () => {
  it('prefers the longest alias where two overlap', () => {
    const text = 'Ban Chỉ đạo cải cách hành chính của tỉnh giao Sở Nội vụ và Ban Chỉ đạo huyện';
    expect(findMentions(text, aliases).map((m) => m.target)).toEqual(['bcd-tinh', 'snv', 'bcd']);
  });

  it('matches whole words only', () => {
    expect(findMentions('Sở Nội vụX', aliases)).toEqual([]);
  });

  it('segments a text without losing a character', () => {
    const text = 'Giao Sở Nội vụ chủ trì.';
    const parts = segment(text, findMentions(text, aliases));
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.find((p) => p.target)?.text).toBe('Sở Nội vụ');
  });
});
