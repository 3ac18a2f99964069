import { getCollection } from 'astro:content';
import { corpus } from '../content/corpus.ts';
import { ContentError } from '../content/integrity.ts';
import { checkSynonyms, searchEntries, searchLexicon } from './search-data.ts';
import { encodeEntries, type SearchLexicon } from './search-entries.ts';

/** What the search page ships for ranking: the entries' names (see `encodeEntries`) and the reviewed word lists. */
export interface SearchNames {
  entries: string;
  lexicon: SearchLexicon;
}

/** Loads and checks the synonym files, then derives the names of every entry (see search-data.ts). */
export async function searchNames(): Promise<SearchNames> {
  const c = await corpus();
  const files = (await getCollection('searchSynonyms')).map((e) => ({
    filePath: e.filePath ?? `search-synonyms/${e.id}`,
    data: e.data,
  }));
  const problems = checkSynonyms(files, c.provisions.map((p) => p.data.text).join('\n'));
  if (problems.length > 0) throw new ContentError(problems);
  const lexicon = searchLexicon(files);
  return { entries: encodeEntries(searchEntries(c)), lexicon };
}
