/**
 * The plain words of an explanation (an MDX body): components that only cite
 * or link are dropped or reduced to their own words, Markdown marks removed.
 * For places that show an explanation as one line of text — lists, open
 * data, search excerpts — where the rendered MDX does not fit.
 */
export function plainText(mdx: string): string {
  return mdx
    .replace(/<([A-Z]\w*)\b[^>]*\/>/g, '') // self-closing components (<Nguon id="…" />): citations, dropped
    .replace(/<\/?[A-Z]\w*\b[^>]*>/g, '') // components with words inside keep the words
    .replace(/^#+\s.*$/gm, '') // headings
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,;:!?)»])/g, '$1')
    .trim();
}

/** The first paragraph of an explanation, as plain words. */
export const firstParagraph = (mdx: string) =>
  plainText(mdx.split(/\n\s*\n/).find((p) => p.trim() && !p.trim().startsWith('#')) ?? '');
