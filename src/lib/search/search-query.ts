import { markWordEnds, stripDiacritics } from './search-text.ts';

/**
 * How a typed query becomes the searches Pagefind runs, and the keys it is
 * compared with to find the entry it names. Pure functions: the search page
 * (src/browser/search-page.ts) wires them to Pagefind.
 */

/**
 * Question words around a query («biên chế là gì», «Sở Nội vụ ở đâu»): they
 * say what the reader wants, not what the text says, so they are dropped
 * when something is left. Compared without diacritics, as whole words, at
 * the end (or, for «thế nào là …», the start) of the query.
 */
const FILLER_AT_END = [
  'la gi',
  'nghia la gi',
  'co nghia la gi',
  'la ai',
  'la cai gi',
  'o dau',
  'nam o dau',
  'nhu the nao',
  'the nao',
  'ra sao',
  'nhu nao',
  'gom nhung gi',
  'gom nhung ai',
  'bao gom nhung gi',
  'la nhung gi',
  'lam gi',
  'co nhiem vu gi',
];
const FILLER_AT_START = ['the nao la', 'the nao la mot', 'tim', 'tra cuu', 'cho hoi', 'hoi ve'];

/** The query without question words and a trailing «?» (the query itself when nothing else would be left). */
export function stripFiller(query: string): string {
  const words = query
    .replace(/[?？]+/gu, ' ')
    .split(/\s+/u)
    .filter(Boolean);
  const plain = words.map((w) => stripDiacritics(w).replace(/[^\p{L}\p{N}]+/gu, ''));
  const longestFirst = (list: string[]) => [...list].sort((a, b) => b.split(' ').length - a.split(' ').length);
  let start = 0;
  let end = words.length;
  for (const phrase of longestFirst(FILLER_AT_END)) {
    const n = phrase.split(' ').length;
    if (end - n > start && plain.slice(end - n, end).join(' ') === phrase) {
      end -= n;
      break;
    }
  }
  for (const phrase of longestFirst(FILLER_AT_START)) {
    const n = phrase.split(' ').length;
    if (start + n < end && plain.slice(start, start + n).join(' ') === phrase) {
      start += n;
      break;
    }
  }
  return words.slice(start, end).join(' ');
}

/** The searches one query becomes (see `WORD_END` in search-text.ts). */
export interface Readings {
  /** Every word whole and side by side (a Pagefind phrase search); none for one word. */
  phrase?: string | undefined;
  /** Every word whole, anywhere on the page. */
  closed: string;
  /** The last word left open, as it may still be being typed: used when no word is that last word whole. */
  open?: string | undefined;
  /** The last word whole, to check whether the text has it. */
  last?: string | undefined;
}

/**
 * The readings of a folded query (from `prepareQuery`). A query in quotes is
 * a phrase and nothing else.
 */
export function readingsOf(term: string): Readings | undefined {
  const quoted = /^"(.*)"$/u.exec(term);
  const words = (quoted ? (quoted[1] ?? '') : term).split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0) return undefined;
  const closed = words.map(markWordEnds).join(' ');
  if (quoted) return { phrase: `"${closed}"`, closed: `"${closed}"` };
  const last = words.at(-1) ?? '';
  const open = [...words.slice(0, -1).map(markWordEnds), last].join(' ');
  return {
    phrase: words.length > 1 ? `"${closed}"` : undefined,
    closed,
    open: open === closed ? undefined : open,
    last: open === closed ? undefined : markWordEnds(last),
  };
}

/** The words of a text as compared for names: no diacritics, «đ» as «d», lower case, split at anything else. */
export const plainWords = (text: string): string[] =>
  stripDiacritics(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
