import type { PlanDate } from '../../schemas/plan-date.ts';
import { CYCLE_LABELS, lastDayOfMonth, quarterLabel, quarterName, type Occurrence } from './plan-dates.ts';

/**
 * Quarters: the unit of the timeline chart's columns and of the quarter
 * pages. An occurrence belongs to every quarter it may fall in, at its own
 * precision: a year to all four of its quarters, «quý III hoặc quý IV» to
 * both options (and not to a quarter between them), a day to one.
 */

export interface Quarter {
  year: number;
  /** 1–4. */
  quarter: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** «2008-q2»: the quarter's id in URLs and keys. */
export const quarterKey = (q: Quarter) => `${q.year}-q${q.quarter}`;
/** First day of a quarter (ISO). */
export const quarterStart = (q: Quarter) => `${q.year}-${pad(q.quarter * 3 - 2)}-01`;
/** Last day of a quarter (ISO). */
export const quarterEnd = (q: Quarter) => `${q.year}-${pad(q.quarter * 3)}-${lastDayOfMonth(q.year, q.quarter * 3)}`;
/** The quarter an ISO day falls in. */
export const quarterOfDay = (iso: string): Quarter => ({
  year: Number(iso.slice(0, 4)),
  quarter: Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1,
});
const index = (q: Quarter) => q.year * 4 + q.quarter - 1;
const fromIndex = (i: number): Quarter => ({ year: Math.floor(i / 4), quarter: (i % 4) + 1 });
export const sameQuarter = (a: Quarter, b: Quarter) => index(a) === index(b);
const compareQuarters = (a: Quarter, b: Quarter) => index(a) - index(b);

/** Every quarter from `a` to `b`, both included. */
export function quartersBetween(a: Quarter, b: Quarter): Quarter[] {
  return Array.from({ length: Math.max(0, index(b) - index(a) + 1) }, (_, i) => fromIndex(index(a) + i));
}

/**
 * The quarters an occurrence may fall in. For «one of several quarters» only
 * the options the text names (the plan date gives them); otherwise every
 * quarter from its first possible day to its last.
 */
export function quartersOf(o: Pick<Occurrence, 'start' | 'end' | 'precision'>, when: PlanDate): Quarter[] {
  if (o.precision === 'quarters' && when.kind === 'any-quarter')
    return [...when.options].sort(compareQuarters).map((x) => ({ year: x.year, quarter: x.quarter }));
  return quartersBetween(quarterOfDay(o.start), quarterOfDay(o.end));
}

/** Whether an occurrence lies wholly inside one quarter (a day, a deadline, a month, the quarter itself). */
export const withinOneQuarter = (o: Pick<Occurrence, 'start' | 'end'>) =>
  sameQuarter(quarterOfDay(o.start), quarterOfDay(o.end));

const COUNT_WORDS = ['', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu'];
/** «Tháng 4/2008» → «tháng 4/2008», for a label inside a sentence (numerals keep their case). */
export const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

/**
 * How an occurrence reads on a quarter's page: its own label at its own
 * precision, and what that means for the quarter — a year is «trong năm
 * 2008» in each of its quarters, never a quarter of its own; a choice of
 * quarters is «một trong hai quý». Of «6 tháng, 1 năm», a deadline names its
 * period and a year says it is the annual one.
 */
export function inQuarterPhrase(o: Occurrence, when: PlanDate): { text: string; note?: string } {
  const year = o.start.slice(0, 4);
  const result = (text: string, ...notes: (string | false | undefined)[]) => {
    const note = notes.filter(Boolean).join('; ');
    return note ? { text, note } : { text };
  };
  switch (o.precision) {
    case 'day':
      return result(`ngày ${o.label}`, when.kind === 'derived-day' && 'ngày do trang tính ra');
    case 'deadline':
      return result(o.label, o.period && `kỳ ${lowerFirst(o.period)}`);
    case 'month':
    case 'quarter':
      return result(`trong ${lowerFirst(o.label)}`);
    case 'quarters': {
      const n = quartersOf(o, when).length;
      return result(o.label, `một trong ${COUNT_WORDS[n] ?? n} quý, văn bản không nói quý nào`);
    }
    case 'half-year':
      return result(`trong ${o.label}`, 'văn bản không nêu quý');
    case 'year':
      return when.kind === 'by-year'
        ? result(`đến năm ${year}`, 'mục tiêu phấn đấu, văn bản không nêu quý')
        : result(`trong năm ${year}`, 'văn bản không nêu quý', o.cycle && `kỳ ${CYCLE_LABELS[o.cycle]}`);
  }
}

/** «Quý II năm 2008», the heading of a quarter's page. */
export const quarterTitle = (q: Quarter) => `${quarterName(q.quarter).replace(/^q/, 'Q')} năm ${q.year}`;
/** «Quý II/2008». */
export const quarterShort = (q: Quarter) => quarterLabel(q.year, q.quarter);

/** Milestones of this kind are documents the plan cites: their years before the plan are not drawn by quarter. */
const CITED_ONLY = new Set(['legal-basis']);

/**
 * The years a set of dated items spans: `earliest` of all, and the years
 * shown quarter by quarter, from the first of the plan's own dates (not the
 * documents it cites) to the last.
 */
export function planYears(items: { kind: string; occurrences: Pick<Occurrence, 'start' | 'end'>[] }[]): {
  earliest: number;
  first: number;
  last: number;
} {
  const yearOf = (iso: string) => Number(iso.slice(0, 4));
  const all = items.flatMap((i) => i.occurrences);
  if (all.length === 0) throw new Error('planYears: nothing dated');
  const own = items.filter((i) => !CITED_ONLY.has(i.kind)).flatMap((i) => i.occurrences);
  return {
    earliest: Math.min(...all.map((o) => yearOf(o.start))),
    first: Math.min(...(own.length > 0 ? own : all).map((o) => yearOf(o.start))),
    last: Math.max(...all.map((o) => yearOf(o.end))),
  };
}

/** One milestone on a quarter's page: the occurrences of it that fall in that quarter. */
export interface QuarterItem<E> {
  entry: E;
  occurrences: Occurrence[];
}

type Dated = { when: PlanDate; kind: string; occurrences: Occurrence[] };

/**
 * What falls in a quarter, at each item's own precision: first what lies
 * wholly inside it (days, deadlines, months, the quarter itself), by date;
 * then what spans it (a half-year, a year, one of several quarters).
 */
export function itemsInQuarter<E extends Dated>(entries: E[], q: Quarter): QuarterItem<E>[] {
  const items = entries
    .map((entry) => ({
      entry,
      occurrences: entry.occurrences.filter((o) => quartersOf(o, entry.when).some((x) => sameQuarter(x, q))),
    }))
    .filter((i) => i.occurrences.length > 0);
  const inside = (i: QuarterItem<E>) => i.occurrences.every(withinOneQuarter);
  return items.sort(
    (a, b) =>
      Number(inside(b)) - Number(inside(a)) ||
      (a.occurrences[0]?.start ?? '').localeCompare(b.occurrences[0]?.start ?? '') ||
      (a.occurrences[0]?.end ?? '').localeCompare(b.occurrences[0]?.end ?? ''),
  );
}

/** A cell of a view's index of quarters: a quarter, how many of the view's dates fall in it, and its page. */
export interface QuarterCell {
  q: Quarter;
  count: number;
  href: string;
}

/**
 * The index of quarters of a view (the whole plan, one body's part): every quarter with a page from
 * `fromYear` on (the years the chart draws by quarter), and an earlier one only where the view has a date.
 */
export function quarterCells(
  entries: Dated[],
  quarters: Quarter[],
  fromYear: number,
  href: (q: Quarter) => string,
): QuarterCell[] {
  return quarters
    .map((q) => ({ q, count: itemsInQuarter(entries, q).length, href: href(q) }))
    .filter((cell) => cell.count > 0 || cell.q.year >= fromYear);
}

/**
 * The quarters that get a page: every quarter of the years shown quarter by
 * quarter, and any earlier quarter holding a date (a legal basis).
 */
export function quarterPages(entries: Dated[]): Quarter[] {
  const dated = entries.filter((e) => e.occurrences.length > 0);
  if (dated.length === 0) return [];
  const { first, last } = planYears(dated);
  const pages = quartersBetween({ year: first, quarter: 1 }, { year: last, quarter: 4 });
  const earlier = dated.flatMap((e) =>
    e.occurrences.flatMap((o) => quartersOf(o, e.when)).filter((q) => q.year < first),
  );
  for (const q of earlier) if (!pages.some((p) => sameQuarter(p, q))) pages.push(q);
  return pages.sort(compareQuarters);
}
