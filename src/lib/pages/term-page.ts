import type { Term } from '../content/corpus.ts';
import type { Relations } from '../relations/relations.ts';
import { urls } from '../site/urls.ts';
import type { Link } from './link.ts';

/** What a term's page shows beyond the term's own fields. */
export type TermPage = {
  /** The terms it lists as related and those that list it. */
  related: Link[];
};

/** A term's related terms, as links. */
export const termPage = (
  term: Pick<Term, 'id'>,
  c: { term: (id: string) => { data: { term: string } } },
  r: Pick<Relations, 'relatedTerms'>,
): TermPage => ({
  related: r.relatedTerms(term.id).map((id) => ({ href: urls.term(id), label: c.term(id).data.term })),
});
