import { describe, expect, it } from 'vitest';
import remarkEditorial, {
  ENTRY_LINKS,
  toEntryLinks,
  type ContentIds,
  type MdastNode,
} from '../../src/lib/content/remark-editorial.ts';

/** An MDX component as the MDX parser gives it (mdast), with the attributes it was written with. */
const component = (name: string, attributes: Record<string, string>, children: MdastNode[] = []): MdastNode => ({
  type: 'mdxJsxTextElement',
  name,
  attributes: Object.entries(attributes).map(([n, value]) => ({ type: 'mdxJsxAttribute', name: n, value })),
  children,
  position: { start: { line: 3, column: 5 } },
});
/** A paragraph that cites its clause, around the given components. */
const paragraph = (...children: MdastNode[]): MdastNode => ({
  type: 'paragraph',
  children: [...children, { type: 'text', value: ' ' }, component('Nguon', { id: 'p1' })],
});
const ids: ContentIds = {
  provisions: new Set(['p1']),
  bodies: new Set(['so-thu']),
  glossary: new Set(['mot-cua']),
  tasks: new Set(['t']),
  objectives: new Set(['o']),
  milestones: new Set(['m']),
  parts: new Set(['a']),
};
/** The plugin run on one file, as Astro's MDX pipeline runs it; a problem throws with the reason and the line. */
function run(tree: MdastNode, path = '/site/content/tasks/t.mdx') {
  const fail = (reason: string, place?: { position?: { start: { line: number } } }) => {
    throw new Error(`${path}:${place?.position?.start.line}: ${reason}`);
  };
  remarkEditorial({ ids })(tree, { path, fail });
  return tree;
}

describe('remarkEditorial: the links to entries become one component', () => {
  it.each(Object.entries(ENTRY_LINKS))('<%s id="…"> becomes <EntryLink collection="%s" id="…">', (name, collection) => {
    const id = [...(ids[collection] ?? [])][0] ?? '';
    const words = [{ type: 'text', value: 'lời của câu' }];
    const tree = run({ type: 'root', children: [paragraph(component(name, { id }, words))] });
    expect(tree).toEqual({
      type: 'root',
      children: [paragraph(component('EntryLink', { collection, id }, words))],
    });
  });

  it('reaches links nested in other markup and leaves the other components as written', () => {
    const tree: MdastNode = {
      type: 'root',
      children: [paragraph({ type: 'strong', children: [component('Moc', { id: 'm' })] })],
    };
    toEntryLinks(tree);
    expect(tree.children?.[0]?.children?.[0]).toEqual({
      type: 'strong',
      children: [component('EntryLink', { collection: 'milestones', id: 'm' })],
    });
    expect(tree.children?.[0]?.children?.[2]).toEqual(component('Nguon', { id: 'p1' }));
  });
});

describe('remarkEditorial: bad explanations stop the build, naming what the editor wrote', () => {
  it('an unknown id, with the file, line, component and collection', () => {
    const tree = { type: 'root', children: [paragraph(component('CoQuan', { id: 'so-khong-co' }))] };
    expect(() => run(tree)).toThrow(
      '/site/content/tasks/t.mdx:3: <CoQuan id="so-khong-co">: no entry with this id in the bodies collection',
    );
  });

  it('a link without an id', () => {
    expect(() => run({ type: 'root', children: [paragraph(component('ThuatNgu', {}))] })).toThrow(
      '<ThuatNgu> needs an id, e.g. <ThuatNgu id="…" />',
    );
  });

  it.each(['CoQuanX', 'EntryLink'])('a component explanations cannot use (<%s>)', (name) => {
    const tree = { type: 'root', children: [paragraph(component(name, { collection: 'bodies', id: 'so-thu' }))] };
    expect(() => run(tree)).toThrow(
      `<${name}> is not a component explanations can use (Khoan, Nguon, CoQuan, ThuatNgu, NhiemVu, MucTieu, Moc, Phan, CauHoi)`,
    );
  });
});
