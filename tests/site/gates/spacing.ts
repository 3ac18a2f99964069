import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { builtPages } from './pages.ts';

/**
 * Spaces around links. Astro drops the white space of a line break between
 * a text and an element, so «· <a>» written across two lines can come out
 * as «·<a>»: a word or separator glued to a link. This check reads every
 * built page and lists each link whose first or last character touches the
 * text next to it where the sentence needs a space.
 */

/** Elements that end a run of inline text: what comes before and after them never touches a link inside. */
const BLOCK = new Set(
  `address article aside blockquote body br button caption dd details dialog div dl dt fieldset figcaption figure
  footer form h1 h2 h3 h4 h5 h6 header hr img input label li main nav noscript ol option p pre section select
  search summary table tbody td textarea tfoot th thead tr ul`.split(/\s+/),
);
/** Elements whose content is not text a reader sees. */
const SKIP = new Set(['script', 'style', 'template', 'svg', 'math', 'head']);

/** Letters and digits: two words joined without a space. */
const WORD = /[\p{L}\p{N}]/u;
/** Separators of a list of links written in a line («Trang chủ · Tìm kiếm»). */
const SEPARATOR = /[·•|–—]/u;
/** Punctuation that ends a clause or a bracket: a word after it needs a space. */
const CLOSING = /[,;:.!?)\]»”’]/u;

/** Whether a sentence needs a space between character `a` and the character `b` right after it. */
export function needsSpace(a: string, b: string): boolean {
  return (WORD.test(b) || SEPARATOR.test(b)) && (WORD.test(a) || SEPARATOR.test(a) || CLOSING.test(a));
}

interface Piece {
  text: string;
  /** The link this text belongs to, if any. */
  link: Element | null;
}

/** Splits the inline content of a document into runs of text, each ending at a block boundary. */
function inlineRuns(root: Element): Piece[][] {
  const runs: Piece[][] = [[]];
  const visit = (node: Node, link: Element | null) => {
    if (node.nodeType === 3) {
      runs.at(-1)?.push({ text: node.textContent ?? '', link });
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toLowerCase();
    if (SKIP.has(tag) || el.hasAttribute('hidden')) return;
    const block = BLOCK.has(tag);
    if (block) runs.push([]);
    const within = tag === 'a' ? el : link;
    el.childNodes.forEach((child) => visit(child, within));
    if (block) runs.push([]);
  };
  visit(root, null);
  return runs.filter((r) => r.some((p) => p.text.length > 0));
}

/** The official words are shown as printed, their spacing included («3.2.Trong quý I»): not checked. */
const official = (link: Element) => link.closest('.prov-text') !== null;

/** Links on one page that touch a word or separator with no space, each with a few characters around it. */
export function linkSpacingProblemsIn(html: string): string[] {
  const { document } = parseHTML(html);
  const problems: string[] = [];
  for (const run of inlineRuns(document.documentElement)) {
    const text = run.map((p) => p.text).join('');
    let at = 0;
    const starts = run.map((p) => {
      const start = at;
      at += p.text.length;
      return start;
    });
    const links = [...new Set(run.flatMap((p) => (p.link ? [p.link] : [])))];
    for (const link of links) {
      if (official(link)) continue;
      const own = run.flatMap((p, i) => (p.link === link ? [i] : []));
      const start = starts[own[0] ?? 0] ?? 0;
      const lastPiece = own.at(-1) ?? 0;
      const end = (starts[lastPiece] ?? 0) + (run[lastPiece]?.text.length ?? 0);
      if (start === end) continue;
      const around = () =>
        `«${text.slice(Math.max(0, start - 20), end + 20).replace(/\s+/g, ' ')}» (link «${text.slice(start, end).trim()}»)`;
      if (start > 0 && needsSpace(text[start - 1] ?? ' ', text[start] ?? ' '))
        problems.push(`no space before: ${around()}`);
      else if (end < text.length && needsSpace(text[end - 1] ?? ' ', text[end] ?? ' '))
        problems.push(`no space after: ${around()}`);
    }
  }
  return problems;
}

/** Every built page's links that touch a word or separator without the space the sentence needs. */
export function linkSpacingProblems(dist: string): { pages: number; problems: string[] } {
  const pages = builtPages(dist);
  return {
    pages: pages.length,
    problems: pages.flatMap((p) => linkSpacingProblemsIn(readFileSync(p.file, 'utf8')).map((m) => `${p.path}: ${m}`)),
  };
}
