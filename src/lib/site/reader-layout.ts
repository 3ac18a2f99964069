import type { ProvisionKind } from '../../schemas/provision.ts';

/** The elements the reader sets a provision in. */
export type ProvisionTag = 'h2' | 'h3' | 'h4' | 'h5' | 'p';

/** Kinds set apart as in print: the centred title lines and indented bullets (src/styles/reader.css). */
const PRINT_CLASSES: Partial<Record<ProvisionKind, string>> = {
  title: 'prov--title',
  subject: 'prov--centred',
  issuer: 'prov--centred',
  'issued-with': 'prov--centred',
  'enacting-formula': 'prov--centred',
  bullet: 'prov--bullet',
};

/**
 * How the reader sets one provision. Sections and items that head others are headings, so the
 * outline reads as the plan's: the document's title `h2`, a section `h3`, an item heading others
 * `h4` at the first level and `h5` below it (`depth` counts the provisions enclosing it); every
 * other provision is a paragraph.
 */
export function provisionElement(
  kind: ProvisionKind,
  depth: number,
  headsOthers: boolean,
): { tag: ProvisionTag; class: string | undefined } {
  const tag =
    kind === 'title'
      ? 'h2'
      : kind === 'section'
        ? 'h3'
        : kind === 'item' && headsOthers
          ? depth <= 1
            ? 'h4'
            : 'h5'
          : 'p';
  return { tag, class: PRINT_CLASSES[kind] };
}

/** A document in the reader's table of contents: its short title, where it starts, its sections. */
export interface TocDocument {
  id: string;
  title: string;
  /** The first provision, the link's target ('' when the document has none). */
  first: string;
  /** Its sections: the first level of the outline. */
  sections: string[];
}

/** The first level of the reader's table of contents: each document of the publication, in order. */
export function tocDocuments(
  c: {
    provisionsOf: (documentId: string) => { id: string; data: { kind: ProvisionKind } }[];
    document: (documentId: string) => { data: { shortTitle: string } };
  },
  documentIds: string[],
): TocDocument[] {
  return documentIds.map((id) => {
    const provisions = c.provisionsOf(id);
    return {
      id,
      title: c.document(id).data.shortTitle,
      first: provisions[0]?.id ?? '',
      sections: provisions.filter((p) => p.data.kind === 'section').map((p) => p.id),
    };
  });
}
