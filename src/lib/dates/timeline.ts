import type { Corpus, Milestone } from '../content/corpus.ts';
import { MILESTONE_KINDS, type MilestoneKind } from '../../schemas/milestone.ts';
import type { PlanDate } from '../../schemas/plan-date.ts';
import { AREA_KEYS, AREAS, roleLabel, type Area } from '../../schemas/roles.ts';
import {
  compareOccurrences,
  CYCLE_LABELS,
  describePlanDate,
  expandPlanDate,
  PlanDateError,
  quarterOf,
  type Occurrence,
} from './plan-dates.ts';
import { urls } from '../site/urls.ts';

/** A body named for a milestone, with what it does there. */
export interface EntryBody {
  id: string;
  name: string;
  /** The role as readers see it («Chủ trì»). */
  role: string;
  /** Words of the clause that narrow which of the bodies it binds, shown with the role. */
  scope?: string[];
  /** The editors' reading, when the words imply the role without stating it. */
  interpretation?: string | undefined;
}

/**
 * A milestone as the timeline, the calendars and the CSV show it: its date
 * expanded into occurrences, its clause cited, its bodies named.
 */
export interface TimelineEntry {
  /** The milestone's id, also its anchor on the timeline page. */
  id: string;
  title: string;
  kind: MilestoneKind;
  when: PlanDate;
  /** The rule in Vietnamese at its own precision («hằng quý …», «quý III năm 2008»). */
  whenLabel: string;
  /** How a derived day is computed, shown beside it. */
  derivation?: string;
  /** Why a recurrence starts and ends where it does. */
  bounds?: string;
  /** The words of the text that state the date. */
  wording: string;
  /** True for a recurring obligation, shown in the year × quarter grid. */
  recurring: boolean;
  /** Its dated occurrences, in order; empty for an ad-hoc report. */
  occurrences: Occurrence[];
  /** The provision that states it, with its citation, location, text and reader link. */
  source: string;
  citation: string;
  location: string;
  clause: string;
  clauseHref: string;
  bodies: EntryBody[];
  /** For a legal basis, the cited documents' pages. */
  references: { href: string; label: string }[];
  /** The area of reform of the tasks that carry it, if a task does. */
  area?: Area;
}

type TimelineCorpus = Pick<
  Corpus,
  | 'milestones'
  | 'tasks'
  | 'provision'
  | 'clauseHref'
  | 'citation'
  | 'location'
  | 'body'
  | 'legalReference'
  | 'mentionsIn'
>;

/** Expands a milestone's date, naming the file and field when it cannot be. */
function expand(m: Milestone): Occurrence[] {
  try {
    return expandPlanDate(m.data.when);
  } catch (error) {
    if (error instanceof PlanDateError)
      throw new PlanDateError(`${m.filePath ?? `milestones/${m.id}`}: in field "when", ${error.message}`);
    throw error;
  }
}

/**
 * The documents a legal-basis milestone stands for: those its clause cites
 * whose date is the milestone's (clause 3 of the decision cites two).
 */
function referencesOf(c: TimelineCorpus, m: Milestone): TimelineEntry['references'] {
  if (m.data.kind !== 'legal-basis' || m.data.when.kind !== 'day') return [];
  const date = m.data.when.date;
  const ids = new Set(
    c
      .mentionsIn(m.data.source.id)
      .filter((x) => x.target.collection === 'legalReferences')
      .map((x) => x.target.id),
  );
  return [...ids]
    .map((id) => c.legalReference(id))
    .filter((r) => r.data.date === date)
    .map((r) => ({ href: urls.legalReference(r.id), label: r.data.aliases[0] ?? r.id }));
}

function toEntry(c: TimelineCorpus, m: Milestone): TimelineEntry {
  const { when } = m.data;
  const source = m.data.source.id;
  const area = c.tasks.find((t) => t.data.milestones.some((x) => x.milestone.id === m.id))?.data.area;
  return {
    id: m.id,
    title: m.data.title,
    kind: m.data.kind,
    when,
    whenLabel: describePlanDate(when).label,
    ...(when.kind === 'derived-day' ? { derivation: when.derivation } : {}),
    ...(when.kind === 'recurring' ? { bounds: when.bounds } : {}),
    wording: m.data.wording,
    recurring: when.kind === 'recurring',
    occurrences: expand(m),
    source,
    citation: c.citation(source),
    location: c.location(source),
    clause: c.provision(source).data.text,
    clauseHref: c.clauseHref(source),
    bodies: m.data.bodies.map((b) => ({
      id: b.body.id,
      name: c.body(b.body.id).data.name,
      role: roleLabel(b.role),
      scope: b.scope,
      ...(b.interpretation ? { interpretation: b.interpretation } : {}),
    })),
    references: referencesOf(c, m),
    ...(area ? { area } : {}),
  };
}

/** Orders entries by their first occurrence; undated ones last; ties by title. */
export function compareEntries(a: TimelineEntry, b: TimelineEntry): number {
  const [fa, fb] = [a.occurrences[0], b.occurrences[0]];
  if (fa && fb) return compareOccurrences(fa, fb) || a.title.localeCompare(b.title, 'vi');
  if (fa || fb) return fa ? -1 : 1;
  return a.title.localeCompare(b.title, 'vi');
}

const cache = new WeakMap<object, TimelineEntry[]>();

/** Every milestone as a timeline entry, in order. Computed once per corpus. */
export function timelineEntries(c: TimelineCorpus): TimelineEntry[] {
  let entries = cache.get(c);
  if (!entries) {
    entries = c.milestones.map((m) => toEntry(c, m)).sort(compareEntries);
    cache.set(c, entries);
  }
  return entries;
}

