import {
  itemsInQuarter,
  quarterEnd,
  quarterPages,
  quarterShort,
  quarterStart,
  quarterTitle,
  type Quarter,
  type QuarterItem,
} from '../dates/quarters.ts';
import type { EntryBody, TimelineEntry } from '../dates/timeline.ts';
import { urls } from '../site/urls.ts';
import type { Link, NeighbourLinks } from './link.ts';

/** A milestone on a quarter's page, with the roles of the body whose section lists it (none where no body has one). */
export type QuarterLine = QuarterItem<TimelineEntry> & { roles: EntryBody[] };

/** What a quarter's page shows: every milestone falling in it, by body. */
export type QuarterPage = {
  quarter: Quarter;
  /** «Quý III năm 2008». */
  title: string;
  /** Its first and last day (ISO). */
  start: string;
  end: string;
  /** How many milestones fall in it. */
  count: number;
  /** Each body with a role in one of them, in the site's body order, and the milestones without a body. */
  bodies: { id: string; name: string; lines: QuarterLine[] }[];
  unassigned: QuarterLine[];
  /** Reports without a set date («đột xuất», «kịp thời»), which fall in no quarter. */
  undated: number;
  /** The page's table of contents, when it has more than two sections; else empty. */
  toc: Link[];
  neighbours: NeighbourLinks;
};

/** The heading of the section of milestones no body has a role in. */
export const UNASSIGNED_HEADING = 'Mốc không giao cho cơ quan nào';

/** One page per quarter (`quarterPages`), with what falls in it; `bodies` in the site's order. */
export function quarterPagesOf(
  entries: TimelineEntry[],
  bodies: readonly string[],
  bodyName: (id: string) => string,
): QuarterPage[] {
  const quarters = quarterPages(entries);
  const undated = entries.filter((e) => e.occurrences.length === 0).length;
  const link = (q: Quarter | undefined) => q && { href: urls.quarter(q.year, q.quarter), label: quarterShort(q) };
  return quarters.map((quarter, at) => {
    const items = itemsInQuarter(entries, quarter);
    const sections = bodies
      .map((id) => ({
        id,
        name: bodyName(id),
        lines: items.flatMap((i) => {
          const roles = i.entry.bodies.filter((b) => b.id === id);
          return roles.length > 0 ? [{ ...i, roles }] : [];
        }),
      }))
      .filter((b) => b.lines.length > 0);
    const unassigned = items.filter((i) => i.entry.bodies.length === 0).map((i) => ({ ...i, roles: [] }));
    const toc = [
      ...sections.map((b) => ({ href: `#cq-${b.id}`, label: b.name })),
      ...(unassigned.length > 0 ? [{ href: '#khong-co-co-quan', label: UNASSIGNED_HEADING }] : []),
    ];
    return {
      quarter,
      title: quarterTitle(quarter),
      start: quarterStart(quarter),
      end: quarterEnd(quarter),
      count: items.length,
      bodies: sections,
      unassigned,
      undated,
      toc: toc.length > 2 ? toc : [],
      neighbours: { prev: link(quarters[at - 1]), next: link(quarters[at + 1]) },
    };
  });
}
