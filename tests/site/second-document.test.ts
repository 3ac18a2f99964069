import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseHTML } from 'linkedom';
import yaml from 'js-yaml';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceParagraphs } from '../../src/lib/content/source-text.ts';
import { urls } from '../../src/lib/site/urls.ts';
import { launchBrowser, serveDist, type LocalServer } from './browser.ts';
import { astroBuild, projectRoot as root, runNode } from './built-site.ts';
import { readCollection } from './content-files.ts';

/**
 * An editor adds a second plan as content only (docs/CONTENT.md): a source
 * text, its document and provisions, an objective, a task, a milestone, a
 * new body and a new glossary term (tests/fixtures/second-document, a
 * made-up plan). The site, built from a copy of content/ with these files
 * added and no code changed, must give it its own reader, pages, handouts,
 * open data and search entries.
 */

const fixture = join(root, 'tests/fixtures/second-document');
const work = mkdtempSync(join(tmpdir(), 'second-document-'));
const contentDir = join(work, 'content');
const out = join(work, 'dist');

const ids = (folder: string) =>
  existsSync(join(fixture, folder))
    ? readdirSync(join(fixture, folder)).map((f) => basename(f).replace(/\.(yaml|mdx)$/, ''))
    : [];
const [documentId] = ids('documents') as [string];
const fixtureDoc = yaml.load(readFileSync(join(fixture, 'documents', `${documentId}.yaml`), 'utf8')) as {
  sourceFile: string;
};

/** The page a site path is built to, parsed. */
const built = (path: string) => {
  const file = join(out, path, 'index.html');
  expect(existsSync(file), `${path} is built`).toBe(true);
  return parseHTML(readFileSync(file, 'utf8')).document;
};

let browser: Browser;
let server: LocalServer;
beforeAll(async () => {
  cpSync(join(root, 'content'), contentDir, { recursive: true });
  cpSync(fixture, contentDir, { recursive: true });
  const ok = ({ status, output }: { status: number | null; output: string }, what: string) => {
    if (status !== 0) throw new Error(`${what} failed:\n${output}`);
  };
  // The build's steps (package.json «build»), into a folder of our own.
  ok(await astroBuild(contentDir, out, { cacheDir: join(work, 'cache') }), 'astro build');
  ok(await runNode(['scripts/build-search-index.ts', out]), 'build-search-index');
  [browser, server] = await Promise.all([launchBrowser(), serveDist(out)]);
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('a second plan added as content only', () => {
  it('gets its own reader with every paragraph of its source text', () => {
    const doc = built(urls.reader(documentId));
    const shown = [...doc.querySelectorAll('[data-official-text] .prov-text')].map((el) =>
      (el.textContent ?? '').trim(),
    );
    expect(shown).toEqual(sourceParagraphs(readFileSync(join(fixture, fixtureDoc.sourceFile), 'utf8')));
    const list = built(urls.documents());
    expect(list.querySelector(`main a[href="${urls.reader(documentId)}"]`)).not.toBeNull();
  });

  it('gets pages for its task, objective, new body and new term, where the site has such pages', () => {
    const kinds = [
      { folder: 'tasks', url: urls.task, list: urls.tasks() },
      { folder: 'objectives', url: urls.objective, list: urls.objectives() },
      { folder: 'bodies', url: urls.body, list: urls.bodies() },
      { folder: 'glossary', url: urls.term, list: urls.glossary() },
    ];
    let checked = 0;
    for (const k of kinds) {
      if (!existsSync(join(out, k.list))) continue;
      for (const id of ids(k.folder)) {
        expect(built(k.url(id)).querySelector('h1')).not.toBeNull();
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('renders its explanations’ GFM tables (remark-gfm), with the components inside them resolved', () => {
    const table = built(urls.objective('muc-tieu-kh2-chung')).querySelector('.explanation table');
    expect(table).not.toBeNull();
    expect(table?.querySelectorAll('tbody tr').length).toBe(2);
    expect(table?.querySelector(`a[href="${urls.body('so-noi-vu')}"]`)).not.toBeNull();
  });

  it('gets its dates on the timeline chart and on the page of each quarter they fall in', () => {
    for (const { id, data: m } of readCollection<{ when: { kind: string; year: number; quarter: number } }>(
      'milestones',
      join(fixture, 'milestones'),
    )) {
      expect(m.when.kind, `${id}: this check reads a quarter`).toBe('quarter');
      expect(built(urls.timeline()).querySelector(`.tl-chart [data-row="${id}"] rect`), id).not.toBeNull();
      expect(
        built(urls.quarter(m.when.year, m.when.quarter)).querySelector(`[data-milestone="${id}"]`),
        id,
      ).not.toBeNull();
    }
  });

  it('gets a handout for each of its sections and a one-page summary', () => {
    const sections = ids('provisions').filter(
      (id) =>
        (yaml.load(readFileSync(join(fixture, 'provisions', `${id}.yaml`), 'utf8')) as { kind: string }).kind ===
        'section',
    );
    expect(sections.length).toBeGreaterThan(0);
    for (const s of sections) expect(built(urls.handout(s)).querySelector('h1')).not.toBeNull();
    expect(built(urls.summary(documentId)).querySelector('h1')).not.toBeNull();
  });

  it('is in the open data: JSON and a valid Akoma Ntoso file', () => {
    const all = JSON.parse(readFileSync(join(out, urls.dataJson('all')), 'utf8')) as Record<string, { id: string }[]>;
    expect(all['documents']?.map((d) => d.id)).toContain(documentId);
    for (const id of ids('tasks')) expect(all['tasks']?.map((t) => t.id)).toContain(id);
    const xml = join(out, urls.akomaNtoso(documentId));
    expect(existsSync(xml)).toBe(true);
    const xsd = join(root, '../shared/schemas/akn/akomantoso30.xsd');
    if (existsSync(xsd)) {
      const result = spawnSync('xmllint', ['--noout', '--schema', xsd, xml], { encoding: 'utf8' });
      expect(result.status, result.stderr).toBe(0);
    }
  });

  it('is found by search, typed without diacritics', async () => {
    const [term] = readCollection<{ term: string }>('glossary', join(fixture, 'glossary')).map((t) => t.data);
    if (!term) throw new Error('the fixture has no glossary term');
    const plain = term.term.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
    const tab = await browser.newPage();
    await tab.goto(`${server.origin}${urls.search()}?q=${encodeURIComponent(plain)}`);
    await tab.waitForSelector('#search-results > .result', { timeout: 20_000 });
    const hrefs = await tab.$$eval('#search-results > .result a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    // A page of the new plan: its reader, or the page of one of its entries.
    const mine = ['documents', 'tasks', 'glossary', 'objectives', 'bodies', 'provisions'].flatMap(ids);
    expect(
      hrefs.some((h) => mine.some((id) => h.split(/[/#]/).includes(id))),
      hrefs.join('\n'),
    ).toBe(true);
    await tab.close();
  });
});
