import type { LegalReference } from '../content/corpus.ts';
import type { Relations } from '../relations/relations.ts';
import { legalReferenceName } from '../site/labels.ts';
import { urls } from '../site/urls.ts';
import type { Link } from './link.ts';

/** A document of the corpus as a cited document's page links it: its reader and its citation. */
interface DocumentLink {
  href: string;
  citation: string;
}

/** What a cited document's page shows beyond its own fields. */
export type ReferencePage = {
  /** How the text calls it («Nghị quyết số 38/CP»), the page's title. */
  name: string;
  /** The documents it is a legal basis of, with the clause that cites it. */
  citing: (DocumentLink & { source: string })[];
  /** The documents issued on its proposal (a submission, «tờ trình»), with who proposed them and where it says so. */
  proposing: (DocumentLink & { by: Link; source: string })[];
};

/** What a cited document's page reads from the corpus. */
export interface ReferencePageCorpus {
  documents: {
    id: string;
    data: { proposal?: { by: { id: string }; submission: { id: string }; source: { id: string } } | undefined };
  }[];
  publicationOf: (document: string) => { root: { id: string } };
  documentCitation: (document: string) => string;
  body: (id: string) => { data: { name: string } };
}

/** The documents that cite a document as their basis, or were issued on its proposal. */
export function referencePage(
  reference: Pick<LegalReference, 'id'> & { data: Parameters<typeof legalReferenceName>[0] },
  c: ReferencePageCorpus,
  r: Pick<Relations, 'documentsCiting'>,
): ReferencePage {
  const link = (document: string): DocumentLink => ({
    href: urls.reader(c.publicationOf(document).root.id),
    citation: c.documentCitation(document),
  });
  return {
    name: legalReferenceName(reference.data),
    citing: r.documentsCiting(reference.id).map((x) => ({ ...link(x.document), source: x.source })),
    proposing: c.documents.flatMap(({ id, data: { proposal } }) =>
      proposal?.submission.id === reference.id
        ? [
            {
              ...link(id),
              by: { href: urls.body(proposal.by.id), label: c.body(proposal.by.id).data.name },
              source: proposal.source.id,
            },
          ]
        : [],
    ),
  };
}
