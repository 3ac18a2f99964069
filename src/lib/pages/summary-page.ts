import { planSummary, type HandoutSource, type PlanSummary } from '../print/handouts.ts';

type Ref = { id: string };

/** What a plan's one-page summary shows beside its areas, leads and dates (`planSummary`). */
export type SummaryPage = {
  /** The document summed up: its title and citation. */
  title: string;
  shortTitle: string;
  citation: string;
  /** The years it covers («2006 – 2010»), when the text states them. */
  period?: string | undefined;
  /** Its general objectives (those no other objective contains), as numbered in section I. */
  general: { label: string; title: string }[];
  summary: PlanSummary;
  /** The first document of its reader, whose page the printed summary cites. */
  reader: string;
};

/** What a summary reads from the corpus. */
export interface SummaryPageCorpus {
  document: (id: string) => {
    data: { title: string; shortTitle: string; period?: { from: number; to: number } | undefined };
  };
  publicationOf: (document: string) => { root: Ref; documents: Ref[] };
  documentCitation: (document: string) => string;
  objectives: { data: { label: string; title: string; provision: Ref; parent?: Ref | undefined } }[];
  provision: (id: string) => { data: { document: Ref } };
}

/** The one-page summary of a document, over every document published with it (so its signing date is among the dates). */
export function summaryPage(document: string, c: SummaryPageCorpus, s: HandoutSource): SummaryPage {
  const { title, shortTitle, period } = c.document(document).data;
  const publication = c.publicationOf(document);
  return {
    title,
    shortTitle,
    citation: c.documentCitation(document),
    period: period && `${period.from} – ${period.to}`,
    general: c.objectives
      .filter((o) => !o.data.parent && c.provision(o.data.provision.id).data.document.id === document)
      .map((o) => ({ label: o.data.label, title: o.data.title })),
    summary: planSummary(
      s,
      publication.documents.map((d) => d.id),
    ),
    reader: publication.root.id,
  };
}
