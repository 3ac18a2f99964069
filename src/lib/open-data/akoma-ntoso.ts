import type { ProvisionKind } from '../../schemas/provision.ts';
import type { MentionTarget } from '../content/mention-aliases.ts';
import type { Mention } from '../content/mentions.ts';

/**
 * A publication (a decision and the documents issued with it) as Akoma Ntoso
 * 3.0 XML, the OASIS LegalDocML standard. The root document is an <act>; each
 * document issued with it is a <doc> in an <attachment>.
 *
 * Where each kind of paragraph goes:
 * - title, subject, issuer, «issued with» line → <preface> as <p>, the first
 *   three marked <docType>, <docTitle>, <docAuthority>;
 * - bases («Căn cứ …») → <preamble><citations><citation>; the enacting
 *   formula («QUYẾT ĐỊNH:») → <formula>; a plan's opening paragraph → <p>;
 * - articles → <article>, sections → <section>, numbered items →
 *   <paragraph>, dashes → <indent>, unnumbered paragraphs → <alinea>,
 *   closing paragraphs → <hcontainer name="closing">, nested as printed.
 *
 * Verbatim text: every paragraph's words are the text of its element, exactly
 * as printed. A printed number («2.2.», «Điều 1.») is its <num>, and the words
 * after it follow in <heading>, <intro> or <content>, including the space
 * between them, so that the text nodes of the element (without nested
 * paragraphs) join to the paragraph. Mentions of bodies, cited documents and
 * glossary terms are wrapped in <organization>, <ref> and <term> pointing to
 * <TLCOrganization>, <TLCReference> and <TLCTerm> in the metadata; editors'
 * notes are <note>s in the metadata, marked by an empty <noteRef>.
 *
 * Identifiers: a paragraph's eId is the site's own id (`kh-iii-2-2-1`), so
 * the same fragment works in the XML and on the site. The schema allows any
 * id without white space; the ids are not the naming convention's
 * hierarchical form (`sec_III__para_2`), so this is conformance level 1.
 * Every other eId contains an underscore, which site ids never do
 * (`org_so-noi-vu`, `kh-i-1__term_1`, `note_qd-basis-2`, `att_kh-cchc-2006-2010`).
 */

export const AKN_NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

export interface AknDocument {
  id: string;
  /** Type as printed («Quyết định», «Kế hoạch»). */
  type: string;
  title: string;
  number?: string | undefined;
  /** Id of the issuing body. */
  issuer: string;
  /** Day signed (ISO); a document issued with another takes that one's. */
  signed?: string | undefined;
  /** Where the document's file points to, for error messages. */
  filePath: string;
}
export interface AknProvision {
  id: string;
  kind: ProvisionKind;
  label?: string | undefined;
  parent?: string | undefined;
  text: string;
  note?: string | undefined;
  filePath: string;
}
/** A body, cited document or term as the metadata shows it. */
export interface AknEntity {
  showAs: string;
  /** Absolute URL of its page on the site. */
  href: string;
}
export interface AknInput {
  /** The publication's documents, the root (decision) first. */
  documents: AknDocument[];
  /** A document's paragraphs, in printed order. */
  provisionsOf: (documentId: string) => AknProvision[];
  mentionsIn: (provisionId: string) => Mention<MentionTarget>[];
  entity: (target: MentionTarget) => AknEntity;
  /** Citation of a document, for the metadata. */
  citation: (documentId: string) => string;
  /** The site's reader, absolute; the site's home page, absolute. */
  readerUrl: string;
  siteUrl: string;
  siteName: string;
  /** The day this file is generated: the manifestation's date. */
  generated: string;
}

/* ------------------------------ XML writing ------------------------------ */

