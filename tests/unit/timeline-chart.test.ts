import { describe, expect, it } from 'vitest';
import { expandPlanDate } from '../../src/lib/dates/plan-dates.ts';
import { CHART, chartLayout, wrap, xOfDay, type ChartRowInput } from '../../src/lib/dates/timeline-chart.ts';
import type { PlanDate } from '../../src/schemas/plan-date.ts';
import { anyQuarter, recurring } from './plan-date-fixtures.ts';

const row = (id: string, when: PlanDate, kind = 'deadline'): ChartRowInput => ({
  id,
  title: `Mốc ${id}`,
  location: 'khoản 1',
  kind,
  when,
  occurrences: expandPlanDate(when),
});
const rows = [
  row('can-cu', { kind: 'day', date: '2003-11-26' }, 'legal-basis'),
  row('ngay', { kind: 'day', date: '2007-02-09' }),
  row('het-thang', { kind: 'month-end', year: 2007, month: 4 }),
  row('quy', { kind: 'quarter', year: 2008, quarter: 3 }),
  row('mot-trong-hai', anyQuarter([2010, 3], [2010, 4])),
  row('cach-quy', anyQuarter([2009, 1], [2009, 3])),
  row('nam', { kind: 'year', year: 2007 }),
  row('hang-thang', recurring({ every: 'month', from: '2007-02' }), 'report'),
  row('sau-thang-mot-nam', recurring({ every: 'half-year-and-year' }), 'report'),
];
const layout = chartLayout([
  { id: 'van-ban', label: 'Văn bản', rows: rows.slice(0, 2) },
  { id: 'viec', label: 'Việc', rows: rows.slice(2) },
]);
const { columns } = layout;
const marks = (id: string) => layout.panels.flatMap((p) => p.rows).find((r) => r.id === id)?.marks ?? [];
const Q = CHART.quarterWidth;
const q = (year: number, quarter: number) => {
  const c = columns.find((x) => x.year === year && x.quarter === quarter);
  if (!c) throw new Error(`no column ${year}-q${quarter}`);
  return c;
};

