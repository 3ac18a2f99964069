import type { PlanDate } from '../../schemas/plan-date.ts';
import { addDays } from './dates.ts';
import { CYCLE_LABELS, type Cycle, type Occurrence, type Precision } from './plan-dates.ts';
import {
  lowerFirst,
  planYears,
  quarterEnd,
  quartersBetween,
  quarterStart,
  quartersOf,
  type Quarter,
} from './quarters.ts';

/**
 * The geometry of the timeline chart, computed at build time from the typed
 * dates; the component only writes it out as SVG. Columns are quarters
 * (years before the first quarter shown are compressed into narrow
 * columns); within a column, days are evenly spaced. Each occurrence is
 * drawn at its own precision: a span as wide as its period, a day or a
 * deadline as a point, «one of several quarters» hatched over each option.
 */

/** One row: a milestone, with what the chart writes beside it. */
export interface ChartRowInput {
  id: string;
  title: string;
  /** Where the clause stating it is («khoản 3.6 mục III»). */
  location: string;
  /** The milestone's kind: the years of legal bases before the plan are compressed. */
  kind: string;
  when: PlanDate;
  occurrences: Occurrence[];
}
export interface ChartGroupInput {
  /** Anchor of the group in the list below the chart. */
  id: string;
  label: string;
  rows: ChartRowInput[];
}

/** A column of the time axis: a quarter, or a whole year before the quarters begin. */
export interface ChartColumn {
  /** First and last day it covers (ISO). */
  from: string;
  to: string;
  x: number;
  width: number;
  year: number;
  /** Absent for a compressed year. */
  quarter?: number;
}

/** How a mark is drawn: a bar, a hatched bar (one of several quarters), or a point. */
export type MarkShape = 'span' | 'choice' | 'day' | 'deadline';

export interface ChartMark {
  /** The occurrence's key («2008-q3»). */
  key: string;
  precision: Precision;
  cycle?: Cycle;
  shape: MarkShape;
  /** The occurrence as readers see it: the mark's title (its name, and its tooltip). */
  label: string;
  /** Bars: one rectangle per contiguous run of the period (several for non-adjacent options). */
  bars: { x: number; width: number }[];
  /** Points: the middle of the day. */
  x: number;
  /** Vertical centre of the mark's lane. */
  y: number;
}

export interface ChartRow extends Pick<ChartRowInput, 'id' | 'kind'> {
  /** Top of the row, its height, and its width (the chart's). */
  y: number;
  height: number;
  width: number;
  titleLines: string[];
  locationLines: string[];
  marks: ChartMark[];
  /** Two lanes for «6 tháng, 1 năm»: the six-monthly one above, the annual one below. */
  lanes: 1 | 2;
}

/** One group of rows, drawn as its own SVG under a copy of the axis, so that a printed page breaks between groups. */
export interface ChartPanel {
  /** Anchor of the group in the list below the chart. */
  id: string;
  label: string;
  /** Height of the panel: the axis, the group's heading, its rows. */
  height: number;
  rows: ChartRow[];
}

export interface ChartLayout {
  width: number;
  columns: ChartColumn[];
  /** Year headings: a detailed year over its four quarters, the compressed years as one span. */
  years: { label: string; x: number; width: number; compressed: boolean }[];
  panels: ChartPanel[];
  /** Left edge of the time axis. */
  axisX: number;
}

/** Sizes in SVG user units (CSS pixels when drawn at its natural width). */
export const CHART = {
  titleWidth: 290,
  locationWidth: 108,
  /** Room for every compressed year together, and the gap after it. */
  compressedWidth: 96,
  compressedGap: 10,
  quarterWidth: 38,
  header: 40,
  groupHeader: 24,
  line: 14,
  lane: 14,
  /** Height of a bar, and of a point's symbol. */
  bar: 11,
  padding: 4,
  /** Characters per line, measured against Noto Sans at the chart's font sizes (with room to spare). */
  titleChars: 44,
  locationChars: 17,
  titleLinesMax: 3,
} as const;

const dayNumber = (iso: string) =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

/**
 * Where a day begins on the axis: linear within its column. The day after
 * the last column is the axis's right edge.
 */
export function xOfDay(columns: ChartColumn[], iso: string): number {
  const d = dayNumber(iso);
  for (const c of columns) {
    const from = dayNumber(c.from);
    const to = dayNumber(c.to) + 1;
    if (d >= from && d < to) return c.x + ((d - from) / (to - from)) * c.width;
  }
  const last = columns.at(-1);
  if (last && d === dayNumber(last.to) + 1) return last.x + last.width;
  throw new Error(`${iso} is outside the chart's axis (${columns[0]?.from} – ${last?.to})`);
}

/** The width of one day in the column holding `iso`. */
const dayWidth = (columns: ChartColumn[], iso: string) => {
  const c = columns.find((col) => iso >= col.from && iso <= col.to);
  return c ? c.width / (dayNumber(c.to) - dayNumber(c.from) + 1) : 0;
};

/** Greedy word wrap to at most `max` lines; an overlong last line ends with «…». */
export function wrap(text: string, chars: number, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= chars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = `${(kept[max - 1] ?? '').slice(0, chars - 1)}…`;
  return kept;
}

/** Years shown quarter by quarter. */
export interface YearSpan {
  first: number;
  last: number;
}

