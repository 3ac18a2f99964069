import type { MentionTarget } from '../content/corpus.ts';
import { firstParagraph } from '../content/plain-text.ts';
import { builtViews, type LevelView } from '../relations/level-views.ts';
import type { Relations } from '../relations/relations.ts';
import { urls } from '../site/urls.ts';
import type { Link } from './link.ts';

/** The clause of the plan that gives citizens the right to petition (khoản 2.8 mục III). */
const PETITION_CLAUSE = 'kh-iii-2-8';
/** The glossary's one-stop terms; the citizens' way in lists the clauses that use the first. */
const ONE_STOP = 'co-che-mot-cua';
const ONE_STOP_TERMS = [ONE_STOP, 'mot-cua-lien-thong'];
/** How many of the busiest bodies the officials' way in lists. */
const BUSIEST = 8;

/** What the home page shows: a way in for citizens, for officials and for trainers, each built from the content. */
export interface HomePage {
  /** The first document's citation («Quyết định số 26/2007/QĐ-UBND …»), empty without a document. */
  citation: string;
  /** Each reader, with the short titles of the documents it publishes. */
  readers: { href: string; titles: string[] }[];
  /** Citizens: the right to petition and who answers it; the one-stop terms and the clauses that speak of them. */
  petition?: { clause: string; task?: string | undefined } | undefined;
  oneStop: { id: string; term: string; explanation: string }[];
  oneStopClauses: { href: string; location: string }[];
  /** Officials: the bodies with the most duties first, and the level pages built. */
  busiest: { id: string; name: string }[];
  levelViews: LevelView[];
  /** Trainers: the plan's sections, each linking to its place in the reader. */
  sections: Link[];
}

type Ref = { id: string };

/** What the home page reads from the corpus. */
export interface HomePageCorpus {
  publications: { root: Ref; documents: { data: { shortTitle: string } }[] }[];
  provisions: { id: string; data: { kind: string; text: string } }[];
  tasks: { id: string; data: { provision: Ref } }[];
  glossary: { id: string; body?: string | undefined; data: { term: string } }[];
  bodies: Parameters<typeof builtViews>[0];
  body: (id: string) => { data: { name: string } };
  documentCitation: (document: string) => string;
  clauseHref: (provision: string) => string;
  location: (provision: string) => string;
  provisionsMentioning: (target: MentionTarget) => Ref[];
}

type HomePageRelations = Parameters<typeof builtViews>[1] & Pick<Relations, 'allDutiesOf'>;

/** The bodies with the most duties (their groups' included), most first; none without a duty. */
export function busiestBodies(r: Pick<Relations, 'bodies' | 'allDutiesOf'>, count = BUSIEST): string[] {
  const duties = (id: string) => r.allDutiesOf(id).length;
  return [...r.bodies]
    .sort((a, b) => duties(b) - duties(a))
    .filter((id) => duties(id) > 0)
    .slice(0, count);
}

/** The home page's three ways in; each part is left out when the content lacks it. */
export function homePage(c: HomePageCorpus, r: HomePageRelations): HomePage {
  const first = c.publications[0];
  const petition = c.provisions.find((p) => p.id === PETITION_CLAUSE);
  const oneStop = c.glossary.filter((t) => ONE_STOP_TERMS.includes(t.id));
  const oneStopClauses = oneStop.length > 0 ? c.provisionsMentioning({ collection: 'glossary', id: ONE_STOP }) : [];
  return {
    citation: first ? c.documentCitation(first.root.id) : '',
    readers: c.publications.map((p) => ({
      href: urls.reader(p.root.id),
      titles: p.documents.map((d) => d.data.shortTitle),
    })),
    petition: petition && {
      clause: petition.id,
      task: c.tasks.find((t) => t.data.provision.id === petition.id)?.id,
    },
    oneStop: oneStop.map((t) => ({ id: t.id, term: t.data.term, explanation: firstParagraph(t.body ?? '') })),
    oneStopClauses: oneStopClauses.map((p) => ({ href: c.clauseHref(p.id), location: c.location(p.id) })),
    busiest: busiestBodies(r).map((id) => ({ id, name: c.body(id).data.name })),
    levelViews: builtViews(c.bodies, r),
    sections: c.provisions
      .filter((p) => p.data.kind === 'section')
      .map((p) => ({ href: c.clauseHref(p.id), label: p.data.text })),
  };
}
