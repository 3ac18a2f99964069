import type { APIRoute, GetStaticPaths } from 'astro';
import { akomaNtoso, type AknDocument } from '../../../lib/open-data/akoma-ntoso.ts';
import { buildDate } from '../../../lib/dates/build-date.ts';
import { corpus, type Document, type Publication } from '../../../lib/content/corpus.ts';
import { publicUrl, SITE_NAME } from '../../../lib/site/site.ts';
import { urls } from '../../../lib/site/urls.ts';

/** One Akoma Ntoso file per publication: a decision and the documents issued with it. */
export const getStaticPaths = (async () =>
  (await corpus()).publications.map((publication) => ({
    params: { id: publication.root.id },
    props: { publication },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ publication: Publication }> = async ({ props, site }) => {
  const c = await corpus();
  const abs = (path: string) => publicUrl(path, site);
  const doc = (d: Document): AknDocument => ({
    id: d.id,
    type: d.data.type,
    title: d.data.title,
    number: d.data.number,
    issuer: d.data.issuer.body.id,
    signed: d.data.signed?.date,
    filePath: d.filePath ?? `documents/${d.id}`,
  });
  const xml = akomaNtoso({
    documents: props.publication.documents.map(doc),
    provisionsOf: (id) =>
      c.provisionsOf(id).map((p) => ({
        id: p.id,
        kind: p.data.kind,
        label: p.data.label,
        parent: p.data.parent?.id,
        text: p.data.text,
        note: p.data.note,
        filePath: p.filePath ?? `provisions/${p.id}`,
      })),
    mentionsIn: c.mentionsIn,
    entity: (t) => ({
      href: abs(urls.mention(t)),
      showAs:
        t.collection === 'bodies'
          ? c.body(t.id).data.name
          : t.collection === 'glossary'
            ? c.term(t.id).data.term
            : (c.legalReference(t.id).data.aliases[0] ?? t.id),
    }),
    citation: c.documentCitation,
    readerUrl: abs(urls.reader(props.publication.root.id)),
    siteUrl: abs(urls.home()),
    siteName: SITE_NAME,
    generated: buildDate(),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
