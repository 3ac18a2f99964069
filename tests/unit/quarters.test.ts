import { describe, expect, it } from 'vitest';
import { expandPlanDate, type Occurrence } from '../../src/lib/dates/plan-dates.ts';
import {
  inQuarterPhrase,
  itemsInQuarter,
  planYears,
  quarterEnd,
  quarterKey,
  quarterCells,
  quarterPages,
  quartersOf,
  quarterStart,
  quarterTitle,
  withinOneQuarter,
} from '../../src/lib/dates/quarters.ts';
import type { PlanDate } from '../../src/schemas/plan-date.ts';
import { anyQuarter, recurring as plan } from './plan-date-fixtures.ts';

/** A recurrence from the month the decision took effect. */
const recurring = (fields: Parameters<typeof plan>[0]) => plan({ from: '2007-02', ...fields });
const one = (when: PlanDate) => expandPlanDate(when)[0] as Occurrence;
const keys = (when: PlanDate, o: Occurrence = one(when)) => quartersOf(o, when).map(quarterKey);

describe('quarters', () => {
  it('name and bound a quarter', () => {
    expect(quarterTitle({ year: 2008, quarter: 2 })).toBe('Quý II năm 2008');
    expect(quarterStart({ year: 2008, quarter: 2 })).toBe('2008-04-01');
    expect(quarterEnd({ year: 2008, quarter: 1 })).toBe('2008-03-31');
    expect(quarterEnd({ year: 2008, quarter: 4 })).toBe('2008-12-31');
  });

  it('put a day, a month-end and a deadline in the one quarter of their day', () => {
    expect(keys({ kind: 'day', date: '2007-02-09' })).toEqual(['2007-q1']);
    expect(keys({ kind: 'month-end', year: 2007, month: 4 })).toEqual(['2007-q2']);
    const beforeTwentieth = expandPlanDate(recurring({ every: 'half-year-and-year', dueBeforeDay: 20 }));
    expect(beforeTwentieth.map((o) => quartersOf(o, recurring({})).map(quarterKey)[0])).toEqual([
      '2007-q2',
      '2007-q4',
      '2008-q2',
      '2008-q4',
      '2009-q2',
      '2009-q4',
      '2010-q2',
      '2010-q4',
    ]);
  });

  it('spread a half-year over its two quarters and a year over its four', () => {
    const halves = recurring({ every: 'half-year-and-year' });
    const [sixMonth, annual] = expandPlanDate(halves);
    expect(keys(halves, sixMonth)).toEqual(['2007-q1', '2007-q2']);
    expect(keys(halves, annual)).toEqual(['2007-q1', '2007-q2', '2007-q3', '2007-q4']);
    expect(keys({ kind: 'by-year', year: 2010 })).toHaveLength(4);
  });

  it('give «one of several quarters» only the quarters the text names, not one between them', () => {
    const when = anyQuarter([2010, 4], [2010, 2]);
    expect(keys(when)).toEqual(['2010-q2', '2010-q4']);
    expect(withinOneQuarter(one(when))).toBe(false);
  });
});

