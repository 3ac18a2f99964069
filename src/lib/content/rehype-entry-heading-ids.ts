import { slug } from 'github-slugger';
import type { HastNode } from './rehype-mentions.ts';

/**
 * Gives an explanation's headings ids that start with its entry's id
 * («muc-tieu-2-1--nói-ngắn-gọn»): a handout prints several lessons, each with
 * the same three headings, on one page, and ids must stay unique there.
 * Runs before Astro's own heading ids, which keep an id already set.
 */
export function rehypeEntryHeadingIds() {
  return (tree: HastNode, file: { path?: string; history?: string[] }) => {
    const path = file.path ?? file.history?.at(-1) ?? '';
    const entry = /([^/\\]+)\.mdx$/.exec(path)?.[1];
    if (!entry) return;
    const visit = (node: HastNode) => {
      if (node.type === 'element' && /^h[1-6]$/.test(node.tagName ?? '') && !node.properties?.['id'])
        node.properties = { ...node.properties, id: `${entry}--${slug(textOf(node))}` };
      node.children?.forEach(visit);
    };
    visit(tree);
  };
}

const textOf = (node: HastNode): string =>
  node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join('');
