/**
 * Builds the site's search index into <site>/pagefind/ (default: dist).
 * Usage: node scripts/build-search-index.ts [siteDir]
 *
 * Pagefind indexes a folded copy of every page for its words and a real copy
 * for what results show; see scripts/lib/search-index.ts for why.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import {
  decodeFragment,
  encodeFragment,
  foldForIndex,
  isServedFile,
  restoreFragment,
  spaceBlockEnds,
  withPageFilter,
  type Fragment,
} from './lib/search-index.ts';
import { rechunk } from './lib/search-chunks.ts';

const site = process.argv[2] ?? 'dist';
const out = join(site, 'pagefind');

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => !relative(site, f).startsWith(`pagefind${sep}`))
    .sort();
}

/** `van-ban/x/index.html` → `/van-ban/x/`, `404.html` → `/404.html`. */
const urlOf = (file: string) => `/${relative(site, file).split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');

async function indexPages(pages: { url: string; html: string }[]) {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  for (const page of pages) {
    const added = await index.addHTMLFile({ url: page.url, content: page.html });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${page.url}: ${added.errors.join('; ')}`);
  }
  const files = await index.getFiles();
  if (files.errors.length > 0) throw new Error(`Pagefind: ${files.errors.join('; ')}`);
  return files.files;
}

// Only pages that mark their content with data-pagefind-body (BaseLayout's <main>, unless `search={false}`):
// the Node API, unlike the CLI, would index a page without it whole.
const pages = (
  await Promise.all(
    (await htmlFiles(site)).map(async (file) => ({ url: urlOf(file), html: await readFile(file, 'utf8') })),
  )
)
  .filter((page) => /\sdata-pagefind-body[\s=>]/.test(page.html))
  .map((page) => ({ url: page.url, html: withPageFilter(spaceBlockEnds(page.html), page.url) }));
const realFiles = await indexPages(pages);
// The words come from the folded copy, in smaller chunks than Pagefind's (see scripts/lib/search-chunks.ts).
const foldedFiles = rechunk(await indexPages(pages.map((p) => ({ url: p.url, html: foldForIndex(p.html) }))));
await pagefind.close();

const realByUrl = new Map<string, Fragment>();
for (const file of realFiles)
  if (file.path.startsWith('fragment/')) {
    const fragment = decodeFragment(file.content, file.path);
    realByUrl.set(fragment.url, fragment);
  }

await rm(out, { recursive: true, force: true });
let bytes = 0;
let fragments = 0;
for (const file of foldedFiles) {
  if (!isServedFile(file.path)) continue;
  let content = file.content;
  if (file.path.startsWith('fragment/')) {
    const folded = decodeFragment(content, file.path);
    const real = realByUrl.get(folded.url);
    if (!real) throw new Error(`Search index: no real fragment for ${folded.url}`);
    content = encodeFragment(restoreFragment(real, folded));
    fragments += 1;
  }
  const target = join(out, file.path);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, content);
  bytes += content.length;
}
if (fragments === 0) throw new Error('Search index: no page was indexed (is data-pagefind-body on <main>?)');
console.log(`Search index: ${fragments} pages, ${(bytes / 1024).toFixed(0)} KB in ${out}`);