describe('the chart’s axis', () => {
  it('draws the plan’s years by quarter and compresses the earlier years of the legal bases', () => {
    expect(columns.filter((c) => c.quarter).map((c) => `${c.year}-${c.quarter}`)).toHaveLength(16);
    expect(q(2007, 1).from).toBe('2007-01-01');
    expect(q(2010, 4).to).toBe('2010-12-31');
    const old = columns.filter((c) => !c.quarter);
    expect(old.map((c) => c.year)).toEqual([2003, 2004, 2005, 2006]);
    expect(old.reduce((w, c) => w + c.width, 0)).toBeCloseTo(CHART.compressedWidth);
    expect(layout.years.find((y) => y.compressed)?.label).toBe('2003–2006');
  });

  it('has no compressed years when nothing comes before the plan', () => {
    const l = chartLayout([{ id: 'g', label: 'g', rows: rows.slice(1) }]);
    expect(l.columns.every((c) => c.quarter)).toBe(true);
    expect(l.years.some((y) => y.compressed)).toBe(false);
  });

  it('keeps a whole plan’s years on a view whose own dates span fewer', () => {
    const l = chartLayout([{ id: 'g', label: 'g', rows: [rows[3] as ChartRowInput] }], { first: 2007, last: 2010 });
    expect(l.columns).toHaveLength(16);
  });

  it('places days evenly within their column, and the day after the last at its right edge', () => {
    expect(xOfDay(columns, '2008-07-01')).toBe(q(2008, 3).x);
    expect(xOfDay(columns, '2011-01-01')).toBe(q(2010, 4).x + Q);
    const mid = xOfDay(columns, '2008-08-15');
    expect(mid).toBeGreaterThan(q(2008, 3).x + Q * 0.45);
    expect(mid).toBeLessThan(q(2008, 3).x + Q * 0.55);
    expect(() => xOfDay(columns, '2012-01-01')).toThrow(/outside the chart's axis/);
  });
});

describe('the chart’s marks: drawn no more precisely than the words', () => {
  it('draws a day as a point in the middle of that day', () => {
    const [m] = marks('ngay');
    expect(m?.shape).toBe('day');
    expect(m?.bars).toEqual([]);
    const from = xOfDay(columns, '2007-02-09');
    expect(m?.x).toBeGreaterThan(from);
    expect(m?.x).toBeLessThan(xOfDay(columns, '2007-02-10'));
  });

  it('draws «chậm nhất hết tháng 4» as a deadline on 30 April', () => {
    const [m] = marks('het-thang');
    expect(m?.shape).toBe('deadline');
    expect(m?.x).toBeGreaterThan(xOfDay(columns, '2007-04-30'));
    expect(m?.x).toBeLessThan(xOfDay(columns, '2007-05-01'));
  });

  it('draws a quarter as wide as its column, a year as four, never as a point', () => {
    expect(marks('quy')[0]).toMatchObject({ shape: 'span', bars: [{ x: q(2008, 3).x, width: Q }] });
    expect(marks('nam')[0]).toMatchObject({ shape: 'span', bars: [{ x: q(2007, 1).x, width: 4 * Q }] });
  });

  it('draws a month as a third of its quarter', () => {
    const [feb] = marks('hang-thang');
    expect(feb?.key).toBe('2007-02');
    expect(feb?.bars[0]?.width).toBeGreaterThan(Q / 3 - 1.5);
    expect(feb?.bars[0]?.width).toBeLessThan(Q / 3 + 1.5);
    expect(marks('hang-thang')).toHaveLength(47);
  });

  it('hatches «one of several quarters» over the options only: one bar for adjacent ones, one each apart', () => {
    expect(marks('mot-trong-hai')[0]).toMatchObject({
      shape: 'choice',
      bars: [{ x: q(2010, 3).x, width: 2 * Q }],
    });
    expect(marks('cach-quy')[0]?.bars).toEqual([
      { x: q(2009, 1).x, width: Q },
      { x: q(2009, 3).x, width: Q },
    ]);
  });

  it('draws «6 tháng, 1 năm» on two lanes: the six-monthly one above, the annual one below', () => {
    const [six, annual] = marks('sau-thang-mot-nam');
    expect(six).toMatchObject({ cycle: 'six-month', bars: [{ x: q(2007, 1).x, width: 2 * Q }] });
    expect(annual).toMatchObject({ cycle: 'annual', bars: [{ x: q(2007, 1).x, width: 4 * Q }] });
    expect(annual?.y).toBeGreaterThan(six?.y ?? Infinity);
    expect(layout.panels[1]?.rows.find((r) => r.id === 'sau-thang-mot-nam')?.lanes).toBe(2);
  });

  it('names each mark by its date, with its period and cycle', () => {
    expect(marks('quy')[0]?.label).toBe('Quý III/2008');
    expect(marks('sau-thang-mot-nam')[1]?.label).toBe('Năm 2007, kỳ năm');
    const deadlines = chartLayout([
      { id: 'g', label: 'g', rows: [row('han', recurring({ every: 'half-year-and-year', dueBeforeDay: 20 }))] },
    ]).panels[0]?.rows[0]?.marks;
    expect(deadlines?.slice(0, 2).map((m) => m.label)).toEqual([
      'trước ngày 20/6/2007, kỳ 6 tháng đầu năm 2007',
      'trước ngày 20/12/2007, kỳ năm 2007',
    ]);
  });
});

describe('the chart’s panels and rows', () => {
  it('draws one panel per group, rows in the order given, each below the last', () => {
    expect(layout.panels.map((p) => p.id)).toEqual(['van-ban', 'viec']);
    const ys = layout.panels[1]?.rows.map((r) => r.y) ?? [];
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    for (const p of layout.panels) expect(p.height).toBeGreaterThan(CHART.header + CHART.groupHeader);
  });

  it('refuses a row with no date: a report «đột xuất» has no place on a time axis', () => {
    expect(() => chartLayout([{ id: 'g', label: 'g', rows: [row('dot-xuat', { kind: 'ad-hoc' })] }])).toThrow(
      /«dot-xuat» has no date to draw/,
    );
  });

  it('wraps titles at word boundaries and marks a cut with «…»', () => {
    expect(wrap('một hai ba bốn', 7, 3)).toEqual(['một hai', 'ba bốn']);
    expect(wrap('một hai ba bốn năm sáu', 7, 2)).toEqual(['một hai', 'ba bốn…']);
  });
});
