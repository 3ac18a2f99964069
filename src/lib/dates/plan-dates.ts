import type { PlanDate } from '../../schemas/plan-date.ts';
import { addDays, formatDay } from './dates.ts';

const ROMAN = ['I', 'II', 'III', 'IV'] as const;
/** «quý III» for quarter 3. */
export const quarterName = (q: number) => `quý ${ROMAN[q - 1] ?? q}`;

const EVERY: Record<string, string> = {
  month: 'hằng tháng',
  quarter: 'hằng quý',
  'half-year': '6 tháng một lần',
  'half-year-and-year': 'định kỳ 6 tháng và 1 năm (báo cáo 6 tháng đầu năm và báo cáo năm)',
  year: 'hằng năm',
};

/** A date as readers see it, and the machine-readable form where there is one. */
export interface DescribedDate {
  label: string;
  /** Value for `<time datetime>`: a day, a month or a year; absent when no single one applies. */
  datetime?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Describes a plan date in Vietnamese at its own precision. */
export function describePlanDate(when: PlanDate): DescribedDate {
  switch (when.kind) {
    case 'day':
      return { label: formatDay(when.date), datetime: when.date };
    case 'derived-day': {
      const day = addDays(when.from, when.addDays);
      return { label: `${formatDay(day)} (tính ra)`, datetime: day };
    }
    case 'month-end':
      return { label: `chậm nhất hết tháng ${when.month}/${when.year}`, datetime: `${when.year}-${pad(when.month)}` };
    case 'quarter':
      return { label: `${quarterName(when.quarter)} năm ${when.year}` };
    case 'any-quarter':
      return { label: when.options.map((o) => `${quarterName(o.quarter)} năm ${o.year}`).join(' hoặc ') };
    case 'year':
      return { label: `trong năm ${when.year}`, datetime: String(when.year) };
    case 'by-year':
      return { label: `đến năm ${when.year}`, datetime: String(when.year) };
    case 'recurring': {
      const parts = [EVERY[when.every] ?? when.every];
      if (when.inQuarter) parts.push(`trong ${quarterName(when.inQuarter)}`);
      if (when.dueBeforeDay) parts.push(`trước ngày ${when.dueBeforeDay} của tháng cuối kỳ`);
      const [fy, fm] = when.from.split('-');
      const [uy, um] = when.until.split('-');
      parts.push(`(từ tháng ${Number(fm)}/${fy} đến tháng ${Number(um)}/${uy})`);
      return { label: parts.join(' ') };
    }
    case 'ad-hoc':
      return { label: `${when.occasion ?? 'đột xuất, khi có yêu cầu'} (không có ngày định trước)` };
  }
}

/** The effective day of a derived date, for sorting and calendars. */
export function derivedDay(when: Extract<PlanDate, { kind: 'derived-day' }>): string {
  return addDays(when.from, when.addDays);
}

/* ------------------------------------------------------------------------ *
 * Occurrences: every plan date expanded into the dated items it stands for. *
 * ------------------------------------------------------------------------ */

/**
 * How precisely an occurrence is known. A `deadline` is a last day derived
 * from the words («trước ngày 20», «chậm nhất hết tháng 4»); a `quarters`
 * occurrence is one of several quarters («quý III hoặc quý IV»).
 */
export type Precision = 'day' | 'deadline' | 'month' | 'quarter' | 'quarters' | 'half-year' | 'year';

/** Finer precisions first when two occurrences start on the same day. */
const PRECISION_RANK: Record<Precision, number> = {
  day: 0,
  deadline: 1,
  month: 2,
  quarter: 3,
  quarters: 4,
  'half-year': 5,
  year: 6,
};

/** One dated item: a single day, a deadline, or a period it falls within. */
export interface Occurrence {
  /** Stable within its milestone: «2008-q3», «2008-06», «2008-h1», «2007-02-09». Used in calendar UIDs. */
  key: string;
  precision: Precision;
  /** First day it may fall on (ISO). For a day or a deadline, that day. */
  start: string;
  /** Last day it may fall on (ISO, inclusive). For a deadline, the last day allowed. */
  end: string;
  /** Vietnamese label at its own precision: «Quý III/2008», «trước ngày 20/6/2008». */
  label: string;
  /** For a deadline within a recurring period, the period it belongs to: «6 tháng đầu năm 2008». */
  period?: string;
  /** Value for `<time datetime>` where the text names a single day, month or year. */
  datetime?: string;
  /**
   * For «định kỳ 6 tháng, 1 năm», which of the two it is: the six-monthly
   * (first-half) one or the annual one.
   */
  cycle?: Cycle;
}

/** The two reports or reviews of «6 tháng, 1 năm». */
export type Cycle = 'six-month' | 'annual';
export const CYCLE_LABELS: Record<Cycle, string> = { 'six-month': '6 tháng', annual: 'năm' };

/** Thrown when a plan date cannot be expanded; the message names the field and value. */
export class PlanDateError extends Error {}

const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
/** Last day of a month (month 1–12). */
export const lastDayOfMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const monthEnd = (y: number, m: number) => iso(y, m, lastDayOfMonth(y, m));

/** «Quý III/2008». */
export const quarterLabel = (y: number, q: number) => `Quý ${ROMAN[q - 1] ?? q}/${y}`;
/** «Tháng 3/2008». */
export const monthLabel = (y: number, m: number) => `Tháng ${m}/${y}`;
/** «6 tháng đầu năm 2008» (h = 1) or «6 tháng cuối năm 2008» (h = 2). */
export const halfYearLabel = (y: number, h: number) => `6 tháng ${h === 1 ? 'đầu' : 'cuối'} năm ${y}`;
/** «Năm 2008». */
export const yearLabel = (y: number) => `Năm ${y}`;
/** «trước ngày 20/6/2008»: the day as the text counts it, not the last day allowed. */
export const dueBeforeLabel = (y: number, m: number, d: number) => `trước ngày ${d}/${m}/${y}`;

/** A span of whole months, the unit every recurrence is built from. */
interface MonthSpan {
  year: number;
  /** First month, 1–12. */
  first: number;
  /** Last month, 1–12, in the same year. */
  last: number;
  key: string;
  label: string;
  precision: Precision;
  datetime?: string;
  cycle?: Cycle;
}

const monthIndex = (ym: string, field: string): number => {
  const match = /^(\d{4})-(\d{2})$/.exec(ym);
  if (!match) throw new PlanDateError(`field "${field}" = «${ym}» is not a month of the form YYYY-MM`);
  return Number(match[1]) * 12 + Number(match[2]) - 1;
};

/** The periods of one year that a recurrence of this frequency falls in. */
function periodsOfYear(when: Extract<PlanDate, { kind: 'recurring' }>, y: number): MonthSpan[] {
  switch (when.every) {
    case 'month':
      return Array.from({ length: 12 }, (_, i) => ({
        year: y,
        first: i + 1,
        last: i + 1,
        key: `${y}-${pad(i + 1)}`,
        label: monthLabel(y, i + 1),
        precision: 'month' as const,
        datetime: `${y}-${pad(i + 1)}`,
      }));
    case 'quarter':
      return [1, 2, 3, 4].map((q) => quarterSpan(y, q));
    case 'half-year':
      return [1, 2].map((h) => halfYearSpan(y, h));
    case 'half-year-and-year':
      // «6 tháng, 1 năm»: the first half's report, then the year's, both in the same year.
      return [
        { ...halfYearSpan(y, 1), cycle: 'six-month' as const },
        { ...yearSpan(y), cycle: 'annual' as const },
      ];
    case 'year':
      return [when.inQuarter ? quarterSpan(y, when.inQuarter) : yearSpan(y)];
  }
}

const halfYearSpan = (y: number, h: number): MonthSpan => ({
  year: y,
  first: h * 6 - 5,
  last: h * 6,
  key: `${y}-h${h}`,
  label: halfYearLabel(y, h),
  precision: 'half-year',
});

const yearSpan = (y: number): MonthSpan => ({
  year: y,
  first: 1,
  last: 12,
  key: String(y),
  label: yearLabel(y),
  precision: 'year',
  datetime: String(y),
});

function quarterSpan(y: number, q: number): MonthSpan {
  return { year: y, first: q * 3 - 2, last: q * 3, key: `${y}-q${q}`, label: quarterLabel(y, q), precision: 'quarter' };
}

/**
 * Expands a recurrence into its occurrences. An occurrence belongs to the
 * recurrence when the month it falls due in (the last month of its period)
 * lies within `from`…`until`: a quarterly duty «from 2007-02» still counts
 * the first quarter of 2007, which falls due in March.
 */
function expandRecurring(when: Extract<PlanDate, { kind: 'recurring' }>): Occurrence[] {
  const from = monthIndex(when.from, 'from');
  const until = monthIndex(when.until, 'until');
  if (from > until) throw new PlanDateError(`field "from" = «${when.from}» is after field "until" = «${when.until}»`);
  if (when.inQuarter && when.every !== 'year')
    throw new PlanDateError(
      `field "inQuarter" = ${when.inQuarter} only applies to a yearly recurrence, not every: «${when.every}»`,
    );
  const out: Occurrence[] = [];
  for (let y = Math.floor(from / 12); y <= Math.floor(until / 12); y++) {
    for (const span of periodsOfYear(when, y)) {
      const due = y * 12 + span.last - 1;
      if (due < from || due > until) continue;
      out.push(when.dueBeforeDay ? deadlineIn(span, when.dueBeforeDay) : spanOccurrence(span));
    }
  }
  return out;
}

const spanOccurrence = (s: MonthSpan): Occurrence => ({
  key: s.key,
  precision: s.precision,
  start: iso(s.year, s.first, 1),
  end: monthEnd(s.year, s.last),
  label: s.label,
  ...(s.datetime ? { datetime: s.datetime } : {}),
  ...(s.cycle ? { cycle: s.cycle } : {}),
});

/** «Before day d of the period's last month»: the last day allowed is d − 1. */
const deadlineIn = (s: MonthSpan, d: number): Occurrence => {
  const lastAllowed = iso(s.year, s.last, d - 1);
  return {
    key: s.key,
    precision: 'deadline',
    start: lastAllowed,
    end: lastAllowed,
    label: dueBeforeLabel(s.year, s.last, d),
    period: s.label,
    datetime: iso(s.year, s.last, d),
    ...(s.cycle ? { cycle: s.cycle } : {}),
  };
};

/**
 * Every dated item a plan date stands for, in order. One-off dates give one
 * occurrence, recurrences one per period within their bounds, ad-hoc reports
 * none (they have no date). Each keeps its precision: a quarter spans the
 * quarter and is never given a day.
 */
export function expandPlanDate(when: PlanDate): Occurrence[] {
  switch (when.kind) {
    case 'day':
      return [day(when.date)];
    case 'derived-day':
      return [day(derivedDay(when))];
    case 'month-end': {
      const last = monthEnd(when.year, when.month);
      return [
        {
          key: `${when.year}-${pad(when.month)}`,
          precision: 'deadline',
          start: last,
          end: last,
          label: `chậm nhất hết tháng ${when.month}/${when.year}`,
          datetime: `${when.year}-${pad(when.month)}`,
        },
      ];
    }
    case 'quarter':
      return [spanOccurrence(quarterSpan(when.year, when.quarter))];
    case 'any-quarter': {
      const options = [...when.options].sort((a, b) => a.year - b.year || a.quarter - b.quarter);
      const spans = options.map((o) => quarterSpan(o.year, o.quarter));
      const first = spans[0] as MonthSpan;
      const last = spans.at(-1) as MonthSpan;
      // The span covers every option; the label names them exactly.
      return [
        {
          key: spans.map((s) => s.key).join('-or-'),
          precision: 'quarters',
          start: iso(first.year, first.first, 1),
          end: monthEnd(last.year, last.last),
          label: spans.map((s) => s.label).join(' hoặc '),
        },
      ];
    }
    case 'year':
      return [{ ...yearOccurrence(when.year), label: `Trong năm ${when.year}` }];
    case 'by-year':
      return [{ ...yearOccurrence(when.year), label: `Đến năm ${when.year}` }];
    case 'recurring':
      return expandRecurring(when);
    case 'ad-hoc':
      return [];
  }
}

const day = (date: string): Occurrence => ({
  key: date,
  precision: 'day',
  start: date,
  end: date,
  label: formatDay(date),
  datetime: date,
});

const yearOccurrence = (y: number): Occurrence => ({
  key: String(y),
  precision: 'year',
  start: iso(y, 1, 1),
  end: iso(y, 12, 31),
  label: yearLabel(y),
  datetime: String(y),
});

/**
 * The key occurrences sort by: the first day they may fall on, then their
 * precision (finer first). A quarter sorts where it begins, never at a
 * made-up day; a day and a month starting together keep the day first.
 */
export const sortKey = (o: Pick<Occurrence, 'start' | 'precision'>) => `${o.start}#${PRECISION_RANK[o.precision]}`;

/** Compares occurrences by their sort key, then by their end. */
export const compareOccurrences = (
  a: Pick<Occurrence, 'start' | 'end' | 'precision'>,
  b: Pick<Occurrence, 'start' | 'end' | 'precision'>,
) => sortKey(a).localeCompare(sortKey(b)) || a.end.localeCompare(b.end);

/** The quarter (1–4) an ISO day falls in. */
export const quarterOf = (isoDay: string) => Math.floor((Number(isoDay.slice(5, 7)) - 1) / 3) + 1;
