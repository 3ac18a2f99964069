import { z } from 'astro/zod';

/**
 * The typed date model. The plan states dates at many precisions; each kind
 * keeps its own precision so that a quarter is never shown as a fake day.
 */

/** An ISO calendar day, checked to exist (no 30 February). */
export const isoDay = z
  .string()
  // The pattern also reaches the generated JSON Schema; the refinement below names the bad value.
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date of the form YYYY-MM-DD')
  .superRefine((value, ctx) => {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (!match) {
      ctx.addIssue({ code: 'custom', message: `«${value}» is not a date of the form YYYY-MM-DD` });
      return;
    }
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
      ctx.addIssue({ code: 'custom', message: `«${value}» is not a day that exists` });
    }
  });

const year = z.number().int().min(1945).max(2100);
const quarter = z.number().int().min(1).max(4);
const month = z.number().int().min(1).max(12);
/** A month, written YYYY-MM, used as the bounds of a recurrence. */
export const isoMonth = z
  .string()
  .regex(/^\d{4}-\d{2}$/, 'must be a month of the form YYYY-MM')
  .superRefine((value, ctx) => {
    const match = /^(\d{4})-(\d{2})$/.exec(value);
    if (!match || Number(match[2]) < 1 || Number(match[2]) > 12) {
      ctx.addIssue({ code: 'custom', message: `«${value}» is not a month of the form YYYY-MM` });
    }
  });

/**
 * Recurrence frequencies the plan uses. «Định kỳ 6 tháng, 1 năm» is
 * `half-year-and-year`: a six-monthly report (first half) and an annual one,
 * not two half-years.
 */
export const FREQUENCIES = ['month', 'quarter', 'half-year', 'half-year-and-year', 'year'] as const;

export const planDateSchema = z.discriminatedUnion('kind', [
  /** An exact day printed in the text, e.g. «ngày 09 tháng 02 năm 2007». */
  z.object({ kind: z.literal('day'), date: isoDay }),
  /** A day computed from another, e.g. the effective date: signing + 10 days. */
  z.object({
    kind: z.literal('derived-day'),
    /** The day counted from. */
    from: isoDay,
    /** Days added to `from`. */
    addDays: z.number().int().min(0),
    /** How it is derived, in Vietnamese, shown beside the value. */
    derivation: z.string().min(1),
  }),
  /** «Chậm nhất đến hết tháng 4 năm 2007»: due by the end of a month. */
  z.object({ kind: z.literal('month-end'), year, month }),
  /** «quý III năm 2008». */
  z.object({ kind: z.literal('quarter'), year, quarter }),
  /** «Quý III hoặc quý IV năm 2010»: one of several quarters. */
  z.object({
    kind: z.literal('any-quarter'),
    options: z.array(z.object({ year, quarter })).min(2),
  }),
  /** «Trong năm 2007»: some time within a year. */
  z.object({ kind: z.literal('year'), year }),
  /** «Phấn đấu đến năm 2010»: a target to reach by a year. */
  z.object({ kind: z.literal('by-year'), year }),
  /** A recurring obligation, expanded into occurrences within its bounds. */
  z.object({
    kind: z.literal('recurring'),
    /** How often it falls due. */
    every: z.enum(FREQUENCIES),
    /** For a yearly obligation, the quarter it falls in («trong quý I hàng năm»). */
    inQuarter: quarter.optional(),
    /** Due before this day of the period's last month («trước ngày 20»). */
    dueBeforeDay: z.number().int().min(1).max(28).optional(),
    /** First month of the recurrence (YYYY-MM). */
    from: isoMonth,
    /** Last month of the recurrence (YYYY-MM), the end of the plan period. */
    until: isoMonth,
    /** Why the recurrence starts and ends where it does, in Vietnamese. */
    bounds: z.string().min(1),
  }),
  /** Reports «đột xuất» or «kịp thời»: due when the occasion arises, with no date. */
  z.object({
    kind: z.literal('ad-hoc'),
    /** When it falls due, in Vietnamese, if the text says («kịp thời, khi có vấn đề vượt thẩm quyền»); otherwise when asked. */
    occasion: z.string().min(1).optional(),
  }),
]);

export type PlanDate = z.infer<typeof planDateSchema>;
