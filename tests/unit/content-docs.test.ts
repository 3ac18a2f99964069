import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { documentSchema } from '../../src/schemas/document.ts';
import { glossarySchema } from '../../src/schemas/glossary.ts';
import { idReference } from '../../src/schemas/reference.ts';
import { searchSynonymSchema } from '../../src/schemas/search-synonym.ts';

/** The examples in docs/CONTENT.md are valid content, so that an editor can copy them. */
const guide = readFileSync(join(import.meta.dirname, '../../docs/CONTENT.md'), 'utf8');
// Examples inside a numbered list are indented; an MDX example's data is its frontmatter.
const examples = [...guide.matchAll(/```(yaml|mdx)\n([\s\S]*?)```/g)].map((m) => {
  const text = (m[2] ?? '').replace(/^ {3}/gm, '');
  return yaml.load(m[1] === 'mdx' ? (/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') : text);
});

describe('docs/CONTENT.md', () => {
  it('shows a glossary term, a document and a search synonym', () => expect(examples).toHaveLength(3));

  it('its glossary term example passes the glossary schema', () => {
    expect(glossarySchema(idReference).safeParse(examples[0]).error).toBeUndefined();
  });

  it('its document example passes the document schema', () => {
    expect(documentSchema(idReference).safeParse(examples[1]).error).toBeUndefined();
  });

  it('its search synonym example passes the synonym schema', () => {
    expect(searchSynonymSchema().safeParse(examples[2]).error).toBeUndefined();
  });
});
