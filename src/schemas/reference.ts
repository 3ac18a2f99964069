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
export type RefFactory = (collection: CollectionName) => z.ZodType;

/** The id-only stand-in for `reference()`, used outside Astro. */
export const idReference: RefFactory = () => z.string().min(1);

/**
 * The provision that states a relation. Every derived relation carries one,
 * so that every fact on the site can be traced to the words of the text.
 */
export const sourceField = (ref: RefFactory) =>
  ref('provisions').describe('Id of the provision whose words state this relation.');
