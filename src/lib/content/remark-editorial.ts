/**
 * Remark plugin for the site's explanations (the MDX bodies in content/):
 * every component's `id` names an entry that exists, and every paragraph
 * cites the clause it rests on (`<Nguon id="…" />` or `<Khoan id="…" />`), so
 * that nothing is said that the text does not say. A problem stops the build
 * with the file, line and column. Glossary explanations, which may draw on
 * law outside the text and name it in their `law` field, are exempt from the
 * citation rule but not from the id check. Once checked, the links to entries
 * become the one component that renders them (`toEntryLinks`).
 */

/**
 * The components that link an entry's page, by the name editors type, with
 * the collection their `id` names: all are `<EntryLink collection="…">`
 * (src/components/mdx/EntryLink.astro) once compiled.
 */
export const ENTRY_LINKS = {
  CoQuan: 'bodies',
  ThuatNgu: 'glossary',
  NhiemVu: 'tasks',
  MucTieu: 'objectives',
  Moc: 'milestones',
  Phan: 'parts',
} as const;
export type EntryLinkCollection = (typeof ENTRY_LINKS)[keyof typeof ENTRY_LINKS];

/** Which collection each component's `id` names. */
export const COMPONENT_COLLECTIONS = { Khoan: 'provisions', Nguon: 'provisions', ...ENTRY_LINKS } as const;
/** Components that take no id. */
const OTHER_COMPONENTS = new Set(['CauHoi']);
/** The components that cite a clause. */
const CITING = new Set(['Nguon', 'Khoan']);

export type ContentIds = Record<string, Set<string>>;

/** The parts of an mdast node (MDX components included) the plugin reads or changes. */
export interface MdastNode {
  type: string;
  /** A text node's words. */
  value?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdastNode[];
  position?: { start: { line: number; column: number } };
}
interface File {
  path?: string;
  fail: (reason: string, place?: MdastNode) => never;
}

const attribute = (node: MdastNode, name: string) => {
  const a = node.attributes?.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  return typeof a?.value === 'string' ? a.value : undefined;
};
const isComponent = (node: MdastNode) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
const cites = (node: MdastNode): boolean =>
  (isComponent(node) && CITING.has(node.name ?? '')) || (node.children ?? []).some(cites);

export function checkEditorial(tree: MdastNode, file: File, ids: ContentIds): void {
  const where = (file.path ?? '').replaceAll('\\', '/');
  // MDX is only used for content entries; glossary explanations are the one kind exempt from citations.
  const needsCitations = !/\/glossary\//.test(where);
  const walk = (node: MdastNode) => {
    if (isComponent(node) && node.name) {
      const collection = COMPONENT_COLLECTIONS[node.name as keyof typeof COMPONENT_COLLECTIONS];
      if (collection) {
        const id = attribute(node, 'id');
        if (!id) file.fail(`<${node.name}> needs an id, e.g. <${node.name} id="…" />`, node);
        else if (!ids[collection]?.has(id))
          file.fail(`<${node.name} id="${id}">: no entry with this id in the ${collection} collection`, node);
      } else if (OTHER_COMPONENTS.has(node.name)) {
        if (node.name === 'CauHoi' && !attribute(node, 'hoi'))
          file.fail('<CauHoi> needs the question as its hoi attribute: <CauHoi hoi="…">', node);
      } else if (/^[A-Z]/.test(node.name))
        file.fail(
          `<${node.name}> is not a component explanations can use (${[...Object.keys(COMPONENT_COLLECTIONS), ...OTHER_COMPONENTS].join(', ')})`,
          node,
        );
    }
    if (needsCitations && node.type === 'paragraph' && !cites(node))
      file.fail(
        'this paragraph cites no clause: add <Nguon id="…" /> after the sentence it supports (every paragraph of an explanation rests on the text)',
        node,
      );
    node.children?.forEach(walk);
  };
  walk(tree);
}

/**
 * Turns each link to an entry (`<CoQuan id="…">`, `<ThuatNgu id="…">` …) into
 * `<EntryLink collection="…" id="…">`, its words and place kept, so that one
 * component renders them all.
 */
export function toEntryLinks(node: MdastNode): void {
  const collection = isComponent(node) ? ENTRY_LINKS[node.name as keyof typeof ENTRY_LINKS] : undefined;
  if (collection) {
    node.name = 'EntryLink';
    node.attributes = [{ type: 'mdxJsxAttribute', name: 'collection', value: collection }, ...(node.attributes ?? [])];
  }
  node.children?.forEach(toEntryLinks);
}

export default function remarkEditorial({ ids }: { ids: ContentIds }) {
  // The mdast tree and the vfile, read through the few fields the plugin uses. The check reads the names
  // editors typed, so it runs first.
  return (tree: unknown, file: unknown) => {
    checkEditorial(tree as MdastNode, file as File, ids);
    toEntryLinks(tree as MdastNode);
  };
}
