/**
 * Remark plugin for the site's explanations (the MDX bodies in content/):
 * every component's `id` names an entry that exists, and every paragraph
 * cites the clause it rests on (`<Nguon id="…" />` or `<Khoan id="…" />`), so
 * that nothing is said that the text does not say. A problem stops the build
 * with the file, line and column. Glossary explanations, which may draw on
 * law outside the text and name it in their `law` field, are exempt from the
 * citation rule but not from the id check.
 */

/** Which collection each component's `id` names. */
export const COMPONENT_COLLECTIONS = {
  Khoan: 'provisions',
  Nguon: 'provisions',
  CoQuan: 'bodies',
  ThuatNgu: 'glossary',
  NhiemVu: 'tasks',
  MucTieu: 'objectives',
  Moc: 'milestones',
  Phan: 'parts',
} as const;
/** Components that take no id. */
const OTHER_COMPONENTS = new Set(['CauHoi']);
/** The components that cite a clause. */
const CITING = new Set(['Nguon', 'Khoan']);

export type ContentIds = Record<string, Set<string>>;

interface Node {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number; column: number } };
}
interface File {
  path?: string;
  fail: (reason: string, place?: Node) => never;
}

const attribute = (node: Node, name: string) => {
  const a = node.attributes?.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  return typeof a?.value === 'string' ? a.value : undefined;
};
const isComponent = (node: Node) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
const cites = (node: Node): boolean =>
  (isComponent(node) && CITING.has(node.name ?? '')) || (node.children ?? []).some(cites);

export function checkEditorial(tree: Node, file: File, ids: ContentIds): void {
  const where = (file.path ?? '').replaceAll('\\', '/');
  // MDX is only used for content entries; glossary explanations are the one kind exempt from citations.
  const needsCitations = !/\/glossary\//.test(where);
  const walk = (node: Node) => {
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

export default function remarkEditorial({ ids }: { ids: ContentIds }) {
  // The mdast tree and the vfile, read through the few fields the check uses.
  return (tree: unknown, file: unknown) => checkEditorial(tree as Node, file as File, ids);
}
