import { z } from 'astro/zod';
import type { RefFactory } from './reference.ts';

/** A term of the plan with a plain-Vietnamese explanation (editorial, not official text). */
export const glossarySchema = (ref: RefFactory) =>
  z.object({
    /** The term as readers know it. */
    term: z.string().min(1),
    /** Every form the text uses, exactly as printed; each must occur in the text. */
    aliases: z.array(z.string().min(2)).min(1),
    /** The explanation: short, plain, marked on the site as explanatory. */
    explanation: z.string().min(1),
    /** Related terms. */
    related: z.array(ref('glossary')).default([]),
  });
