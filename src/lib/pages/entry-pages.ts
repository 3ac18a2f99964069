/**
 * `getStaticPaths` of a one-page-per-entry route whose page shows more than its entry
 * (`export const getStaticPaths = entryPages('bodies', 'body', bodyPage)`): each page's props are its entry, as
 * `props[prop]`, and what `view` derives for it from the corpus and the relations, so the route only renders.
 * A view's type is a type alias, not an interface: Astro's props need an index signature, which interfaces lack.
 */
import { corpus, type Corpus } from '../content/corpus.ts';
import { relations, type Relations } from '../relations/relations.ts';
import { entryPaths, type PagedCollection } from '../site/entry-paths.ts';

/** One page per entry of `collection`, its props the entry (`props[prop]`) and the fields of `view(entry)`. */
export function entryPages<C extends PagedCollection, K extends string, V extends object>(
  collection: C,
  prop: K,
  view: (entry: Corpus[C][number], c: Corpus, r: Relations) => V,
) {
  const paths = entryPaths(collection, prop);
  return async () => {
    const [c, r] = [await corpus(), await relations()];
    return (await paths()).map(({ params, props }) => ({ params, props: { ...view(props[prop], c, r), ...props } }));
  };
}
