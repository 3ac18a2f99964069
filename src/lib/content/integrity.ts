import { checkRoles } from './role-checks.ts';
import { sourceParagraphs } from './source-text.ts';
import { checkExplanations } from './explanation-checks.ts';

/** An entry as the integrity checks see it: plain data, where it came from. */
export interface RawEntry {
  collection: string;
  id: string;
  /** Path of the content file, relative to the project root. */
  filePath: string;
  data: Record<string, unknown>;
  /** An MDX entry's body: the site's explanation. */
  body?: string | undefined;
}

/** One problem found in the content: which file, which field, which value. */
export interface ContentProblem {
  file: string;
  field: string;
  value: string;
  message: string;
}

export function formatProblem(p: ContentProblem): string {
  return `${p.file}: field "${p.field}" = «${p.value}»: ${p.message}`;
}

/** Thrown when content fails its checks; the message lists every problem. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      `The content has ${problems.length} problem(s):\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`,
    );
    this.name = 'ContentError';
  }
}

const isReference = (v: unknown): v is { collection: string; id: string } =>
  typeof v === 'object' && v !== null && 'collection' in v && 'id' in v && Object.keys(v).length === 2;

/** Walks a value, calling `visit` on each reference with its field path. */
function eachReference(
  value: unknown,
  path: string,
  visit: (ref: { collection: string; id: string }, path: string) => void,
): void {
  if (isReference(value)) visit(value, path);
  else if (Array.isArray(value)) value.forEach((item, i) => eachReference(item, `${path}[${i}]`, visit));
  else if (typeof value === 'object' && value !== null)
    for (const [key, child] of Object.entries(value)) eachReference(child, path ? `${path}.${key}` : key, visit);
}

const short = (text: string, at = 0) => {
  const start = Math.max(0, at - 20);
  return `${start > 0 ? '…' : ''}${text.slice(start, at + 40)}${text.length > at + 40 ? '…' : ''}`;
};
const firstDifference = (a: string, b: string) => {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  return i;
};

/**
 * Checks what a schema cannot: that references resolve, that provisions are
 * the official text word for word, and that every alias, wording and label
 * occurs in the text it claims to come from.
 *
 * @param readSource reads a document's source file (path relative to content/)
 */
export function checkContent(entries: RawEntry[], readSource: (file: string) => string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byKey = new Map(entries.map((e) => [`${e.collection}/${e.id}`, e]));
  const of = (collection: string) => entries.filter((e) => e.collection === collection);

  for (const entry of entries) {
    eachReference(entry.data, '', (ref, field) => {
      if (!byKey.has(`${ref.collection}/${ref.id}`))
        problems.push({
          file: entry.filePath,
          field,
          value: ref.id,
          message: `no entry with this id in the ${ref.collection} collection`,
        });
    });
  }

  const provisions = of('provisions');
  const documents = of('documents');
  const docById = new Map(documents.map((d) => [d.id, d]));
  const provisionsById = new Map(provisions.map((p) => [p.id, p]));

  // Provisions must be the source paragraphs, one to one, in order.
  const sourceFiles = new Set(documents.map((d) => String(d.data['sourceFile'])));
  const allText: string[] = [];
  for (const sourceFile of sourceFiles) {
    let paragraphs: string[];
    try {
      paragraphs = sourceParagraphs(readSource(sourceFile));
    } catch {
      const doc = documents.find((d) => d.data['sourceFile'] === sourceFile);
      problems.push({
        file: doc?.filePath ?? sourceFile,
        field: 'sourceFile',
        value: sourceFile,
        message: 'the file cannot be read',
      });
      continue;
    }
    allText.push(...paragraphs);
    const docIds = new Set(documents.filter((d) => d.data['sourceFile'] === sourceFile).map((d) => d.id));
    const seen = new Map<number, RawEntry>();
    for (const p of provisions) {
      const doc = (p.data['document'] as { id: string } | undefined)?.id;
      if (!doc || !docIds.has(doc)) continue;
      const n = Number(p.data['paragraph']);
      const other = seen.get(n);
      if (other) {
        problems.push({
          file: p.filePath,
          field: 'paragraph',
          value: String(n),
          message: `paragraph ${n} is already encoded by ${other.filePath}`,
        });
        continue;
      }
      seen.set(n, p);
      const expected = paragraphs[n - 1];
      const text = String(p.data['text']);
      if (expected === undefined) {
        problems.push({
          file: p.filePath,
          field: 'paragraph',
          value: String(n),
          message: `${sourceFile} has only ${paragraphs.length} paragraphs`,
        });
      } else if (text.normalize('NFC').trim() !== expected) {
        const at = firstDifference(text.normalize('NFC').trim(), expected);
        problems.push({
          file: p.filePath,
          field: 'text',
          value: short(text, at),
          message: `differs from paragraph ${n} of ${sourceFile}, which reads «${short(expected, at)}» (first difference at character ${at + 1})`,
        });
      }
    }
    paragraphs.forEach((text, i) => {
      if (!seen.has(i + 1))
        problems.push({
          file: `content/${sourceFile}`,
          field: `paragraph ${i + 1}`,
          value: short(text),
          message: 'no provision encodes this paragraph',
        });
    });
  }

  for (const p of provisions) {
    const label = p.data['label'];
    if (typeof label === 'string' && !String(p.data['text']).startsWith(label))
      problems.push({
        file: p.filePath,
        field: 'label',
        value: label,
        message: 'the text does not begin with this label',
      });
    const parent = (p.data['parent'] as { id: string } | undefined)?.id;
    const parentEntry = parent ? provisionsById.get(parent) : undefined;
    if (
      parentEntry &&
      (parentEntry.data['document'] as { id: string }).id !== (p.data['document'] as { id: string }).id
    )
      problems.push({
        file: p.filePath,
        field: 'parent',
        value: parent ?? '',
        message: 'the parent belongs to another document',
      });
  }

  for (const d of documents) {
    const sourceDoc = (d.data['issuedWith'] as { document?: { id: string } } | undefined)?.document?.id;
    if (sourceDoc && sourceDoc === d.id)
      problems.push({
        file: d.filePath,
        field: 'issuedWith.document',
        value: sourceDoc,
        message: 'a document cannot be issued with itself',
      });
    if (sourceDoc && docById.has(sourceDoc) && docById.get(sourceDoc)?.data['sourceFile'] !== d.data['sourceFile'])
      problems.push({
        file: d.filePath,
        field: 'sourceFile',
        value: String(d.data['sourceFile']),
        message: 'a document issued with another must share its source file',
      });
  }

  // Aliases are spellings found in the text, so that mentions can be linked.
  const corpusText = allText.join('\n');
  for (const collection of ['bodies', 'legalReferences', 'glossary'])
    for (const e of of(collection))
      (e.data['aliases'] as string[] | undefined)?.forEach((alias, i) => {
        if (!corpusText.includes(alias.normalize('NFC')))
          problems.push({
            file: e.filePath,
            field: `aliases[${i}]`,
            value: alias,
            message: 'this spelling does not occur in the official text',
          });
      });

  for (const m of of('milestones')) {
    const source = provisionsById.get((m.data['source'] as { id: string } | undefined)?.id ?? '');
    const wording = String(m.data['wording']);
    if (source && !String(source.data['text']).includes(wording))
      problems.push({
        file: m.filePath,
        field: 'wording',
        value: wording,
        message: `these words do not occur in provision ${source.id}`,
      });
  }
  problems.push(...checkRoles(entries));
  problems.push(...checkExplanations(entries));
  return problems;
}
