import { describe, expect, it } from 'vitest';
import { planDateSchema, type PlanDate } from '../../src/schemas/plan-date.ts';
import {
  compareOccurrences,
  describePlanDate,
  expandPlanDate,
  lastDayOfMonth,
  quarterOf,
  sortKey,
  type Occurrence,
} from '../../src/lib/dates/plan-dates.ts';
import { anyQuarter, recurring as recurringFixture } from './plan-date-fixtures.ts';

/** The shared recurrence fixture, read through the schema as content is. */
const recurring = (fields: Partial<Extract<PlanDate, { kind: 'recurring' }>>): PlanDate =>
  planDateSchema.parse(recurringFixture(fields));
const labels = (os: Occurrence[]) => os.map((o) => o.label);

describe('expandPlanDate: one-off dates', () => {
  it('gives an exact day and a derived day their day', () => {
    expect(expandPlanDate({ kind: 'day', date: '2007-02-09' })).toEqual([
      {
        key: '2007-02-09',
        precision: 'day',
        start: '2007-02-09',
        end: '2007-02-09',
        label: '09/02/2007',
        datetime: '2007-02-09',
      },
    ]);
    const [effective] = expandPlanDate({ kind: 'derived-day', from: '2007-02-09', addDays: 10, derivation: 'Điều 2' });
    expect(effective).toMatchObject({ start: '2007-02-19', end: '2007-02-19', datetime: '2007-02-19' });
  });

  it('ends «chậm nhất hết tháng 4 năm 2007» on the last day of April, labelled as the text says', () => {
    expect(expandPlanDate({ kind: 'month-end', year: 2007, month: 4 })).toEqual([
      {
        key: '2007-04',
        precision: 'deadline',
        start: '2007-04-30',
        end: '2007-04-30',
        label: 'chậm nhất hết tháng 4/2007',
        datetime: '2007-04',
      },
    ]);
    expect(expandPlanDate({ kind: 'month-end', year: 2008, month: 2 })[0]?.end).toBe('2008-02-29');
    expect(expandPlanDate({ kind: 'month-end', year: 2007, month: 2 })[0]?.end).toBe('2007-02-28');
  });

  it('spans a quarter from its first to its last day (quarter ends)', () => {
    const ends = [1, 2, 3, 4].map((quarter) => expandPlanDate({ kind: 'quarter', year: 2008, quarter })[0]);
    expect(ends.map((o) => [o?.start, o?.end])).toEqual([
      ['2008-01-01', '2008-03-31'],
      ['2008-04-01', '2008-06-30'],
      ['2008-07-01', '2008-09-30'],
      ['2008-10-01', '2008-12-31'],
    ]);
    expect(ends[2]).toMatchObject({ key: '2008-q3', precision: 'quarter', label: 'Quý III/2008' });
  });

  it('keeps a quarter a quarter: no day in its label and no datetime', () => {
    const [q] = expandPlanDate({ kind: 'quarter', year: 2008, quarter: 3 });
    expect(q?.datetime).toBeUndefined();
    expect(q?.label).not.toMatch(/\d{1,2}\/\d{1,2}\//);
  });

  it('names both options of «quý III hoặc quý IV năm 2010», whatever their order', () => {
    const when = anyQuarter([2010, 4], [2010, 3]);
    expect(expandPlanDate(when)).toEqual([
      {
        key: '2010-q3-or-2010-q4',
        precision: 'quarters',
        start: '2010-07-01',
        end: '2010-12-31',
        label: 'Quý III/2010 hoặc Quý IV/2010',
      },
    ]);
  });

  it('spans a year for «trong năm» and «đến năm»', () => {
    expect(expandPlanDate({ kind: 'year', year: 2007 })[0]).toMatchObject({
      start: '2007-01-01',
      end: '2007-12-31',
      label: 'Trong năm 2007',
      datetime: '2007',
    });
    expect(expandPlanDate({ kind: 'by-year', year: 2010 })[0]?.label).toBe('Đến năm 2010');
  });

  it('gives ad-hoc reports no occurrence', () => {
    expect(expandPlanDate({ kind: 'ad-hoc' })).toEqual([]);
  });
});

describe('expandPlanDate: recurrences', () => {
  it('every quarter from 2007 to 2010 gives 16 quarters, in order', () => {
    const os = expandPlanDate(recurring({ every: 'quarter' }));
    expect(os).toHaveLength(16);
    expect(os[0]).toMatchObject({ key: '2007-q1', start: '2007-01-01', end: '2007-03-31', label: 'Quý I/2007' });
    expect(os.at(-1)).toMatchObject({ key: '2010-q4', start: '2010-10-01', end: '2010-12-31' });
    expect(os.every((o) => o.precision === 'quarter' && o.datetime === undefined)).toBe(true);
  });

  it('every Q1 («trong quý I hàng năm») gives one first quarter a year', () => {
    const os = expandPlanDate(recurring({ every: 'year', inQuarter: 1 }));
    expect(labels(os)).toEqual(['Quý I/2007', 'Quý I/2008', 'Quý I/2009', 'Quý I/2010']);
    expect(os.map((o) => o.end)).toEqual(['2007-03-31', '2008-03-31', '2009-03-31', '2010-03-31']);
  });

  it('monthly gives 48 months, each the whole month (leap February included)', () => {
    const os = expandPlanDate(recurring({ every: 'month' }));
    expect(os).toHaveLength(48);
    expect(os[0]).toMatchObject({ key: '2007-01', label: 'Tháng 1/2007', datetime: '2007-01', end: '2007-01-31' });
    expect(os.find((o) => o.key === '2008-02')?.end).toBe('2008-02-29');
    expect(os.find((o) => o.key === '2009-02')?.end).toBe('2009-02-28');
  });

  it('six-monthly before the 20th of the last month of Q2 and Q4: due by the 19th of June and December', () => {
    const os = expandPlanDate(recurring({ every: 'half-year', dueBeforeDay: 20 }));
    expect(os).toHaveLength(8);
    expect(os.slice(0, 2)).toEqual([
      {
        key: '2007-h1',
        precision: 'deadline',
        start: '2007-06-19',
        end: '2007-06-19',
        label: 'trước ngày 20/6/2007',
        period: '6 tháng đầu năm 2007',
        datetime: '2007-06-20',
      },
      {
        key: '2007-h2',
        precision: 'deadline',
        start: '2007-12-19',
        end: '2007-12-19',
        label: 'trước ngày 20/12/2007',
        period: '6 tháng cuối năm 2007',
        datetime: '2007-12-20',
      },
    ]);
  });

  it('six-monthly with no due day spans each half of the year', () => {
    const os = expandPlanDate(recurring({ every: 'half-year', from: '2008-01', until: '2008-12' }));
    expect(os.map((o) => [o.label, o.start, o.end])).toEqual([
      ['6 tháng đầu năm 2008', '2008-01-01', '2008-06-30'],
      ['6 tháng cuối năm 2008', '2008-07-01', '2008-12-31'],
    ]);
  });

  it('«6 tháng, 1 năm» before the 20th of June and December: a six-month report, then the annual one', () => {
    const os = expandPlanDate(
      recurring({ every: 'half-year-and-year', dueBeforeDay: 20, from: '2008-01', until: '2008-12' }),
    );
    expect(os.map((o) => [o.key, o.cycle, o.end, o.label, o.period])).toEqual([
      ['2008-h1', 'six-month', '2008-06-19', 'trước ngày 20/6/2008', '6 tháng đầu năm 2008'],
      ['2008', 'annual', '2008-12-19', 'trước ngày 20/12/2008', 'Năm 2008'],
    ]);
  });

  it('«6 tháng, 1 năm» with no due day: the first half, and the whole year — never the second half', () => {
    const os = expandPlanDate(recurring({ every: 'half-year-and-year', from: '2008-01', until: '2008-12' }));
    expect(os.map((o) => [o.label, o.cycle, o.start, o.end])).toEqual([
      ['6 tháng đầu năm 2008', 'six-month', '2008-01-01', '2008-06-30'],
      ['Năm 2008', 'annual', '2008-01-01', '2008-12-31'],
    ]);
    expect(os.some((o) => o.label.includes('cuối năm'))).toBe(false);
    expect(describePlanDate(recurring({ every: 'half-year-and-year' })).label).toContain(
      'báo cáo 6 tháng đầu năm và báo cáo năm',
    );
  });

  it('quarterly before the 20th of the quarter’s last month falls in March, June, September, December', () => {
    const os = expandPlanDate(recurring({ every: 'quarter', dueBeforeDay: 20, from: '2009-01', until: '2009-12' }));
    expect(os.map((o) => o.end)).toEqual(['2009-03-19', '2009-06-19', '2009-09-19', '2009-12-19']);
    expect(os.map((o) => o.period)).toEqual(['Quý I/2009', 'Quý II/2009', 'Quý III/2009', 'Quý IV/2009']);
    expect(os[0]?.label).toBe('trước ngày 20/3/2009');
  });

  it('yearly with no quarter spans the year', () => {
    const os = expandPlanDate(recurring({ every: 'year' }));
    expect(labels(os)).toEqual(['Năm 2007', 'Năm 2008', 'Năm 2009', 'Năm 2010']);
    expect(os[3]).toMatchObject({ start: '2010-01-01', end: '2010-12-31', datetime: '2010' });
  });

  it('counts an occurrence when the month it falls due in lies within the bounds, across years', () => {
    // Q4 2007 falls due in December 2007, Q2 2008 in June 2008: both within 2007-11…2008-06.
    const os = expandPlanDate(recurring({ every: 'quarter', from: '2007-11', until: '2008-06' }));
    expect(os.map((o) => o.key)).toEqual(['2007-q4', '2008-q1', '2008-q2']);
    // A plan signed in February still owes the first quarter of 2007 (due in March).
    expect(
      expandPlanDate(recurring({ every: 'quarter', from: '2007-02', until: '2007-06' })).map((o) => o.key),
    ).toEqual(['2007-q1', '2007-q2']);
    const months = expandPlanDate(recurring({ every: 'month', from: '2007-11', until: '2008-02' }));
    expect(labels(months)).toEqual(['Tháng 11/2007', 'Tháng 12/2007', 'Tháng 1/2008', 'Tháng 2/2008']);
  });

  it('gives each occurrence of a recurrence a distinct key', () => {
    for (const every of ['month', 'quarter', 'half-year', 'half-year-and-year', 'year'] as const) {
      const keys = expandPlanDate(recurring({ every })).map((o) => o.key);
      expect(new Set(keys).size, every).toBe(keys.length);
    }
  });

  it('fails loudly on reversed bounds or a quarter given to a non-yearly recurrence', () => {
    expect(() => expandPlanDate(recurring({ from: '2010-01', until: '2009-12' }))).toThrow(
      /field "from" = «2010-01» is after field "until" = «2009-12»/,
    );
    expect(() => expandPlanDate(recurring({ every: 'month', inQuarter: 2 }))).toThrow(
      /field "inQuarter" = 2 only applies to a yearly recurrence, not every: «month»/,
    );
  });
});

describe('sorting mixed precisions', () => {
  it('sorts by the first day an occurrence may fall on, finer precision first on ties', () => {
    const all = [
      ...expandPlanDate({ kind: 'by-year', year: 2010 }),
      ...expandPlanDate({ kind: 'quarter', year: 2008, quarter: 3 }),
      ...expandPlanDate({ kind: 'day', date: '2008-07-01' }),
      ...expandPlanDate({ kind: 'month-end', year: 2007, month: 4 }),
      ...expandPlanDate({ kind: 'year', year: 2007 }),
      ...expandPlanDate({ kind: 'derived-day', from: '2007-02-09', addDays: 10, derivation: 'x' }),
      ...expandPlanDate({ kind: 'day', date: '2001-09-17' }),
    ].sort(compareOccurrences);
    expect(labels(all)).toEqual([
      '17/09/2001',
      'Trong năm 2007',
      '19/02/2007',
      'chậm nhất hết tháng 4/2007',
      '01/07/2008',
      'Quý III/2008',
      'Đến năm 2010',
    ]);
    expect(sortKey(all[4] as Occurrence) < sortKey(all[5] as Occurrence)).toBe(true);
  });
});

describe('calendar helpers', () => {
  it('knows month lengths and quarters', () => {
    expect([lastDayOfMonth(2008, 2), lastDayOfMonth(2010, 2), lastDayOfMonth(2007, 12)]).toEqual([29, 28, 31]);
    expect(['2008-01-01', '2008-03-31', '2008-04-01', '2008-12-31'].map(quarterOf)).toEqual([1, 1, 2, 4]);
  });

  it('leaves describePlanDate as it was', () => {
    expect(describePlanDate(recurring({ every: 'half-year', dueBeforeDay: 20 })).label).toBe(
      '6 tháng một lần trước ngày 20 của tháng cuối kỳ (từ tháng 1/2007 đến tháng 12/2010)',
    );
  });
});
