import { plainWords } from './search-query.ts';
import { foldForSearch } from './search-text.ts';

/**
 * Knowing when a query names an entry of the site — a body, a term, a cited
 * document, an objective, a clause — so that search puts that entry's page
 * (or the clause in the reader) first, whatever the pages around it say.
 * The names come from the typed content at build time (src/lib/search/search-data.ts);
 * this module compares them with a query, in the browser.
 */

/** An entry as the search page receives it: where it lives and the keys of its names. */
export interface SearchEntry {
  /** Its page, or a clause's anchor in the reader (`/van-ban/…/#kh-iii-3-5`). */
  url: string;
  /** Its names as keys (`nameKey`): name, aliases, number, label, citation. */
  keys: string[];
}

/**
 * Entries as shipped in the search page: one line each, the URL, a tab, then
 * its keys separated by «|» (keys are plain words, so neither occurs in them).
 * Far smaller than JSON inside an HTML attribute, where every quote is `&quot;`.
 */
export function encodeEntries(entries: SearchEntry[]): string {
  for (const e of entries)
    for (const k of [e.url, ...e.keys])
      if (/[\t\n|]/u.test(k)) throw new Error(`Search entries: «${k}» holds a tab, a line break or «|»`);
  return entries.map((e) => [e.url, e.keys.join('|')].join('\t')).join('\n');
}

/** Reads `encodeEntries`'s text back. */
export function decodeEntries(text: string): SearchEntry[] {
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [url = '', keys = ''] = line.split('\t');
      return { url, keys: keys.split('|').filter(Boolean) };
    });
}

/** The reviewed word lists search uses (content/search-synonyms), as the search page receives them. */
export interface SearchLexicon {
  /** An abbreviation's plain word («ubnd») → the plain words of the plan's term («uy ban nhan dan»). */
  abbreviations: Record<string, string>;
  /** Everyday words and the plan's term they lead to. */
  everyday: { typed: string[]; planTerm: string }[];
}

/** Small words a name can be said with or without («Ban Chỉ đạo [của] tỉnh», «Sở Kế hoạch [và] Đầu tư»). */
const CONNECTIVES = new Set(['của', 'và', 'các']);
/** The same, typed without diacritics: only tried as a variant, since «cua» may be «cửa». */
const PLAIN_CONNECTIVES = new Set(['cua', 'va', 'cac']);
/** Marks a connective inside a key. */
const OPTIONAL = '~';

const expand = (words: string[], lexicon: Pick<SearchLexicon, 'abbreviations'>) =>
  words.flatMap((w) => (lexicon.abbreviations[w.replace(OPTIONAL, '')] ?? w).split(' '));

/**
 * A name as a key: plain words, connectives marked as optional (`~cua`),
 * which needs the name's diacritics («của», not «cửa»).
 */
export function nameKey(name: string): string {
  return foldForSearch(name.normalize('NFC'))
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => (CONNECTIVES.has(w) ? `${OPTIONAL}${plainWords(w).join('')}` : plainWords(w).join('')))
    .join(' ');
}

/** A key's two readings, abbreviations spelt out («hdnd» → «hoi dong nhan dan»): every word, and without its optional connectives. */
function keyForms(key: string, lexicon: Pick<SearchLexicon, 'abbreviations'>): string[][] {
  const words = expand(key.split(' '), lexicon);
  const full = words.map((w) => w.replace(OPTIONAL, ''));
  const bare = words.filter((w) => !w.startsWith(OPTIONAL));
  return bare.length === full.length || bare.length === 0 ? [full] : [full, bare];
}

/** A query's readings as keys: every word (abbreviations spelt out), and without connectives. */
export function queryForms(query: string, lexicon: Pick<SearchLexicon, 'abbreviations'>): string[][] {
  const typedWithMarks = /[^\p{ASCII}]/u.test(query);
  const words = query
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean);
  const full = expand(
    words.map((w) => plainWords(w).join('')),
    lexicon,
  );
  const isConnective = (w: string) => (typedWithMarks ? CONNECTIVES.has(foldForSearch(w)) : PLAIN_CONNECTIVES.has(w));
  const bare = expand(
    words.filter((w) => !isConnective(w)).map((w) => plainWords(w).join('')),
    lexicon,
  );
  return bare.length === full.length || bare.length === 0 ? [full] : [full, bare];
}

const indexOfRun = (haystack: string[], needle: string[]) => {
  for (let i = 0; i + needle.length <= haystack.length; i += 1)
    if (needle.every((w, j) => haystack[i + j] === w)) return i;
  return -1;
};
const hasDigit = (w: string) => /\d/.test(w);

/** Scores: what the query is to the name, best first. */
export const NAME_MATCH = {
  /** The query is the name. */
  exact: 1000,
  /** The query is how the name starts (its last word possibly still being typed). */
  start: 600,
  /** The query holds a number, and every word of it is in the name («172/2004», «nghị định 172»). */
  number: 500,
  /** The query (three words or more) is a part of the name, at least half of it («một cửa liên thông» in «cơ chế “một cửa” liên thông»). */
  part: 400,
  /** The name is more than half of the query («Sở Nội vụ chủ trì»). */
  within: 300,
} as const;

