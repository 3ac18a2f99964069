import { describe, expect, it } from 'vitest';
import { rehypeEntryHeadingIds } from '../../src/lib/content/rehype-entry-heading-ids.ts';
import type { HastNode } from '../../src/lib/content/rehype-mentions.ts';

const heading = (tagName: string, text: string, id?: string): HastNode => ({
  type: 'element',
  tagName,
  properties: id ? { id } : {},
  children: [{ type: 'text', value: text }],
});
const run = (path: string | undefined, ...children: HastNode[]) => {
  const tree: HastNode = { type: 'root', children };
  rehypeEntryHeadingIds()(tree, path ? { path } : {});
  return children.map((c) => c.properties?.['id']);
};

describe('rehypeEntryHeadingIds', () => {
  it('prefixes each heading’s slug with the entry’s id, so two lessons on one page keep unique ids', () => {
    const a = run('content/objectives/muc-tieu-2-1.mdx', heading('h2', 'Nói ngắn gọn'), heading('h3', 'Ai làm gì'));
    const b = run('content/parts/bo-may.mdx', heading('h2', 'Nói ngắn gọn'));
    expect(a).toEqual(['muc-tieu-2-1--nói-ngắn-gọn', 'muc-tieu-2-1--ai-làm-gì']);
    expect(b).toEqual(['bo-may--nói-ngắn-gọn']);
  });

  it('keeps an id already set, and leaves files that are not entries alone', () => {
    expect(run('content/parts/bo-may.mdx', heading('h2', 'X', 'rieng'))).toEqual(['rieng']);
    expect(run('src/pages/x.md', heading('h2', 'Nói ngắn gọn'))).toEqual([undefined]);
    expect(run(undefined, heading('h2', 'Nói ngắn gọn'))).toEqual([undefined]);
  });
});
