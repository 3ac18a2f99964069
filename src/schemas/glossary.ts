import { z } from 'astro/zod';
import type { RefFactory } from './reference.ts';

/** A term of the plan with a plain-Vietnamese explanation (editorial, not official text). */
export const glossarySchema = (ref: RefFactory) =>
  z.object({
    /** The term as readers know it. */
    term: z.string().min(1),
    /** Every form the text uses, exactly as printed; each must occur in the text. */
    aliases: z.array(z.string().min(2)).min(1),
    /**
     * Where the explanation draws on law outside the plan: each source named,
     * and whether it is the law of the plan's time or of today, so that
     * today's rules are never passed off as the plan's.
     */
    law: z
      .array(
        z.object({
          /** The legal source, named as officially («Luật Cán bộ, công chức năm 2008»). */
          source: z.string().min(3),
          /** `then`: in force when the plan was issued (2007); `today`: the law in force now. */
          era: z.enum(['then', 'today']),
          /** What this source says that the explanation uses. */
          says: z.string().min(3),
        }),
      )
      .default([]),
    /** Related terms. */
    related: z.array(ref('glossary')).default([]),
  });
