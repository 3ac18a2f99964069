import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { COLLECTIONS } from '../../schemas/reference.ts';
import { contentDir } from './content-dir.ts';
import { checkContent, ContentError, type RawEntry } from './integrity.ts';
import {
  citeDocument,
  citeProvision,
  locateProvision,
  type CitableDocument,
  type CitableProvision,
} from '../site/citation.ts';
import { findMentions, type Mention } from './mentions.ts';
import { mentionAliases, type MentionTarget } from './mention-aliases.ts';
import { numberedItemOf, quietMentions } from '../site/reader-links.ts';
import { urls } from '../site/urls.ts';

export type Document = CollectionEntry<'documents'>;
export type Provision = CollectionEntry<'provisions'>;
export type Body = CollectionEntry<'bodies'>;
export type Task = CollectionEntry<'tasks'>;
export type Objective = CollectionEntry<'objectives'>;
export type Milestone = CollectionEntry<'milestones'>;
export type LegalReference = CollectionEntry<'legalReferences'>;
export type Term = CollectionEntry<'glossary'>;
export type Part = CollectionEntry<'parts'>;

export type { MentionTarget };

/** A set of documents published together in one reader: a decision and what it issues. */
export interface Publication {
  root: Document;
  documents: Document[];
}

/**
 * Loads every collection once, checks it, and derives the relations pages
 * need (citations, mentions, backlinks). Pages import `corpus()` and never
 * recompute these.
 */
export interface Corpus {
  documents: Document[];
  provisions: Provision[];
  bodies: Body[];
  tasks: Task[];
  objectives: Objective[];
  milestones: Milestone[];
  legalReferences: LegalReference[];
  glossary: Term[];
  /** The areas of section II and the parts of section III, in plan order. */
  parts: Part[];
  publications: Publication[];
  document: (id: string) => Document;
  provision: (id: string) => Provision;
  body: (id: string) => Body;
  task: (id: string) => Task;
  objective: (id: string) => Objective;
  milestone: (id: string) => Milestone;
  legalReference: (id: string) => LegalReference;
  term: (id: string) => Term;
  part: (id: string) => Part;
  /** The publication (reader) a document belongs to. */
  publicationOf: (documentId: string) => Publication;
  /** A document's provisions in printed order. */
  provisionsOf: (documentId: string) => Provision[];
  /** Direct children of a provision, in order. */
  childrenOf: (provisionId: string) => Provision[];
  /** Enclosing provisions, outermost first. */
  ancestorsOf: (provisionId: string) => Provision[];
  /** Full citation in Vietnamese legal form. */
  citation: (provisionId: string) => string;
  /** Location part of the citation («khoản 2.2.1 mục III»). */
  location: (provisionId: string) => string;
  /** Citation of a whole document. */
  documentCitation: (documentId: string) => string;
  /** Where a provision is read: its publication's reader, at the clause («/van-ban/…/#kh-iii-2-2-1»). */
  clauseHref: (provisionId: string) => string;
  /** Mentions of bodies, cited documents and terms in a provision's text. */
  mentionsIn: (provisionId: string) => Mention<MentionTarget>[];
  /**
   * The mentions the official text links, so that it reads as text: every cited document, and the
   * first body or term of each numbered item (src/lib/site/reader-links.ts).
   */
  linkedMentionsIn: (provisionId: string) => Mention<MentionTarget>[];
  /** Provisions that mention an entry, in printed order. */
  provisionsMentioning: (target: MentionTarget) => Provision[];
}

let loaded: Promise<Corpus> | undefined;

/** The corpus, loaded and checked once per build. */
export function corpus(): Promise<Corpus> {
  loaded ??= load();
  return loaded;
}

const byId = <T extends { id: string }>(items: T[], what: string) => {
  const map = new Map(items.map((i) => [i.id, i]));
  return (id: string): T => {
    const found = map.get(id);
    if (!found) throw new Error(`No ${what} with id «${id}»`);
    return found;
  };
};

