import { findMentions, segment, type AliasTarget, type Mention } from './mentions.ts';
import type { MentionTarget } from './mention-aliases.ts';
import { urls } from '../site/urls.ts';

/** The parts of a hast node the plugin reads or builds. */
export interface HastNode {
  type: string;
  value?: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
  /** MDX elements (components in an explanation) carry a name and attributes. */
  name?: string | null;
  attributes?: { name?: string; value?: unknown }[];
}

/**
 * Explanation components that render a link: their own words are never linked again (no link inside a link).
 * `<CoQuan>`, `<ThuatNgu>` and the other links to entries are `EntryLink` by now (remark-editorial.ts).
 */
const LINK_COMPONENTS = new Set(['EntryLink', 'Nguon']);

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

/** Links the first mention of each entry in the tree, in reading order; later ones stay plain text. */
function link(node: HastNode, aliases: AliasTarget<MentionTarget>[], linked: Set<string>): void {
  if (!node.children) return;
  node.children = node.children.flatMap((child) => {
    if (child.type === 'text' && child.value) {
      const first = findMentions(child.value, aliases).filter((m) => {
        const key = `${m.target.collection}/${m.target.id}`;
        return !linked.has(key) && linked.add(key) !== undefined;
      });
      return mentionNodes(child.value, first);
    }
    if (child.type.startsWith('mdxJsx') && child.name === 'EntryLink') {
      // An explanation's <CoQuan id="…"> or <ThuatNgu id="…"> is already the link to that entry.
      const [collection, id] = ['collection', 'id'].map(
        (name) => child.attributes?.find((x) => x.name === name)?.value,
      );
      if (typeof collection === 'string' && typeof id === 'string') linked.add(`${collection}/${id}`);
    }
    if (child.type === 'element' && child.tagName === 'a') {
      // A link the author wrote counts as the mention of what it links to.
      const href = String(child.properties?.['href'] ?? '');
      for (const a of aliases) if (urls.mention(a.target) === href) linked.add(`${a.target.collection}/${a.target.id}`);
    }
    const isLink = child.type.startsWith('mdxJsx') && LINK_COMPONENTS.has(child.name ?? '');
    if (!(child.type === 'element' && SKIP.has(child.tagName ?? '')) && !isLink) link(child, aliases, linked);
    return [child];
  });
}

/**
 * Rehype plugin: links mentions of bodies, cited documents and glossary terms
 * in Markdown and MDX, with the same aliases, matching and URLs as the reader
 * — the first mention of each, so that an explanation still reads as text.
 */
export default function rehypeMentions({ aliases }: RehypeMentionsOptions) {
  return (tree: HastNode) => {
    link(tree, aliases, new Set());
  };
}