/**
 * How well a query (as key words) names a name (as key words): 0 when it
 * does not, else a score from `NAME_MATCH` plus how much of the one covers
 * the other.
 */
export function scoreName(query: string[], name: string[], lastWordOpen = true): number {
  if (query.length === 0 || name.length === 0) return 0;
  const share = (a: number, b: number) => Math.round((100 * a) / b);
  if (query.length === name.length && query.every((w, i) => w === name[i])) return NAME_MATCH.exact + name.length;
  if (
    query.length <= name.length &&
    query.every((w, i) => (i === query.length - 1 && lastWordOpen ? (name[i] ?? '').startsWith(w) : w === name[i]))
  )
    return NAME_MATCH.start + share(query.length, name.length);
  const words = new Set(name);
  if (query.some(hasDigit) && query.every((w) => words.has(w)))
    return NAME_MATCH.number + share(query.length, name.length);
  // Two words inside a longer name are too often a phrase of their own («chỉ đạo» in «Ban Chỉ đạo»).
  if (query.length >= 3 && query.length * 2 >= name.length && indexOfRun(name, query) >= 0)
    return NAME_MATCH.part + share(query.length, name.length);
  if ((name.length >= 2 || name.some(hasDigit)) && name.length * 2 > query.length && indexOfRun(query, name) >= 0)
    return NAME_MATCH.within + share(name.length, query.length);
  return 0;
}

/**
 * The query with its abbreviations spelt out («ubnd tinh» → «uy ban nhan dan
 * tinh»), or nothing when it has none.
 */
export function spellOut(query: string, lexicon: Pick<SearchLexicon, 'abbreviations'>): string | undefined {
  let changed = false;
  const words = query
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => {
      const spelt = lexicon.abbreviations[plainWords(w).join('')];
      if (spelt) changed = true;
      return spelt ?? w;
    });
  return changed ? words.join(' ') : undefined;
}

/** An entry a query names, and how well. */
export interface NamedEntry {
  url: string;
  score: number;
}

/**
 * The entries a query names, to be shown first: the best one, then any other
 * the query names at least as well as a name's start (several clauses can
 * share a label), at most `max`. Ties go to the entry listed first.
 */
export function namedEntries(
  query: string,
  entries: SearchEntry[],
  lexicon: Pick<SearchLexicon, 'abbreviations'>,
  max = 3,
): NamedEntry[] {
  const forms = queryForms(query, lexicon);
  const scored: NamedEntry[] = [];
  for (const entry of entries) {
    let best = 0;
    for (const key of entry.keys)
      keyForms(key, lexicon).forEach((name, nameForm) =>
        forms.forEach((q, queryForm) => {
          // A reading without connectives scores a little less than the words as typed.
          const score = scoreName(q, name) - nameForm - queryForm;
          if (score > best) best = score;
        }),
      );
    if (best > 0) scored.push({ url: entry.url, score: best });
  }
  const ranked = scored.map((s, order) => ({ ...s, order })).sort((a, b) => b.score - a.score || a.order - b.order);
  const [first, ...rest] = ranked;
  if (!first) return [];
  return [first, ...rest.filter((r) => r.score >= NAME_MATCH.start - 2)]
    .slice(0, max)
    .map(({ url, score }) => ({ url, score }));
}

/** Named entries from several readings of a query: each once, with its best score, best first, at most `max`. */
export function bestNamed(all: NamedEntry[], max = 3): NamedEntry[] {
  const best = new Map<string, number>();
  for (const e of all) best.set(e.url, Math.max(best.get(e.url) ?? 0, e.score));
  return [...best]
    .sort((a, b) => b[1] - a[1])
    .map(([url, score]) => ({ url, score }))
    .slice(0, max);
}

/** An everyday word of the query replaced by the plan's term, so that search can look for the plan's words. */
export interface Rewording {
  /** What the reader typed (as found in the query). */
  typed: string;
  /** The plan's term. */
  planTerm: string;
  /** The query with the plan's term in its place. */
  query: string;
  /** Whether the everyday word is the whole query. */
  whole: boolean;
}

/**
 * The query with each everyday word the lexicon knows replaced by the plan's
 * term (the first one found), compared without diacritics, as whole words.
 */
export function reword(query: string, lexicon: Pick<SearchLexicon, 'everyday'>): Rewording | undefined {
  const words = query.split(/\s+/u).filter(Boolean);
  const plain = words.map((w) => plainWords(w).join(''));
  let best: { at: number; length: number; planTerm: string } | undefined;
  for (const { typed, planTerm } of lexicon.everyday)
    for (const t of typed) {
      const needle = t.split(' ');
      const at = indexOfRun(plain, needle);
      if (at >= 0 && (!best || needle.length > best.length)) best = { at, length: needle.length, planTerm };
    }
  if (!best) return undefined;
  return {
    typed: words.slice(best.at, best.at + best.length).join(' '),
    planTerm: best.planTerm,
    query: [...words.slice(0, best.at), best.planTerm, ...words.slice(best.at + best.length)].join(' '),
    whole: best.length === words.length,
  };
}