async function load(): Promise<Corpus> {
  const [documents, provisions, objectives, tasks, bodies, milestones, legalReferences, glossary, parts] =
    await Promise.all([
      getCollection('documents'),
      getCollection('provisions'),
      getCollection('objectives'),
      getCollection('tasks'),
      getCollection('bodies'),
      getCollection('milestones'),
      getCollection('legalReferences'),
      getCollection('glossary'),
      getCollection('parts'),
    ]);
  const all = { documents, provisions, objectives, tasks, bodies, milestones, legalReferences, glossary, parts };
  const raw: RawEntry[] = COLLECTIONS.flatMap((collection) =>
    all[collection].map((e) => ({
      collection,
      id: e.id,
      filePath: e.filePath ?? `${collection}/${e.id}`,
      data: e.data as Record<string, unknown>,
      body: e.body,
    })),
  );
  const problems = checkContent(raw, (file) => readFileSync(join(contentDir, file), 'utf8'));
  if (problems.length > 0) throw new ContentError(problems);

  documents.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
  provisions.sort((a, b) => a.data.paragraph - b.data.paragraph);
  const paragraphOf = new Map(provisions.map((p) => [p.id, p.data.paragraph]));
  parts.sort((a, b) => (paragraphOf.get(a.data.provision.id) ?? 0) - (paragraphOf.get(b.data.provision.id) ?? 0));
  const document = byId(documents, 'document');
  const provision = byId(provisions, 'provision');

  const rootOf = (doc: Document): Document =>
    doc.data.issuedWith ? rootOf(document(doc.data.issuedWith.document.id)) : doc;
  const publications: Publication[] = documents
    .filter((d) => !d.data.issuedWith)
    .map((root) => ({ root, documents: documents.filter((d) => rootOf(d).id === root.id) }));
  const publicationOf = (documentId: string) => {
    const root = rootOf(document(documentId));
    return publications.find((p) => p.root.id === root.id) as Publication;
  };

  const provisionsOf = (documentId: string) => provisions.filter((p) => p.data.document.id === documentId);
  const childrenOf = (id: string) => provisions.filter((p) => p.data.parent?.id === id);
  const ancestorsOf = (id: string): Provision[] => {
    const parent = provision(id).data.parent;
    return parent ? [...ancestorsOf(parent.id), provision(parent.id)] : [];
  };

  const body = byId(bodies, 'body');
  const citable = (doc: Document): CitableDocument => ({
    type: doc.data.type,
    number: doc.data.number,
    signed: doc.data.signed?.date,
    issuerName: body(doc.data.issuer.body.id).data.name,
    issuedWith: doc.data.issuedWith ? citable(document(doc.data.issuedWith.document.id)) : undefined,
  });
  const citableProvision = (id: string): CitableProvision => {
    const p = provision(id);
    const siblings = provisions.filter(
      (s) =>
        s.data.document.id === p.data.document.id &&
        s.data.parent?.id === p.data.parent?.id &&
        s.data.kind === p.data.kind,
    );
    return {
      id,
      kind: p.data.kind,
      label: p.data.label,
      ancestors: ancestorsOf(id).map((a) => ({ kind: a.data.kind, label: a.data.label })),
      position: siblings.findIndex((s) => s.id === id) + 1,
    };
  };

  const aliases = mentionAliases({ bodies, legalReferences, glossary });
  const mentions = new Map(provisions.map((p) => [p.id, findMentions(p.data.text, aliases)]));
  const node = (id: string) => {
    const p = provision(id);
    return { id, kind: p.data.kind, parent: p.data.parent?.id };
  };
  const linked = quietMentions(
    provisions.map((p) => ({ id: p.id, item: numberedItemOf(p.id, node), mentions: mentions.get(p.id) ?? [] })),
    (target) => target.collection === 'legalReferences',
  );

  return {
    ...all,
    documents,
    provisions,
    publications,
    document,
    provision,
    body,
    task: byId(tasks, 'task'),
    objective: byId(objectives, 'objective'),
    milestone: byId(milestones, 'milestone'),
    legalReference: byId(legalReferences, 'legal reference'),
    term: byId(glossary, 'glossary term'),
    part: byId(parts, 'part'),
    publicationOf,
    provisionsOf,
    childrenOf,
    ancestorsOf,
    citation: (id) => citeProvision(citableProvision(id), citable(document(provision(id).data.document.id))),
    location: (id) => locateProvision(citableProvision(id)),
    documentCitation: (id) => citeDocument(citable(document(id))),
    clauseHref: (id) => `${urls.reader(publicationOf(provision(id).data.document.id).root.id)}#${id}`,
    mentionsIn: (id) => mentions.get(id) ?? [],
    linkedMentionsIn: (id) => linked.get(id) ?? [],
    provisionsMentioning: (target) =>
      provisions.filter((p) =>
        (mentions.get(p.id) ?? []).some((m) => m.target.collection === target.collection && m.target.id === target.id),
      ),
  };
}