/**
 * The axis: quarters of `span` (by default the years the rows' own dates
 * span); earlier years (legal bases) compressed into narrow columns.
 */
function axis(
  rows: ChartRowInput[],
  span: YearSpan | undefined,
): { columns: ChartColumn[]; years: ChartLayout['years']; axisX: number } {
  const found = planYears(rows);
  const first = Math.min(span?.first ?? found.first, found.first);
  const last = Math.max(span?.last ?? found.last, found.last);
  const earliest = found.earliest;
  const columns: ChartColumn[] = [];
  const years: ChartLayout['years'] = [];
  let x = CHART.titleWidth + CHART.locationWidth;
  const axisX = x;
  if (earliest < first) {
    const n = first - earliest;
    const width = CHART.compressedWidth / n;
    for (let y = earliest; y < first; y++, x += width)
      columns.push({ from: `${y}-01-01`, to: `${y}-12-31`, x, width, year: y });
    years.push({
      label: n > 1 ? `${earliest}–${first - 1}` : String(earliest),
      x: axisX,
      width: CHART.compressedWidth,
      compressed: true,
    });
    x += CHART.compressedGap;
  }
  for (const q of quartersBetween({ year: first, quarter: 1 }, { year: last, quarter: 4 })) {
    if (q.quarter === 1) years.push({ label: String(q.year), x, width: 4 * CHART.quarterWidth, compressed: false });
    columns.push({ from: quarterStart(q), to: quarterEnd(q), x, width: CHART.quarterWidth, ...q });
    x += CHART.quarterWidth;
  }
  return { columns, years, axisX };
}

/** Joins adjacent quarters into one run, so that «quý III hoặc quý IV» is one hatched bar. */
function runs(quarters: Quarter[]): { start: string; end: string }[] {
  const out: { start: string; end: string }[] = [];
  for (const q of quarters) {
    const last = out.at(-1);
    if (last && addDays(last.end, 1) === quarterStart(q)) last.end = quarterEnd(q);
    else out.push({ start: quarterStart(q), end: quarterEnd(q) });
  }
  return out;
}

const SHAPES: Record<Precision, MarkShape> = {
  day: 'day',
  deadline: 'deadline',
  month: 'span',
  quarter: 'span',
  quarters: 'choice',
  'half-year': 'span',
  year: 'span',
};

function mark(columns: ChartColumn[], o: Occurrence, when: PlanDate, y: number): ChartMark {
  const shape = SHAPES[o.precision];
  const periods =
    shape === 'choice' ? runs(quartersOf(o, when)) : shape === 'span' ? [{ start: o.start, end: o.end }] : [];
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    key: o.key,
    precision: o.precision,
    ...(o.cycle ? { cycle: o.cycle } : {}),
    shape,
    // A deadline names its period («kỳ 6 tháng đầu năm 2008»); a period of «6 tháng, 1 năm» its cycle.
    label: [o.label, o.period ? `kỳ ${lowerFirst(o.period)}` : o.cycle && `kỳ ${CYCLE_LABELS[o.cycle]}`]
      .filter(Boolean)
      .join(', '),
    bars: periods.map((p) => {
      const x = xOfDay(columns, p.start);
      return { x: round(x), width: round(xOfDay(columns, addDays(p.end, 1)) - x) };
    }),
    x: round(xOfDay(columns, o.start) + dayWidth(columns, o.start) / 2),
    y,
  };
}

/**
 * Lays out the chart: one panel per group, rows in the order given, each
 * as tall as its wrapped title (or its two lanes) needs. Rows without
 * occurrences (reports with no date) must be left out by the caller: they
 * have no place on a time axis.
 */
export function chartLayout(groups: ChartGroupInput[], span?: YearSpan): ChartLayout {
  const inputs = groups.flatMap((g) => g.rows);
  const bad = inputs.find((r) => r.occurrences.length === 0);
  if (bad) throw new Error(`chartLayout: «${bad.id}» has no date to draw; list it apart`);
  if (inputs.length === 0) throw new Error('chartLayout: no rows to draw');
  const { columns, years, axisX } = axis(inputs, span);
  const right = columns.at(-1);
  const width = right ? right.x + right.width : axisX;
  const panels = groups
    .filter((g) => g.rows.length > 0)
    .map((g): ChartPanel => {
      let y = CHART.header + CHART.groupHeader;
      const rows = g.rows.map((r): ChartRow => {
        const titleLines = wrap(r.title, CHART.titleChars, CHART.titleLinesMax);
        const locationLines = wrap(r.location, CHART.locationChars, CHART.titleLinesMax);
        const lanes = r.occurrences.some((o) => o.cycle) ? 2 : 1;
        const textHeight = Math.max(titleLines.length, locationLines.length) * CHART.line;
        const height = Math.max(textHeight, lanes * CHART.lane) + 2 * CHART.padding;
        const top = y + (height - lanes * CHART.lane) / 2;
        const laneY = (o: Occurrence) => top + CHART.lane * (lanes === 2 && o.cycle === 'annual' ? 1.5 : 0.5);
        const row = { id: r.id, kind: r.kind, y, height, width, titleLines, locationLines, lanes } as const;
        y += height;
        return { ...row, marks: r.occurrences.map((o) => mark(columns, o, r.when, laneY(o))) };
      });
      return { id: g.id, label: g.label, height: y, rows };
    });
  return { width, columns, years, panels, axisX };
}
