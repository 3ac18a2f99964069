import { findMentions, segment, type AliasTarget, type Mention } from './mentions.ts';
import type { MentionTarget } from './mention-aliases.ts';
import { urls } from './urls.ts';

/** The parts of a hast node the plugin reads or builds. */
export interface HastNode {
  type: string;
  value?: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

export interface RehypeMentionsOptions {
  /** Spellings to link, from `mentionAliases()` or `loadMentionAliases()`. */
  aliases: AliasTarget<MentionTarget>[];
}

/** Elements whose text is never linked: links themselves, code, and non-text content. */
const SKIP = new Set(['a', 'code', 'pre', 'kbd', 'script', 'style', 'svg', 'math', 'textarea', 'title']);

/** A text with its mentions turned into links, as hast nodes; the characters are unchanged. */
export function mentionNodes(text: string, mentions: Mention<MentionTarget>[]): HastNode[] {
  return segment(text, mentions).map((part) =>
    part.target
      ? {
          type: 'element',
          tagName: 'a',
          properties: { href: urls.mention(part.target) },
          children: [{ type: 'text', value: part.text }],
        }
      : { type: 'text', value: part.text },
  );
}

function link(node: HastNode, aliases: AliasTarget<MentionTarget>[]): void {
  if (!node.children) return;
  node.children = node.children.flatMap((child) => {
    if (child.type === 'text' && child.value) return mentionNodes(child.value, findMentions(child.value, aliases));
    if (!(child.type === 'element' && SKIP.has(child.tagName ?? ''))) link(child, aliases);
    return [child];
  });
}

/**
 * Rehype plugin: links mentions of bodies, cited documents and glossary terms
 * in Markdown and MDX, with the same aliases, matching and URLs as the reader.
 */
export default function rehypeMentions({ aliases }: RehypeMentionsOptions) {
  return (tree: HastNode) => {
    link(tree, aliases);
  };
}
