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
