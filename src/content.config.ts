import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { basename, extname } from 'node:path';
import { contentDir } from './lib/content-dir.ts';
import type { CollectionName } from './schemas/reference.ts';
import { documentSchema } from './schemas/document.ts';
import { provisionSchema } from './schemas/provision.ts';
import { objectiveSchema } from './schemas/objective.ts';
import { taskSchema } from './schemas/task.ts';
import { bodySchema } from './schemas/body.ts';
import { milestoneSchema } from './schemas/milestone.ts';
import { legalReferenceSchema } from './schemas/legal-reference.ts';
import { glossarySchema } from './schemas/glossary.ts';

const ref = (collection: CollectionName) => reference(collection);

/**
 * Each collection is a folder of YAML files under content/. A file's name
 * (without folders or extension) is its entry's id, so editors may group
 * files in sub-folders; two files with one name stop the build.
 */
const folder = (name: string) =>
  glob({
    base: `${contentDir}/${name}`,
    pattern: '**/*.{yaml,yml}',
    generateId: ({ entry }) => basename(entry, extname(entry)),
  });

export const collections = {
  documents: defineCollection({ loader: folder('documents'), schema: documentSchema(ref) }),
  provisions: defineCollection({ loader: folder('provisions'), schema: provisionSchema(ref) }),
  objectives: defineCollection({ loader: folder('objectives'), schema: objectiveSchema(ref) }),
  tasks: defineCollection({ loader: folder('tasks'), schema: taskSchema(ref) }),
  bodies: defineCollection({ loader: folder('bodies'), schema: bodySchema(ref) }),
  milestones: defineCollection({ loader: folder('milestones'), schema: milestoneSchema(ref) }),
  legalReferences: defineCollection({ loader: folder('legal-references'), schema: legalReferenceSchema() }),
  glossary: defineCollection({ loader: folder('glossary'), schema: glossarySchema(ref) }),
};
