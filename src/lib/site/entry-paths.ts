/**
 * `getStaticPaths` of the routes that make one page per entry of a collection
 * (`export const getStaticPaths = entryPaths('bodies', 'body')`), so a route names only its collection and prop.
 */
import { corpus, type Corpus } from '../content/corpus.ts';
import { pagePerEntry } from './routes.ts';

/** The corpus's lists of entries that have a page each. */
export type PagedCollection = 'bodies' | 'tasks' | 'objectives' | 'legalReferences' | 'glossary' | 'parts';

/** One page per entry of `collection` (those `keep` accepts), the entry passed as `props[prop]`. */
export function entryPaths<C extends PagedCollection, K extends string>(
  collection: C,
  prop: K,
  keep: (entry: Corpus[C][number]) => boolean = () => true,
) {
  return async () => pagePerEntry<K, Corpus[C][number]>((await corpus())[collection].filter(keep), prop);
}
