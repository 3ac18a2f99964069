import { z } from 'astro/zod';
import { keyOf } from './label-keys.ts';

/** What sort of word a reader types instead of the plan's own. */
export const SYNONYM_KINDS = {
  abbreviation: 'Chữ viết tắt',
  everyday: 'Từ thường dùng',
} as const;
export type SynonymKind = keyof typeof SYNONYM_KINDS;

/**
 * A word people type for something the plan names otherwise, and the plan's
 * own term it leads search to. Reviewed content: it changes what search
 * finds, so each entry says why.
 */
export const searchSynonymSchema = () =>
  z.object({
    /** An abbreviation (UBND, CCHC, NĐ) or a word of everyday speech (khiếu nại). */
    kind: keyOf(SYNONYM_KINDS),
    /** What readers type, as they would type it (with or without diacritics is the same to search). */
    typed: z.array(z.string().trim().min(2)).min(1),
    /** The plan's own words, which must occur in the official text (old or new tone placement alike). */
    planTerm: z.string().trim().min(2),
    /** Why the two are taken as one (for reviewers; not shown). */
    reason: z.string().min(1),
  });
export type SearchSynonym = z.infer<ReturnType<typeof searchSynonymSchema>>;