describe('inQuarterPhrase: an occurrence on a quarter page says no more than the words', () => {
  it('says a year is «trong năm», with no quarter, and which of «6 tháng, 1 năm» it is', () => {
    expect(inQuarterPhrase(one({ kind: 'year', year: 2007 }), { kind: 'year', year: 2007 })).toEqual({
      text: 'trong năm 2007',
      note: 'văn bản không nêu quý',
    });
    const halves = recurring({ every: 'half-year-and-year' });
    const [sixMonth, annual] = expandPlanDate(halves) as [Occurrence, Occurrence];
    expect(inQuarterPhrase(sixMonth, halves)).toEqual({
      text: 'trong 6 tháng đầu năm 2007',
      note: 'văn bản không nêu quý',
    });
    expect(inQuarterPhrase(annual, halves)).toEqual({
      text: 'trong năm 2007',
      note: 'văn bản không nêu quý; kỳ năm',
    });
  });

  it('says a target year is «đến năm», a choice of quarters «một trong hai quý»', () => {
    expect(inQuarterPhrase(one({ kind: 'by-year', year: 2010 }), { kind: 'by-year', year: 2010 }).text).toBe(
      'đến năm 2010',
    );
    const when = anyQuarter([2010, 3], [2010, 4]);
    expect(inQuarterPhrase(one(when), when)).toEqual({
      text: 'Quý III/2010 hoặc Quý IV/2010',
      note: 'một trong hai quý, văn bản không nói quý nào',
    });
  });

  it('keeps a deadline as the text counts it, with its period; a quarter and a month keep their numerals', () => {
    const when = recurring({ every: 'half-year-and-year', dueBeforeDay: 20 });
    const [first, second] = expandPlanDate(when) as [Occurrence, Occurrence];
    expect(inQuarterPhrase(first, when)).toEqual({
      text: 'trước ngày 20/6/2007',
      note: 'kỳ 6 tháng đầu năm 2007',
    });
    expect(inQuarterPhrase(second, when).note).toBe('kỳ năm 2007');
    expect(
      inQuarterPhrase(one({ kind: 'quarter', year: 2008, quarter: 3 }), { kind: 'quarter', year: 2008, quarter: 3 })
        .text,
    ).toBe('trong quý III/2008');
    const monthly = recurring({ every: 'month' });
    expect(inQuarterPhrase(one(monthly), monthly).text).toBe('trong tháng 2/2007');
  });

  it('says a day counted by the site is counted', () => {
    const when: PlanDate = { kind: 'derived-day', from: '2007-02-09', addDays: 10, derivation: 'Điều 2' };
    expect(inQuarterPhrase(one(when), when)).toEqual({ text: 'ngày 19/02/2007', note: 'ngày do trang tính ra' });
  });
});

const entry = (id: string, when: PlanDate, kind = 'deadline') => ({
  id,
  kind,
  when,
  occurrences: expandPlanDate(when),
});

describe('what falls in a quarter, and which quarters get a page', () => {
  const entries = [
    entry('can-cu', { kind: 'day', date: '2001-09-17' }, 'legal-basis'),
    entry('nam-2008', { kind: 'year', year: 2008 }),
    entry('han-quy-2', { kind: 'month-end', year: 2008, month: 5 }),
    entry('quy-3', { kind: 'quarter', year: 2008, quarter: 3 }),
    entry('hang-thang', recurring({ every: 'month', from: '2008-04', until: '2008-12' }), 'report'),
    entry('dot-xuat', { kind: 'ad-hoc' }, 'report'),
  ];

  it('lists in a quarter what lies inside it first, by date, then what spans it', () => {
    const items = itemsInQuarter(entries, { year: 2008, quarter: 2 });
    expect(items.map((i) => `${i.entry.id}:${i.occurrences.map((o) => o.key).join(',')}`)).toEqual([
      'hang-thang:2008-04,2008-05,2008-06',
      'han-quy-2:2008-05',
      'nam-2008:2008',
    ]);
    // Starting together, the finer one (a month) comes before the quarter.
    expect(itemsInQuarter(entries, { year: 2008, quarter: 3 }).map((i) => i.entry.id)).toEqual([
      'hang-thang',
      'quy-3',
      'nam-2008',
    ]);
  });

  it('draws by quarter the years of the plan’s own dates, not those of the documents it cites', () => {
    expect(planYears(entries)).toEqual({ earliest: 2001, first: 2008, last: 2008 });
  });

  it('gives a page to every quarter of those years and to each earlier quarter holding a date', () => {
    expect(quarterPages(entries).map(quarterKey)).toEqual(['2001-q3', '2008-q1', '2008-q2', '2008-q3', '2008-q4']);
    expect(quarterPages([entry('dot-xuat', { kind: 'ad-hoc' })])).toEqual([]);
  });

  it('indexes from the first year drawn by quarter every quarter, and before it only those holding a date', () => {
    const cells = quarterCells(entries, quarterPages(entries), 2008, quarterKey);
    expect(cells.map((c) => `${c.href}:${c.count}`)).toEqual([
      '2001-q3:1',
      '2008-q1:1',
      '2008-q2:3',
      '2008-q3:3',
      '2008-q4:2',
    ]);
    expect(
      quarterCells([entries[1] as (typeof entries)[number]], quarterPages(entries), 2008, quarterKey),
    ).toHaveLength(4);
  });
});
