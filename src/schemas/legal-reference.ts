import { z } from 'astro/zod';
import { isoDay } from './plan-date.ts';

/** A law, decision, decree, directive or submission the text cites. */
export const legalReferenceSchema = () =>
  z.object({
    /** Type as given («Luật», «Quyết định», «Nghị định», «Chỉ thị», «Tờ trình»). */
    type: z.string().min(1),
    /** Số hiệu as given, if the text gives one. */
    number: z.string().min(1).optional(),
    /** The issuer as the text names it, if it does. */
    issuer: z.string().min(1).optional(),
    /** The date as the text gives it, if it does. */
    date: isoDay.optional(),
    /** The title or subject as the text gives it, if it does. */
    title: z.string().min(1).optional(),
    /** Every way the text cites it, exactly as printed; each must occur in the text. */
    aliases: z.array(z.string().min(3)).min(1),
  });