/** The label of a milestone's kind. */
export const kindLabel = (kind: MilestoneKind) => MILESTONE_KINDS[kind];

/** A cell of a year × quarter grid: the quarter it starts at, how many it spans, what falls in it. */
export interface GridCell {
  quarter: number;
  /** Quarters covered: 2 for half a year, 4 for a whole year. */
  span: number;
  occurrences: Occurrence[];
}

const QUARTERS_SPANNED: Partial<Record<Occurrence['precision'], number>> = { 'half-year': 2, year: 4 };

/**
 * Lays occurrences out on a year × quarter grid: each falls in the quarter it
 * starts in (a deadline in the quarter of its day), and a half-year or a
 * year spans its quarters, so that no period is shown narrower than it is.
 */
export function quarterGrid(occurrences: Occurrence[], years: number[]): { year: number; cells: GridCell[] }[] {
  return years.map((year) => {
    const cells: GridCell[] = [];
    for (let quarter = 1; quarter <= 4;) {
      const here = occurrences.filter((o) => Number(o.start.slice(0, 4)) === year && quarterOf(o.start) === quarter);
      const span = Math.min(Math.max(1, ...here.map((o) => QUARTERS_SPANNED[o.precision] ?? 1)), 5 - quarter);
      cells.push({ quarter, span, occurrences: here });
      quarter += span;
    }
    return { year, cells };
  });
}

/**
 * What a grid cell says, in words short enough for a phone and clear beside
 * its year and quarter: «tháng 4, 5, 6», «trước 20/6 (kỳ 6 tháng)», «trong
 * quý», «6 tháng đầu năm», «cả năm». A deadline of «6 tháng, 1 năm» says which
 * of the two it is.
 */
export function gridCellText(occurrences: Occurrence[]): string {
  const months = occurrences.filter((o) => o.precision === 'month').map((o) => Number(o.start.slice(5, 7)));
  const parts = months.length > 0 ? [`tháng ${months.join(', ')}`] : [];
  for (const o of occurrences) {
    const [, m, d] = (o.datetime ?? o.start).split('-').map(Number);
    const cycle = o.cycle && o.precision === 'deadline' ? ` (kỳ ${CYCLE_LABELS[o.cycle]})` : '';
    if (o.precision === 'deadline') parts.push(`trước ${d}/${m}${cycle}`);
    else if (o.precision === 'half-year') parts.push(o.label.replace(/ năm \d+$/, ''));
    else if (o.precision === 'year') parts.push('cả năm');
    else if (o.precision !== 'month') parts.push(o.precision === 'day' ? o.label : 'trong quý');
  }
  return parts.join('; ');
}

/** A band of the chart and a section of the list below it: a label and its entries, in date order. */
export interface TimelineGroup {
  /** Anchor of the section. */
  id: string;
  label: string;
  entries: TimelineEntry[];
  /** On a body's view, the group whose duty these are when they are not the body's own. */
  via?: string;
}

/** The groups as the chart and the list of dates show them: their dated entries only, and the groups left with one. */
export const datedGroups = (groups: TimelineGroup[]): TimelineGroup[] =>
  groups
    .map((g) => ({ ...g, entries: g.entries.filter((e) => e.occurrences.length > 0) }))
    .filter((g) => g.entries.length > 0);

/** Kinds that are documents and their dates, not work the plan gives. */
const DOCUMENT_KINDS = new Set<MilestoneKind>(['legal-basis', 'proposal', 'signing', 'effective']);

/**
 * The whole plan's entries by area: the documents (legal bases, the
 * proposal, signing, entry into force) first, then each area of reform of
 * the tasks that carry them, then any others.
 */
export function groupsByArea(entries: TimelineEntry[]): TimelineGroup[] {
  const work = entries.filter((e) => !DOCUMENT_KINDS.has(e.kind));
  return [
    {
      id: 'nhom-van-ban',
      label: 'Văn bản: căn cứ, tờ trình, ban hành, hiệu lực',
      entries: entries.filter((e) => DOCUMENT_KINDS.has(e.kind)),
    },
    ...AREA_KEYS.map((a) => ({ id: `nhom-${a}`, label: AREAS[a], entries: work.filter((e) => e.area === a) })),
    { id: 'nhom-khac', label: 'Mốc không gắn với nhiệm vụ nào', entries: work.filter((e) => !e.area) },
  ].filter((g) => g.entries.length > 0);
}

/**
 * A body's entries: those the text gives it by name, then those of each
 * group it is one of (`held` as relations().milestonesOfBody(body, true)
 * returns them), group by group: in the order of `vias` (nearest first),
 * then any other in the order met.
 */
export function groupsOfBody(
  entries: TimelineEntry[],
  body: { id: string; name: string },
  held: { milestone: string; via?: string | undefined }[],
  nameOf: (id: string) => string,
  vias: string[] = [],
): TimelineGroup[] {
  const holders = [body.id, ...new Set([...vias, ...held.flatMap((h) => (h.via ? [h.via] : []))])];
  const groups = holders.map((holder): TimelineGroup => {
    const ids = new Set(held.filter((h) => (h.via ?? body.id) === holder).map((h) => h.milestone));
    const own = holder === body.id;
    return {
      id: `nhom-${holder}`,
      label: own ? `Việc văn bản giao cho ${body.name}` : `Là việc của «${nameOf(holder)}»`,
      entries: entries.filter((e) => ids.has(e.id)),
      ...(own ? {} : { via: holder }),
    };
  });
  return groups.filter((g) => g.entries.length > 0);
}
