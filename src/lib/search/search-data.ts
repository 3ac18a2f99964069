import type { SearchSynonym } from '../../schemas/search-synonym.ts';
import type { Corpus } from '../content/corpus.ts';
import type { ContentProblem } from '../content/integrity.ts';
import { nameKey, type SearchEntry, type SearchLexicon } from './search-entries.ts';
import { plainWords } from './search-query.ts';
import { foldForSearch } from './search-text.ts';
import { urls } from '../site/urls.ts';

/**
 * What the search page needs to know, at build time, to put a named entry
 * first: every entry's names from the typed content, and the reviewed word
 * lists. Nothing here is written by hand for one entry, so new content ranks
 * right without code changes.
 */

/** A synonym file as loaded: where it came from and its data. */
export interface SynonymFile {
  filePath: string;
  data: SearchSynonym;
}

const comparable = (text: string) => foldForSearch(text.normalize('NFC')).toLowerCase().replace(/\s+/gu, ' ');

/**
 * Checks the synonym files: each plan term occurs in the official text (old
 * or new tone placement alike), an abbreviation is one word, and no typed
 * word is listed twice or is the plan's term itself.
 */
export function checkSynonyms(files: SynonymFile[], officialText: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const text = comparable(officialText);
  const seen = new Map<string, string>();
  for (const { filePath, data } of files) {
    if (!text.includes(comparable(data.planTerm)))
      problems.push({
        file: filePath,
        field: 'planTerm',
        value: data.planTerm,
        message: 'the plan’s term does not occur in the official text',
      });
    data.typed.forEach((typed, i) => {
      const key = plainWords(typed).join(' ');
      const other = seen.get(key);
      if (data.kind === 'abbreviation' && key.includes(' '))
        problems.push({
          file: filePath,
          field: `typed[${i}]`,
          value: typed,
          message: 'an abbreviation must be one word (list «NĐ» and «CP», not «NĐ-CP»)',
        });
      else if (key === plainWords(data.planTerm).join(' '))
        problems.push({ file: filePath, field: `typed[${i}]`, value: typed, message: 'is the plan’s term itself' });
      else if (other)
        problems.push({ file: filePath, field: `typed[${i}]`, value: typed, message: `already listed in ${other}` });
      else seen.set(key, filePath);
    });
  }
  return problems;
}

/** The word lists as the search page uses them. */
export function searchLexicon(files: SynonymFile[]): SearchLexicon {
  const abbreviations: Record<string, string> = {};
  const everyday: SearchLexicon['everyday'] = [];
  for (const { data } of files)
    if (data.kind === 'abbreviation')
      for (const typed of data.typed) {
        const words = plainWords(typed);
        if (words.length !== 1) throw new Error(`Search synonyms: abbreviation «${typed}» is not one word`);
        abbreviations[words[0] as string] = plainWords(data.planTerm).join(' ');
      }
    else everyday.push({ typed: data.typed.map((t) => plainWords(t).join(' ')), planTerm: data.planTerm });
  return { abbreviations, everyday };
}

/** The kinds of provision a reader may name by label: sections, items, articles. */
const LABELLED = new Set(['section', 'item', 'article']);

/** Labels without their closing dot («2.2.1.» → «2.2.1», «Điều 2.» → «Điều 2»). */
const label = (text: string | undefined) => text?.replace(/[.:]\s*$/u, '').trim();

/**
 * Every entry search can take a reader to, with the names it may be typed
 * by: bodies (name, aliases), terms (term, aliases), cited documents (title,
 * type and number, number, aliases), the documents (title, short title,
 * number), objectives («mục tiêu 2.1», title), the parts of the plan taught
 * as lessons (title) and each clause of the reader
 * (its label and its place, «khoản 3.5 mục III», «Điều 2»).
 */
export function searchEntries(c: Corpus): SearchEntry[] {
  const keys = (names: (string | undefined)[]) => [
    ...new Set(names.filter((n): n is string => Boolean(n?.trim())).map((n) => nameKey(n))),
  ];
  const entries: SearchEntry[] = [];
  for (const b of c.bodies) entries.push({ url: urls.body(b.id), keys: keys([b.data.name, ...b.data.aliases]) });
  for (const t of c.glossary) entries.push({ url: urls.term(t.id), keys: keys([t.data.term, ...t.data.aliases]) });
  for (const r of c.legalReferences) {
    const { type, number, title } = r.data;
    entries.push({
      url: urls.legalReference(r.id),
      keys: keys([
        title && `${type} ${title}`,
        title,
        // A number is matched word by word, so «172/2004» and «nghị định 172» both find this one.
        number && `${type} số ${number}`,
        ...r.data.aliases,
      ]),
    });
  }
  for (const d of c.documents) {
    const { type, number, title, shortTitle } = d.data;
    entries.push({
      url: urls.reader(c.publicationOf(d.id).root.id),
      keys: keys([title, shortTitle, number && `${type} số ${number}`]),
    });
  }
  for (const o of c.objectives)
    entries.push({ url: urls.objective(o.id), keys: keys([`mục tiêu ${o.data.label}`, o.data.title]) });
  for (const p of c.parts) entries.push({ url: urls.part(p), keys: keys([p.data.title]) });
  for (const p of c.provisions) {
    // Clauses with a label of their own; a bullet is found through its item.
    if (!LABELLED.has(p.data.kind) || !p.data.label) continue;
    entries.push({
      url: c.clauseHref(p.id),
      // A bare label only where it cannot be mistaken for a plain number («2.2.1», «Điều 2», not «2» or «II»).
      keys: keys([c.location(p.id), ...[label(p.data.label)].filter((l) => l && /\.|\s/u.test(l))]),
    });
  }
  return entries;
}
