import { z } from 'astro/zod';

/** The collections of the site, in the order the content model lists them. */
export const COLLECTIONS = [
  'documents',
  'provisions',
  'objectives',
  'tasks',
  'bodies',
  'milestones',
  'legalReferences',
  'glossary',
  'parts',
] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/**
 * Builds the schema of a link to another entry. Inside Astro this is
 * `reference()` from `astro:content`; outside (JSON Schema export, unit
 * tests) it is the plain id string, so the schemas are written once.
 */
export type RefFactory = <C extends CollectionName>(collection: C) => z.ZodType<{ collection: C; id: string }, string>;

/** The stand-in for `reference()` used outside Astro: the same input (an id), the same output. */
export const idReference: RefFactory = (collection) =>
  z
    .string()
    .min(1)
    .transform((id) => ({ collection, id }));

/**
 * The provision that states a relation. Every derived relation carries one,
 * so that every fact on the site can be traced to the words of the text.
 */
export const sourceField = (ref: RefFactory) =>
  ref('provisions').describe('Id of the provision whose words state this relation.');

/**
 * The editors' reading. Present when the words of the clause imply a
 * relation without stating it: the value says why, in Vietnamese, and pages
 * show such a relation apart from those the text states.
 */
export const interpretationField = z
  .string()
  .superRefine((reason, ctx) => {
    if (reason.trim().length < 10)
      ctx.addIssue({
        code: 'custom',
        message: `«${reason}» is not a reason: say, in a sentence, why the site reads the clause this way`,
      });
  })
  .optional()
  .describe("The editors' reading, with its reason; absent when the words state the relation.");

/**
 * Words of the cited clause that narrow who a duty binds («một số», «còn
 * lại», «đã thực hiện …», «được … giao», «liên quan»), quoted exactly; each
 * must occur in the clause, and every page that shows the duty shows them.
 */
export const scopeField = z
  .array(z.string().min(2))
  .default([])
  .describe('Exact words of the source clause that narrow who the relation binds.');
