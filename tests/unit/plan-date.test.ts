import { describe, expect, it } from 'vitest';
import { planDateSchema, isoDay } from '../../src/schemas/plan-date.ts';
import { describePlanDate } from '../../src/lib/dates/plan-dates.ts';
import { addDays, formatDay } from '../../src/lib/dates/dates.ts';
import { anyQuarter } from './plan-date-fixtures.ts';

describe('isoDay', () => {
  it('accepts real days and rejects impossible or malformed ones, naming the value', () => {
    expect(isoDay.parse('2007-02-09')).toBe('2007-02-09');
    expect(() => isoDay.parse('2007-02-30')).toThrow(/2007-02-30.*not a day that exists/);
    expect(() => isoDay.parse('09/02/2007')).toThrow(/09\/02\/2007.*YYYY-MM-DD/);
    expect(() => isoDay.parse('2008-13-01')).toThrow(/not a day that exists/);
  });
});

describe('day arithmetic', () => {
  it('derives the effective date: signing + 10 days', () => {
    expect(addDays('2007-02-09', 10)).toBe('2007-02-19');
    expect(addDays('2007-12-25', 10)).toBe('2008-01-04');
    expect(formatDay('2007-02-19')).toBe('19/02/2007');
  });
});

describe('describePlanDate', () => {
  it('keeps each precision', () => {
    expect(describePlanDate(planDateSchema.parse({ kind: 'quarter', year: 2008, quarter: 3 }))).toEqual({
      label: 'quý III năm 2008',
    });
    expect(describePlanDate({ kind: 'month-end', year: 2007, month: 4 })).toEqual({
      label: 'chậm nhất hết tháng 4/2007',
      datetime: '2007-04',
    });
    expect(describePlanDate(anyQuarter([2010, 3], [2010, 4])).label).toBe('quý III năm 2010 hoặc quý IV năm 2010');
    expect(
      describePlanDate({ kind: 'derived-day', from: '2007-02-09', addDays: 10, derivation: 'Điều 2' }).datetime,
    ).toBe('2007-02-19');
    expect(describePlanDate({ kind: 'ad-hoc' }).datetime).toBeUndefined();
  });

  it('rejects an unknown kind', () => {
    expect(() => planDateSchema.parse({ kind: 'someday' })).toThrow();
  });
});
