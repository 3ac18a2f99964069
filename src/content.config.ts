import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { basename, extname, relative } from 'node:path';
import { contentDir } from './lib/content/content-dir.ts';
import type { RefFactory } from './schemas/reference.ts';
import { documentSchema } from './schemas/document.ts';
import { provisionSchema } from './schemas/provision.ts';
import { objectiveSchema } from './schemas/objective.ts';
import { taskSchema } from './schemas/task.ts';
import { bodySchema } from './schemas/body.ts';
import { milestoneSchema } from './schemas/milestone.ts';
import { legalReferenceSchema } from './schemas/legal-reference.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { partSchema } from './schemas/part.ts';
import { searchSynonymSchema } from './schemas/search-synonym.ts';

const ref = reference as RefFactory;

/**
 * Each collection is a folder under content/: YAML files for the verbatim
 * text and the plain records (provisions, documents, cited documents), MDX
 * files where an entry has an explanation (its frontmatter is the typed
 * data, its body the site's explanation). A file's name (without folders or
 * extension) is its entry's id, so editors may group files in sub-folders;
 * two files with one name stop the build.
 */
const folder = (name: string, format: 'yaml' | 'mdx' = 'yaml') => {
  const shown = `${relative(process.cwd(), contentDir) || '.'}/${name}`;
  const seen = new Map<string, string>();
  return glob({
    base: `${contentDir}/${name}`,
    pattern: format === 'mdx' ? '**/*.mdx' : '**/*.{yaml,yml}',
    generateId: ({ entry }) => {
      const id = basename(entry, extname(entry));
      const other = seen.get(id);
      if (other !== undefined && other !== entry)
        throw new Error(
          `${shown}/${entry}: field "id" (the file name) = «${id}»: duplicate id, already used by ${shown}/${other}`,
        );
      seen.set(id, entry);
      return id;
    },
  });
};

export const collections = {
  documents: defineCollection({ loader: folder('documents'), schema: documentSchema(ref) }),
  provisions: defineCollection({ loader: folder('provisions'), schema: provisionSchema(ref) }),
  objectives: defineCollection({ loader: folder('objectives', 'mdx'), schema: objectiveSchema(ref) }),
  tasks: defineCollection({ loader: folder('tasks', 'mdx'), schema: taskSchema(ref) }),
  bodies: defineCollection({ loader: folder('bodies', 'mdx'), schema: bodySchema(ref) }),
  milestones: defineCollection({ loader: folder('milestones', 'mdx'), schema: milestoneSchema(ref) }),
  legalReferences: defineCollection({ loader: folder('legal-references'), schema: legalReferenceSchema() }),
  glossary: defineCollection({ loader: folder('glossary', 'mdx'), schema: glossarySchema(ref) }),
  parts: defineCollection({ loader: folder('parts', 'mdx'), schema: partSchema(ref) }),
  /** Reviewed words that lead search to the plan's own terms (not part of the plan's data). */
  searchSynonyms: defineCollection({ loader: folder('search-synonyms'), schema: searchSynonymSchema() }),
};
