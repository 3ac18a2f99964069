import type { PlanDate } from '../schemas/plan-date.ts';
import { addDays, formatDay } from './dates.ts';

const ROMAN = ['I', 'II', 'III', 'IV'] as const;
/** «quý III» for quarter 3. */
export const quarterName = (q: number) => `quý ${ROMAN[q - 1] ?? q}`;

const EVERY: Record<string, string> = {
  month: 'hằng tháng',
  quarter: 'hằng quý',
  'half-year': '6 tháng một lần',
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
      return { label: 'đột xuất, khi có yêu cầu (không có ngày định trước)' };
  }
}

/** The effective day of a derived date, for sorting and calendars. */
export function derivedDay(when: Extract<PlanDate, { kind: 'derived-day' }>): string {
  return addDays(when.from, when.addDays);
}
