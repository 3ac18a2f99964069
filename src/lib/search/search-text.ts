/**
 * Search normalisation for Vietnamese. Pagefind 1.6 already matches across
 * tone marks and hats (it strips combining marks), but two gaps remain:
 *
 * - «đ» is a letter of its own, not «d» plus a mark, so «dat dai» would not
 *   find «đất đai» — and people typing without diacritics type «d».
 * - The old and new tone placement in «oa», «oe», «uy» («hoá»/«hóa»,
 *   «Uỷ»/«Ủy») are different strings, so an exact-diacritic query would not
 *   get Pagefind's bonus for an exact match.
 *
 * `foldForSearch` closes both: it is applied to the text Pagefind indexes and
 * to every query, so both sides meet in one spelling. It only ever swaps
 * letters inside a word, never adds, removes or moves white space, so word
 * positions (and so excerpts of the real text) stay aligned with the folded
 * copy.
 */

/** The five tone marks, as combining characters (huyền, sắc, hỏi, ngã, nặng). */
const TONE = '[\u0300\u0301\u0309\u0303\u0323]';

/**
 * «oa», «oe» and «uy» ending a syllable, with the tone on the second vowel
 * (the placement the official text uses: «hoá», «xoá», «Uỷ»). In «qu» the «u»
 * belongs to the consonant, so «quý» is left alone. Works on NFD text.
 */
const SECOND_VOWEL_TONE = new RegExp(`(?<![qQ])([oO][aAeE]|[uU][yY])(${TONE})(?![\\p{L}\\p{M}])`, 'gu');

/**
 * Puts the tone of a final «oa», «oe», «uy» on the first vowel
 * («hoá» → «hóa», «Uỷ» → «Ủy»), the placement most people type today.
 */
export function unifyTonePlacement(text: string): string {
  return text
    .normalize('NFD')
    .replace(SECOND_VOWEL_TONE, (_, pair: string, tone: string) => `${pair[0]}${tone}${pair[1]}`)
    .normalize('NFC');
}

/** «đ» → «d», «Đ» → «D»: the one Vietnamese letter Pagefind does not fold. */
export function foldD(text: string): string {
  return text.replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/**
 * The spelling both the index and the query are reduced to: NFC, tone
 * placement unified, «đ» folded to «d». Tone marks and hats stay, so
 * Pagefind can still rank an exact-diacritic match first.
 */
export function foldForSearch(text: string): string {
  return foldD(unifyTonePlacement(text));
}

/**
 * A query as typed, made ready for Pagefind: white space collapsed and
 * trimmed, then folded like the index. A query wholly in double quotes (any
 * kind of quote marks) stays a phrase query: Pagefind runs it as an exact
 * phrase when it starts and ends with «"».
 */
export function prepareQuery(raw: string): string {
  const collapsed = raw.replace(/\s+/gu, ' ').trim();
  const phrase = /^["“”„«»]\s*(.+?)\s*["“”„«»]$/u.exec(collapsed);
  if (phrase?.[1]) return `"${foldForSearch(phrase[1])}"`;
  return foldForSearch(
    collapsed
      .replace(/["“”„«»]/gu, ' ')
      .replace(/\s+/gu, ' ')
      .trim(),
  );
}

/**
 * Folds text for comparison in tests and checks: `foldForSearch`, lower
 * case, and tone marks and hats removed — what a query without diacritics
 * looks like.
 */
export function stripDiacritics(text: string): string {
  return foldForSearch(text).normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC').toLowerCase();
}

/**
 * The letter put at the end of every word of the folded index, and of every
 * complete word of a query. Pagefind matches each query word as a prefix
 * («so» finds «soát», «xa» finds «xây») and, when no word starts with it,
 * falls back to the longest indexed word that starts it («khieu» finds
 * «khi»). For Vietnamese, where every syllable is a word, both flood the
 * results. With a closing letter on both sides, «soq» matches «sở», «số»
 * (Pagefind still folds tone marks) but never «soát», and no indexed word
 * can be a prefix of a longer query word. A query word left open (the one
 * being typed) still matches as a prefix. No Vietnamese syllable ends in «q».
 */
export const WORD_END = 'q';

/** A run of letters, marks and digits: what Pagefind counts as a word or a part of a compound word. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * A word and its closing letter, in the case of the word's last letter:
 * Pagefind splits a word where lower case follows upper case («dạngJSON»),
 * so «BAN» must close as «BANQ», not «BANq» («BA» + «Nq»).
 */
const closed = (word: string) => word + (/\p{Lu}$/u.test(word) ? WORD_END.toUpperCase() : WORD_END);

/** Closes every word of plain text with `WORD_END`; spaces and punctuation stay where they are. */
export function markWordEnds(text: string): string {
  return text.replace(WORD, closed);
}

/**
 * `markWordEnds` on the text of an HTML page: only text between tags (never
 * tag names, attributes or character references, nor inside `<script>`,
 * `<style>` or comments). Where Pagefind joins the text of two elements
 * into one word («tệp» + «30/11» → «tệp30/11»), the word gets a closing
 * letter inside it too; it stays one word, so positions do not move.
 */
export function markWordEndsInHtml(html: string): string {
  return html.replace(
    /(<script\b[\s\S]*?<\/script>|<style\b[\s\S]*?<\/style>|<!--[\s\S]*?-->|<[^>]*>)|([^<]+)/giu,
    (_, tag: string | undefined, text: string | undefined) =>
      tag ??
      (text ?? '').replace(
        /(&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);)|[\p{L}\p{M}\p{N}]+/giu,
        (m, ref: string | undefined) => (ref ? m : closed(m)),
      ),
  );
}

/** Text without any `WORD_END` letter: what a marked text and its source must agree on. */
export const withoutWordEnds = (text: string) => text.replaceAll(WORD_END, '').replaceAll(WORD_END.toUpperCase(), '');
