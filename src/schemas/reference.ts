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
