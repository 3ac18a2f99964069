import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { urls } from '../../../src/lib/site/urls.ts';

/** A built HTML page: its URL path on the site and its file in dist. */
export interface BuiltPage {
  path: string;
  file: string;
}

/** Every HTML page in a built site, whatever pages exist today, in a stable order. */
export function builtPages(dist: string): BuiltPage[] {
  const pages = (readdirSync(dist, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => {
      const file = join(e.parentPath, e.name);
      const rel = relative(dist, file).split(sep).join('/');
      return { file, path: `/${rel.replace(/(^|\/)index\.html$/, '$1')}` };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
  if (pages.length === 0) throw new Error(`No HTML pages in ${dist}; run npm run build first`);
  return pages;
}

/**
 * The template a page is built from, read off its URL: `/nhiem-vu/abc/`
 * belongs to `/nhiem-vu/*\/`. Keyboard and print checks run on one page of
 * each template; cheaper checks run on every page.
 */
export function templateOf(path: string): string {
  const parts = path.split('/').filter(Boolean);
  if (!path.endsWith('/') || parts.length < 2) return path;
  return `/${parts[0]}/${parts
    .slice(1)
    .map(() => '*')
    .join('/')}/`;
}

/** One page per template (the first in URL order). */
export function onePerTemplate(pages: BuiltPage[]): BuiltPage[] {
  const seen = new Map<string, BuiltPage>();
  for (const p of pages) if (!seen.has(templateOf(p.path))) seen.set(templateOf(p.path), p);
  return [...seen.values()];
}

/**
 * Pages whose own feature needs JavaScript: live search, and saving the site
 * for offline reading. They may hide what only works with it.
 */
export function needsScript(path: string): boolean {
  return path === urls.search() || path === urls.offline();
}

/**
 * Pages allowed to ship JavaScript: those that need it, and the readers,
 * which load a small enhancement (a button that copies a clause's citation,
 * which CSS already shows) and work in full without it. Every other page
 * ships 0 bytes of script.
 */
export function mayShipScript(path: string): boolean {
  return needsScript(path) || templateOf(path) === templateOf(urls.reader('x'));
}

/** How many pages a browser sweep loads at once: Chromium renders them in parallel on both cores. */
export const CONCURRENCY = 3;

export interface SweepOptions {
  /** What to wait for after navigating (default: the load event). */
  waitUntil?: (path: string) => 'load' | 'networkidle';
  /** Called once per tab when it opens, with a getter for the path it is on (to attach listeners). */
  onOpen?: (page: Page, currentPath: () => string) => void;
}

/**
 * Visits every path with a few tabs of one browser context at once, calling
 * `visit` after each page has loaded. The context must have a baseURL (the
 * local server's origin); paths are resolved against it.
 */
export async function forEachPage(
  context: BrowserContext,
  paths: string[],
  visit: (page: Page, path: string) => Promise<void>,
  { waitUntil = () => 'load', onOpen }: SweepOptions = {},
): Promise<void> {
  const queue = [...paths];
  const worker = async () => {
    const page = await context.newPage();
    let current = '';
    onOpen?.(page, () => current);
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      current = path;
      await page.goto(path, { waitUntil: waitUntil(path) });
      await visit(page, path);
    }
    await page.close();
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, paths.length) }, worker));
}
