import type { Mention } from '../content/mentions.ts';

/**
 * Which mentions the official text links, so that it still reads as text
 * (as on legislation.gov.uk or eCFR): every mention of a cited document, and
 * in each numbered item only the first mention of a body or term. The other
 * mentions stay plain; each entry's own page lists every clause that names it.
 */

/** A provision as the rule sees it: its place in the tree. */
export interface ProvisionNode {
  id: string;
  kind: string;
  parent?: string | undefined;
}

/** The numbered structure of a plan or decision: sections (I.), items (1., 2.2.1.) and articles (Điều 1.). */
const NUMBERED = new Set(['section', 'item', 'article']);
/** Kinds that are part of the numbered item above them: its bullets («- …») and unnumbered paragraphs. */
const PART_OF_ITEM = new Set(['bullet', 'paragraph']);

/**
 * The numbered item a provision belongs to: the provision itself if it is a
 * section, item or article; for a bullet or unnumbered paragraph, the item it
 * sits in; none for the parts outside the numbered structure (title, subject,
 * issuer, bases, preamble, enacting formula, closing lines).
 */
export function numberedItemOf(id: string, node: (id: string) => ProvisionNode): string | undefined {
  const p = node(id);
  if (NUMBERED.has(p.kind)) return id;
  return PART_OF_ITEM.has(p.kind) && p.parent ? numberedItemOf(p.parent, node) : undefined;
}

/**
 * The mentions to link in each paragraph, given every paragraph's mentions in
 * printed order: all those whose target `alwaysLinked` accepts (cited
 * documents), and the first mention of a body or term in each numbered item
 * (none in a paragraph outside the numbered structure, whose `item` is undefined).
 */
export function quietMentions<T>(
  paragraphs: { id: string; item: string | undefined; mentions: Mention<T>[] }[],
  alwaysLinked: (target: T) => boolean,
): Map<string, Mention<T>[]> {
  const itemsWithLink = new Set<string>();
  return new Map(
    paragraphs.map(({ id, item, mentions }) => [
      id,
      mentions.filter((m) => {
        if (alwaysLinked(m.target)) return true;
        if (item === undefined || itemsWithLink.has(item)) return false;
        itemsWithLink.add(item);
        return true;
      }),
    ]),
  );
}
