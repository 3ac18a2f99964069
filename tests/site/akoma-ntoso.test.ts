import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { sourceParagraphs } from '../../src/lib/content/source-text.ts';
import { dist } from './built-site.ts';
import { readCollection } from './content-files.ts';

/**
 * The Akoma Ntoso files of /du-lieu/akn/: valid against the OASIS schema and
 * holding the official text exactly, paragraph by paragraph, with eIds equal
 * to the site's ids. The content is read from CONTENT_DIR (default content/),
 * independently of the site's code.
 */

const root = join(import.meta.dirname, '../..');
const contentDir = process.env['CONTENT_DIR'] ?? join(root, 'content');
/** The OASIS schema lives beside the checkout, in ../shared/schemas/akn/. */
const xsd = join(root, '../shared/schemas/akn/akomantoso30.xsd');
const hasSchema = existsSync(xsd);

const yamlIds = (folder: string) =>
  readdirSync(join(contentDir, folder), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => ({ id: f.replace(/^.*\//, '').replace(/\.ya?ml$/, ''), file: join(contentDir, folder, f) }));
const field = (file: string, name: string) =>
  new RegExp(`^${name}:\\s*'?([^'\\n]+)'?\\s*$`, 'm').exec(readFileSync(file, 'utf8'))?.[1];

const documents = yamlIds('documents').map(({ id, file }) => ({
  id,
  sourceFile: field(file, 'sourceFile') as string,
  number: field(file, 'number'),
  issuedWith: /^issuedWith:\s*\n\s+document:\s*(\S+)/m.exec(readFileSync(file, 'utf8'))?.[1],
  signed: /^signed:\s*\n\s+date:\s*'?([\d-]+)/m.exec(readFileSync(file, 'utf8'))?.[1],
}));
const rootOf = (id: string): string => {
  const d = documents.find((x) => x.id === id);
  return d?.issuedWith ? rootOf(d.issuedWith) : id;
};
const publications = documents.filter((d) => !d.issuedWith);
const provisionDocument = new Map(yamlIds('provisions').map(({ id, file }) => [id, field(file, 'document')]));

const xmlOf = (id: string) => {
  const file = join(dist, 'du-lieu/akn', `${id}.xml`);
  expect(existsSync(file), `${file} is built`).toBe(true);
  return { file, doc: new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/xml') };
};

/** Site ids never hold an underscore; the file's own eIds (metadata, mentions, notes) always do. */
const isParagraph = (el: Element) => /^[a-z0-9-]+$/.test(el.getAttribute('eId') ?? '') && !el.closest('meta');

/**
 * A paragraph element's own words: its text nodes, leaving out nested
 * paragraphs and the line breaks and indentation between elements (white
 * space with a newline; the official text has none inside a paragraph).
 */
function ownText(el: Element): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      const t = node.textContent ?? '';
      if (!(t.trim() === '' && t.includes('\n'))) text += t;
    } else if (node.nodeType === 1 && (node === el || !isParagraph(node as Element))) node.childNodes.forEach(walk);
  };
  walk(el);
  return text;
}

describe.each(publications.map((p) => p.id))('Akoma Ntoso file of %s', (id) => {
  const mine = documents.filter((d) => rootOf(d.id) === id);

  it.runIf(hasSchema)('validates against the OASIS Akoma Ntoso 3.0 schema (xmllint)', () => {
    const { file } = xmlOf(id);
    const result = spawnSync('xmllint', ['--noout', '--schema', xsd, file], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain('validates');
  });
  it.skipIf(hasSchema)(`schema validation skipped: the OASIS schema is not at ${xsd}`, () => {});

  it('holds every paragraph of the source text, in order, word for word, its eId the site id', () => {
    const { doc } = xmlOf(id);
    const paragraphs = [...doc.querySelectorAll('[eId]')].filter(isParagraph);
    const expected = [...new Set(mine.map((d) => d.sourceFile))].flatMap((f) =>
      sourceParagraphs(readFileSync(join(contentDir, f), 'utf8')),
    );
    expect(paragraphs.length).toBeGreaterThan(0);
    expect(paragraphs.map(ownText)).toEqual(expected);
    const ids = paragraphs.map((p) => p.getAttribute('eId'));
    const provisionIds = [...provisionDocument].filter(([, d]) => mine.some((m) => m.id === d)).map(([p]) => p);
    expect([...ids].sort()).toEqual(provisionIds.sort());
  });

  it('marks printed numbers as <num> and keeps the words after them in the same element', () => {
    const { doc } = xmlOf(id);
    const numbered = [...doc.querySelectorAll('num')];
    expect(numbered.length).toBeGreaterThan(0);
    for (const num of numbered) expect(isParagraph(num.parentElement as Element)).toBe(true);
  });

  it('links every mention to a metadata entry, and every entry to a page of the site', () => {
    const { doc } = xmlOf(id);
    const eIds = new Set([...doc.querySelectorAll('[eId]')].map((e) => e.getAttribute('eId')));
    const links = [...doc.querySelectorAll('[refersTo]')];
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(eIds.has((l.getAttribute('refersTo') as string).slice(1)), l.outerHTML).toBe(true);
    for (const n of doc.querySelectorAll('noteRef'))
      expect(eIds.has((n.getAttribute('href') as string).slice(1)), n.outerHTML).toBe(true);
    const bodies = new Set(readCollection('bodies').map((b) => b.id));
    for (const o of doc.querySelectorAll('TLCOrganization'))
      if (o.getAttribute('eId') !== 'site') expect(bodies.has((o.getAttribute('eId') as string).slice(4))).toBe(true);
    expect(doc.querySelectorAll('ref').length + doc.querySelectorAll('organization').length).toBeGreaterThan(0);
  });

  it('carries FRBR work, expression and manifestation with the dates the text gives and the build date', () => {
    const { doc } = xmlOf(id);
    const signed = documents.find((d) => d.id === id)?.signed;
    const work = doc.querySelector('act > meta FRBRWork');
    expect(work?.querySelector('FRBRdate')?.getAttribute('date')).toBe(signed);
    expect(doc.querySelector('act > meta FRBRExpression FRBRdate')?.getAttribute('date')).toBe(signed);
    const number = documents.find((d) => d.id === id)?.number;
    if (number) expect(work?.querySelector('FRBRnumber')?.getAttribute('value')).toBe(number);
    const made = doc.querySelector('act > meta FRBRManifestation FRBRdate')?.getAttribute('date') ?? '';
    expect(made).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Date.parse(made)).toBeLessThanOrEqual(Date.now());
    expect(doc.querySelectorAll('attachment').length).toBe(mine.length - 1);
  });
});