/** An element; a string child is text. */
export interface XmlNode {
  name: string;
  attrs?: Record<string, string | undefined>;
  children?: (XmlNode | string)[];
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escape(s).replace(/"/g, '&quot;');

/** Elements whose content is text (mixed content), even when their only child is an element. */
const TEXT_ELEMENTS = new Set([
  'p',
  'num',
  'heading',
  'docType',
  'docTitle',
  'docAuthority',
  'organization',
  'term',
  'ref',
]);

/**
 * Writes an element. Elements holding text (mixed content) are written on one
 * line, untouched, so no white space is added to the words; the others are
 * indented, one child a line.
 */
export function serialise(node: XmlNode, depth = 0): string {
  const attrs = Object.entries(node.attrs ?? {})
    .filter((a): a is [string, string] => a[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
    .join('');
  const children = node.children ?? [];
  if (children.length === 0) return `<${node.name}${attrs}/>`;
  const mixed = TEXT_ELEMENTS.has(node.name) || children.some((c) => typeof c === 'string');
  const inner = mixed
    ? children.map((c) => (typeof c === 'string' ? escape(c) : serialise(c, depth + 1))).join('')
    : children.map((c) => `\n${'  '.repeat(depth + 1)}${serialise(c as XmlNode, depth + 1)}`).join('') +
      `\n${'  '.repeat(depth)}`;
  return `<${node.name}${attrs}>${inner}</${node.name}>`;
}

const el = (name: string, attrs: XmlNode['attrs'] = {}, children: XmlNode['children'] = []): XmlNode => ({
  name,
  attrs,
  children,
});

/* ----------------------------- identifiers ----------------------------- */

/** A URI segment: ASCII, lower case, hyphens («26/2007/QĐ-UBND» → «26-2007-qd-ubnd»). */
export function uriSegment(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const TLC = { bodies: 'org', legalReferences: 'doc', glossary: 'term' } as const;
/** The eId of the metadata entry a mention points to. */
export const entityEid = (t: MentionTarget) => `${TLC[t.collection]}_${t.id}`;

/** FRBR identifiers of a publication (the decision's work) and of each of its components. */
export function frbr(root: AknDocument, component: AknDocument) {
  if (!root.signed)
    throw new Error(
      `${root.filePath}: field "signed" is missing: Akoma Ntoso identifies a document by its date (FRBRdate), so the decision needs the day it was signed`,
    );
  const work = `/akn/vn/act/${uriSegment(root.type)}/${root.signed}/${root.number ? uriSegment(root.number) : 'nn'}`;
  const expression = `${work}/vie@`;
  const name = component.id === root.id ? 'main' : component.id;
  return {
    date: component.signed ?? root.signed,
    work,
    workThis: `${work}/!${name}`,
    expression,
    expressionThis: `${expression}/!${name}`,
    manifestation: `${expression}.xml`,
    manifestationThis: `${expression}/!${name}.xml`,
  };
}

/* ------------------------------- content ------------------------------- */

const STAGE: Record<ProvisionKind, 'preface' | 'preamble' | 'body'> = {
  title: 'preface',
  subject: 'preface',
  issuer: 'preface',
  'issued-with': 'preface',
  basis: 'preamble',
  proposal: 'preamble',
  preamble: 'preamble',
  'enacting-formula': 'preamble',
  article: 'body',
  section: 'body',
  item: 'body',
  bullet: 'body',
  paragraph: 'body',
  closing: 'body',
};
const STAGES = ['preface', 'preamble', 'body'] as const;

const HIERARCHY: Partial<Record<ProvisionKind, string>> = {
  article: 'article',
  section: 'section',
  item: 'paragraph',
  bullet: 'indent',
  paragraph: 'alinea',
  closing: 'hcontainer',
};

/** Where the printed number ends: the label, when the text starts with it and words follow. */
function labelEnd(p: AknProvision): number {
  if (!p.label) return 0;
  if (!p.text.startsWith(p.label))
    throw new Error(`${p.filePath}: field "label" = «${p.label}»: the text does not start with it`);
  return p.text.length > p.label.length ? p.label.length : 0;
}

/** The words of a paragraph from `from` on, mentions marked, the editors' note referenced at the end. */
function inline(p: AknProvision, from: number, input: AknInput): (XmlNode | string)[] {
  const out: (XmlNode | string)[] = [];
  const count: Record<string, number> = {};
  let at = from;
  for (const m of input.mentionsIn(p.id)) {
    if (m.start < from) continue;
    if (m.start > at) out.push(p.text.slice(at, m.start));
    const abbr = TLC[m.target.collection];
    count[abbr] = (count[abbr] ?? 0) + 1;
    const eId = `${p.id}__${abbr}_${count[abbr]}`;
    const words = [p.text.slice(m.start, m.end)];
    const refersTo = `#${entityEid(m.target)}`;
    out.push(
      m.target.collection === 'bodies'
        ? el('organization', { eId, refersTo }, words)
        : m.target.collection === 'glossary'
          ? el('term', { eId, refersTo }, words)
          : el('ref', { eId, href: input.entity(m.target).href, refersTo }, words),
    );
    at = m.end;
  }
  if (at < p.text.length) out.push(p.text.slice(at));
  if (p.note) out.push(el('noteRef', { href: `#note_${p.id}`, marker: '*', placement: 'bottom' }));
  return out;
}

/** A paragraph of the preface or the preamble: its whole text in one block. */
function frontNode(p: AknProvision, input: AknInput): XmlNode {
  const words = inline(p, 0, input);
  switch (p.kind) {
    case 'title':
      return el('p', { eId: p.id }, [el('docType', {}, words)]);
    case 'subject':
      return el('p', { eId: p.id }, [el('docTitle', {}, words)]);
    case 'issuer':
      return el('p', { eId: p.id }, [el('docAuthority', {}, words)]);
    case 'basis':
      return el('citation', { eId: p.id }, [el('p', {}, words)]);
    case 'proposal':
      // «Xét đề nghị của …» states why the decision is made, not the authority to make it: a recital.
      return el('recital', { eId: p.id }, [el('p', {}, words)]);
    case 'enacting-formula':
      return el('formula', { eId: p.id, name: 'enactingFormula' }, [el('p', {}, words)]);
    default:
      return el('p', { eId: p.id }, words);
  }
}

/** A paragraph of the body, with the paragraphs nested under it. */
function bodyNode(p: AknProvision, children: XmlNode[], input: AknInput): XmlNode {
  const name = HIERARCHY[p.kind] ?? 'hcontainer';
  const end = labelEnd(p);
  const num = end > 0 ? [el('num', {}, [p.text.slice(0, end)])] : [];
  const words = inline(p, end, input);
  const attrs = { eId: p.id, ...(name === 'hcontainer' ? { name: p.kind } : {}) };
  if (children.length === 0) return el(name, attrs, [...num, el('content', {}, [el('p', {}, words)])]);
  const lead = p.kind === 'section' ? el('heading', {}, words) : el('intro', {}, [el('p', {}, words)]);
  return el(name, attrs, [...num, lead, ...children]);
}

/** A document's preface, preamble and body, in printed order. */
function documentParts(doc: AknDocument, input: AknInput) {
  const provisions = input.provisionsOf(doc.id);
  const parts = { preface: [] as XmlNode[], preamble: [] as XmlNode[], body: [] as AknProvision[] };
  let stage = 0;
  for (const p of provisions) {
    const here = STAGES.indexOf(STAGE[p.kind]);
    if (here < stage)
      throw new Error(
        `${p.filePath}: field "kind" = «${p.kind}»: a paragraph of the ${STAGE[p.kind]} cannot follow the ${STAGES[stage]} in Akoma Ntoso`,
      );
    stage = here;
    const where = STAGE[p.kind];
    if (where === 'body') parts.body.push(p);
    else parts[where].push(frontNode(p, input));
  }
  const inBody = new Set(parts.body.map((p) => p.id));
  for (const p of parts.body)
    if (p.parent && !inBody.has(p.parent))
      throw new Error(`${p.filePath}: field "parent" = «${p.parent}»: not a paragraph of the body of ${doc.id}`);
  const tree = (parent: string | undefined): XmlNode[] =>
    parts.body.filter((p) => p.parent === parent).map((p) => bodyNode(p, tree(p.id), input));
  const body = tree(undefined);
  if (body.length === 0) throw new Error(`${doc.filePath}: the document has no body (articles, sections, items)`);

  // Bases are one <citations> block, proposals one <recitals> block; the rest of the preamble keeps its place.
  const blocks: Record<string, string> = { citation: 'citations', recital: 'recitals' };
  const preamble: XmlNode[] = [];
  for (const node of parts.preamble) {
    const block = blocks[node.name];
    const last = preamble.at(-1);
    if (block && last?.name === block) last.children?.push(node);
    else preamble.push(block ? el(block, {}, [node]) : node);
  }
  return { preface: parts.preface, preamble, body, notes: provisions.filter((p) => p.note) };
}

function meta(root: AknDocument, doc: AknDocument, input: AknInput, extra: XmlNode[]): XmlNode {
  const id = frbr(root, doc);
  const author = `#${entityEid({ collection: 'bodies', id: doc.issuer })}`;
  return el('meta', {}, [
    el('identification', { source: '#site' }, [
      el('FRBRWork', {}, [
        el('FRBRthis', { value: id.workThis }),
        el('FRBRuri', { value: id.work }),
        el('FRBRalias', { value: `${input.readerUrl}`, name: 'site' }),
        el('FRBRdate', { date: id.date, name: 'signature' }),
        el('FRBRauthor', { href: author }),
        el('FRBRcountry', { value: 'vn' }),
        el('FRBRsubtype', { value: uriSegment(doc.type) }),
        ...(doc.number ? [el('FRBRnumber', { value: doc.number })] : []),
        el('FRBRname', { value: doc.title }),
      ]),
      el('FRBRExpression', {}, [
        el('FRBRthis', { value: id.expressionThis }),
        el('FRBRuri', { value: id.expression }),
        el('FRBRdate', { date: id.date, name: 'signature' }),
        el('FRBRauthor', { href: author }),
        el('FRBRlanguage', { language: 'vie' }),
      ]),
      el('FRBRManifestation', {}, [
        el('FRBRthis', { value: id.manifestationThis }),
        el('FRBRuri', { value: id.manifestation }),
        el('FRBRdate', { date: input.generated, name: 'generation' }),
        el('FRBRauthor', { href: '#site' }),
        el('FRBRformat', { value: 'application/akn+xml' }),
      ]),
    ]),
    ...extra,
  ]);
}

/** Every body, cited document and term the publication mentions, plus its issuers and the site. */
function references(input: AknInput): XmlNode {
  const targets = new Map<string, MentionTarget>();
  const add = (t: MentionTarget) => targets.set(entityEid(t), t);
  for (const doc of input.documents) {
    add({ collection: 'bodies', id: doc.issuer });
    for (const p of input.provisionsOf(doc.id)) for (const m of input.mentionsIn(p.id)) add(m.target);
  }
  const order = ['bodies', 'legalReferences', 'glossary'];
  const entries = [...targets.entries()].sort(
    ([a, ta], [b, tb]) => order.indexOf(ta.collection) - order.indexOf(tb.collection) || a.localeCompare(b),
  );
  return el('references', { source: '#site' }, [
    el('TLCOrganization', { eId: 'site', href: input.siteUrl, showAs: input.siteName }),
    ...entries.map(([eId, t]) => {
      const { href, showAs } = input.entity(t);
      if (t.collection === 'bodies') return el('TLCOrganization', { eId, href, showAs });
      if (t.collection === 'glossary') return el('TLCTerm', { eId, href, showAs });
      return el('TLCReference', { eId, href, showAs, name: 'legalReference' });
    }),
  ]);
}

const notes = (provisions: AknProvision[]): XmlNode[] =>
  provisions.length === 0
    ? []
    : [
        el(
          'notes',
          { source: '#site' },
          provisions.map((p) => el('note', { eId: `note_${p.id}` }, [el('p', {}, [`Ghi chú của trang: ${p.note}`])])),
        ),
      ];

/** The publication as an Akoma Ntoso 3.0 XML file. */
export function akomaNtoso(input: AknInput): string {
  const [root, ...attached] = input.documents;
  if (!root) throw new Error('Akoma Ntoso: a publication needs at least one document');
  const rootParts = documentParts(root, input);
  const act = el('act', { name: uriSegment(root.type), contains: 'originalVersion' }, [
    meta(root, root, input, [references(input), ...notes(rootParts.notes)]),
    ...(rootParts.preface.length ? [el('preface', {}, rootParts.preface)] : []),
    ...(rootParts.preamble.length ? [el('preamble', {}, rootParts.preamble)] : []),
    el('body', {}, rootParts.body),
    ...(attached.length
      ? [
          el(
            'attachments',
            {},
            attached.map((doc) => {
              const parts = documentParts(doc, input);
              return el('attachment', { eId: `att_${doc.id}` }, [
                el('doc', { name: uriSegment(doc.type), contains: 'originalVersion' }, [
                  meta(root, doc, input, notes(parts.notes)),
                  ...(parts.preface.length ? [el('preface', {}, parts.preface)] : []),
                  ...(parts.preamble.length ? [el('preamble', {}, parts.preamble)] : []),
                  el('mainBody', {}, parts.body),
                ]),
              ]);
            }),
          ),
        ]
      : []),
  ]);
  // A comment may not hold «--».
  const note = `${input.citation(root.id)}. Nguyên văn: không thuộc đối tượng bảo hộ quyền tác giả (Luật Sở hữu trí tuệ, Điều 15). Cấu trúc và đánh dấu của trang: CC BY 4.0. Tạo ngày ${input.generated}.`;
  const comment = `<!-- ${note.replace(/-{2,}/g, '-')} -->`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${comment}\n${serialise({ ...el('akomaNtoso', { xmlns: AKN_NAMESPACE }, [act]) })}\n`;
}
