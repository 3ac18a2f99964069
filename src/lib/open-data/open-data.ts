import { z } from 'astro/zod';
import { COLLECTIONS, idReference, type CollectionName } from '../../schemas/reference.ts';
import { documentSchema } from '../../schemas/document.ts';
import { provisionSchema } from '../../schemas/provision.ts';
import { objectiveSchema } from '../../schemas/objective.ts';
import { taskSchema } from '../../schemas/task.ts';
import { bodySchema } from '../../schemas/body.ts';
import { milestoneSchema } from '../../schemas/milestone.ts';
import { legalReferenceSchema } from '../../schemas/legal-reference.ts';
import { glossarySchema } from '../../schemas/glossary.ts';
import { partSchema } from '../../schemas/part.ts';
import { isoDay } from '../../schemas/plan-date.ts';

/**
 * The open-data JSON files and their JSON Schemas. Each file holds one
 * collection exactly as its content files state it (references as ids), plus
 * a `meta` block; the schemas are generated from the same zod schemas the
 * build checks the content with, never written by hand.
 */

/** The name a collection is published under: its folder in content/. */
export const COLLECTION_FILES: Record<CollectionName, string> = {
  documents: 'documents',
  provisions: 'provisions',
  objectives: 'objectives',
  tasks: 'tasks',
  bodies: 'bodies',
  milestones: 'milestones',
  legalReferences: 'legal-references',
  glossary: 'glossary',
  parts: 'parts',
};
/** The name of the file holding every collection. */
export const ALL_FILE = 'all';

/** What the licence note of every file says. */
export const LICENCE = {
  officialText:
    'Nguyên văn các văn bản (quyết định, kế hoạch) là văn bản quy phạm pháp luật, văn bản hành chính; theo cách hiểu của trang, chúng không thuộc đối tượng bảo hộ quyền tác giả (Luật Sở hữu trí tuệ, Điều 15), ai cũng được sao chép và sử dụng.',
  site: 'Phần do trang biên soạn (cấu trúc, mã định danh, tiêu đề ngắn, liên kết, giải thích, ghi chú) được cấp phép Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0): được tự do sao chép, sửa đổi và sử dụng, kể cả vì mục đích thương mại, với điều kiện ghi nguồn.',
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

// References are plain ids here (`idReference`), as in the content files.
const ENTRY_SCHEMAS: Record<CollectionName, z.ZodObject> = {
  documents: documentSchema(idReference),
  provisions: provisionSchema(idReference),
  objectives: objectiveSchema(idReference),
  tasks: taskSchema(idReference),
  bodies: bodySchema(idReference),
  milestones: milestoneSchema(idReference),
  legalReferences: legalReferenceSchema(),
  glossary: glossarySchema(idReference),
  parts: partSchema(idReference),
};

const idField = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .describe("The entry's id: its file name in content/ without the extension; stable, used in URLs.");

/** One entry of a collection as published: its id, its fields, and the site's explanation if it has one. */
export const entrySchema = (collection: CollectionName) =>
  z.object({
    id: idField,
    ...ENTRY_SCHEMAS[collection].shape,
    explanation: z
      .string()
      .optional()
      .describe(
        'The site\'s explanation (not official text), as its editors wrote it in MDX: <Nguon id="…" /> cites a provision, <CoQuan id="…"> and the like link entries.',
      ),
  });

/** The `meta` block at the top of every JSON file. */
export const metaSchema = z.object({
  title: z.string().min(1).describe('What the file holds (Vietnamese).'),
  url: z.string().min(1).describe('The stable URL of this file.'),
  schema: z.string().min(1).describe('The URL of the JSON Schema this file validates against.'),
  generated: isoDay.describe('The day the site and this file were built (YYYY-MM-DD).'),
  sources: z
    .array(z.object({ citation: z.string().min(1), url: z.string().min(1) }))
    .min(1)
    .describe('The official documents the data is taken from, cited, and where to read them on the site.'),
  licence: z
    .object({
      officialText: z.string().min(1).describe('The status of the official text.'),
      site: z.string().min(1).describe("The licence of the site's own structure and explanations."),
      name: z.literal(LICENCE.name),
      url: z.literal(LICENCE.url),
    })
    .describe('Licence note.'),
});
export type FileMeta = z.input<typeof metaSchema>;

/** A file of one collection. */
export const collectionFileSchema = (collection: CollectionName) =>
  z.object({ meta: metaSchema, items: z.array(entrySchema(collection)) });

/** The file of every collection, keyed by collection name. */
export const allFileSchema = () =>
  z.object({
    meta: metaSchema,
    ...Object.fromEntries(COLLECTIONS.map((c) => [c, z.array(entrySchema(c))])),
  });

/** A JSON Schema (draft 2020-12) generated from a zod schema, for the input form that content files use. */
export function jsonSchema(schema: z.ZodType, id: string, title: string): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(schema, { io: 'input' });
  return { $schema, $id: id, title, ...rest };
}

const isReference = (v: object): v is { collection: string; id: string } =>
  Object.keys(v).length === 2 &&
  'id' in v &&
  'collection' in v &&
  (COLLECTIONS as readonly unknown[]).includes(v.collection);

/**
 * Loaded data back in its content-file form: Astro's `reference()` yields
 * `{ collection, id }`, the files (and the schemas' input) hold the id.
 * Defaults the schemas filled in stay, since they are valid input too.
 */
export function toContentForm(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toContentForm);
  if (typeof value !== 'object' || value === null) return value;
  if (isReference(value)) return value.id;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, toContentForm(v)]),
  );
}

/** Entries as published: the id first, then the fields. */
export const records = (entries: readonly { id: string; data: unknown; body?: string | undefined }[]) =>
  entries.map((e) => ({
    id: e.id,
    ...(toContentForm(e.data) as Record<string, unknown>),
    ...(e.body?.trim() ? { explanation: e.body.trim() } : {}),
  }));

/** JSON text as the files are written: two-space indent, a final newline. */
export const jsonText = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
