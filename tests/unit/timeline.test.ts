import { describe, expect, it } from 'vitest';
import { expandPlanDate } from '../../src/lib/dates/plan-dates.ts';
import {
  compareEntries,
  gridCellText,
  datedGroups,
  groupsByArea,
  groupsOfBody,
  quarterGrid,
  type TimelineEntry,
} from '../../src/lib/dates/timeline.ts';
import type { PlanDate } from '../../src/schemas/plan-date.ts';
import { anyQuarter, recurring, timelineEntry } from './plan-date-fixtures.ts';

const years = [2007, 2008, 2009, 2010];
/** Per year, each cell as «quarter×span:count». */
const layout = (when: PlanDate) =>
  quarterGrid(expandPlanDate(when), years).map((r) =>
    r.cells.map((c) => `${c.quarter}×${c.span}:${c.occurrences.length}`).join(' '),
  );

describe('quarterGrid', () => {
  it('puts each quarter in its own cell', () => {
    expect(layout(recurring({ every: 'quarter' }))).toEqual(Array(4).fill('1×1:1 2×1:1 3×1:1 4×1:1'));
  });

  it('puts three months in each quarter, and starts where the bounds start', () => {
    expect(layout(recurring({ every: 'month', from: '2007-02' }))[0]).toBe('1×1:2 2×1:3 3×1:3 4×1:3');
  });

  it('puts a deadline in the quarter of its day: before 20 June in Q2, before 20 December in Q4', () => {
    expect(layout(recurring({ every: 'half-year', dueBeforeDay: 20 }))[1]).toBe('1×1:0 2×1:1 3×1:0 4×1:1');
  });

  it('spans half a year over two quarters and a year over four', () => {
    expect(layout(recurring({ every: 'half-year' }))[0]).toBe('1×2:1 3×2:1');
    expect(layout(recurring({ every: 'year' }))[3]).toBe('1×4:1');
  });

  it('marks only the first quarter for «trong quý I hàng năm»', () => {
    expect(layout(recurring({ every: 'year', inQuarter: 1 }))[2]).toBe('1×1:1 2×1:0 3×1:0 4×1:0');
  });
});

describe('gridCellText: a cell in words, at the precision of the text', () => {
  const cells = (when: PlanDate, year = 2008) =>
    quarterGrid(expandPlanDate(when), [year])[0]?.cells.map((c) => gridCellText(c.occurrences));

  it('names the months of a quarter together', () => {
    expect(cells(recurring({ every: 'month' }))).toEqual([
      'tháng 1, 2, 3',
      'tháng 4, 5, 6',
      'tháng 7, 8, 9',
      'tháng 10, 11, 12',
    ]);
  });

  it('says which of «6 tháng, 1 năm» a deadline is; a quarter is «trong quý», a year «cả năm»', () => {
    expect(cells(recurring({ every: 'half-year-and-year', dueBeforeDay: 20 }))).toEqual([
      '',
      'trước 20/6 (kỳ 6 tháng)',
      '',
      'trước 20/12 (kỳ năm)',
    ]);
    expect(cells(recurring({ every: 'quarter' }))).toEqual(Array(4).fill('trong quý'));
    expect(cells(recurring({ every: 'half-year-and-year' }))).toEqual(['6 tháng đầu; cả năm']);
  });
});

const entry = (id: string, when: PlanDate) => timelineEntry(id, when);

describe('entries', () => {
  const all = [
    entry('dot-xuat', { kind: 'ad-hoc' }),
    entry('tong-ket', anyQuarter([2010, 3], [2010, 4])),
    entry('can-cu', { kind: 'day', date: '2001-09-17' }),
    entry('hang-quy', recurring({ every: 'quarter', from: '2007-02' })),
  ];

  it('sort by their first occurrence, undated ones last', () => {
    expect([...all].sort(compareEntries).map((e) => e.id)).toEqual(['can-cu', 'hang-quy', 'tong-ket', 'dot-xuat']);
  });

  it('group by area of reform after the documents, each group in date order', () => {
    const withArea = (e: TimelineEntry, area?: TimelineEntry['area'], kind?: TimelineEntry['kind']) => ({
      ...e,
      ...(area ? { area } : {}),
      ...(kind ? { kind } : {}),
    });
    const sorted = [
      withArea(all[2] as TimelineEntry, undefined, 'legal-basis'),
      withArea(all[3] as TimelineEntry, 'to-chuc-thuc-hien'),
      withArea(all[1] as TimelineEntry, 'bo-may'),
      withArea(all[0] as TimelineEntry),
    ];
    expect(groupsByArea(sorted).map((g) => `${g.id}: ${g.entries.map((e) => e.id).join(' ')}`)).toEqual([
      'nhom-van-ban: can-cu',
      'nhom-bo-may: tong-ket',
      'nhom-to-chuc-thuc-hien: hang-quy',
      'nhom-khac: dot-xuat',
    ]);
  });

  it('group a body’s entries: its own first, then each group it is one of, nearest first', () => {
    const held = [
      { milestone: 'can-cu', via: 'cac-so-nganh' },
      { milestone: 'hang-quy', via: 'thu-truong' },
      { milestone: 'tong-ket' },
    ];
    const groups = groupsOfBody(all, { id: 'so-tu-phap', name: 'Sở Tư pháp' }, held, (id) => id.toUpperCase(), [
      'thu-truong',
    ]);
    expect(groups.map((g) => [g.label, g.via, g.entries.map((e) => e.id)])).toEqual([
      ['Việc văn bản giao cho Sở Tư pháp', undefined, ['tong-ket']],
      ['Là việc của «THU-TRUONG»', 'thu-truong', ['hang-quy']],
      ['Là việc của «CAC-SO-NGANH»', 'cac-so-nganh', ['can-cu']],
    ]);
    expect(groupsOfBody(all, { id: 'x', name: 'X' }, [], String)).toEqual([]);
  });

  it('keep for the chart and the list of dates only the dated entries, and the groups left with one', () => {
    const groups = [
      { id: 'co-ngay', label: 'A', entries: [all[0] as TimelineEntry, all[2] as TimelineEntry] },
      { id: 'khong-ngay', label: 'B', entries: [all[0] as TimelineEntry] },
    ];
    expect(datedGroups(groups).map((g) => [g.id, g.entries.map((e) => e.id)])).toEqual([['co-ngay', ['can-cu']]]);
  });
});
