/**
 * Page weight: the bytes a first visit downloads, raw and as served
 * compressed (the .gz the build wrote, or the file itself when gzip would
 * not shrink it), split into HTML, CSS, JS and other files.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Browser } from 'playwright-core';
import { resolvePath } from '../../tests/site/gates/links.ts';
import { gzip } from '../precompress.ts';
import { forEachPage, mayShipScript, type BuiltPage } from '../../tests/site/gates/pages.ts';

export interface Bytes {
  raw: number;
  gz: number;
}
export interface PageWeight {
  path: string;
  html: Bytes;
  css: Bytes;
  js: Bytes;
  /** Icons, images, data the page fetches. */
  other: Bytes;
  /** Everything a first visit downloads with JavaScript off, and with it on. */
  jsOff: Bytes;
  jsOn: Bytes;
}

const zero = (): Bytes => ({ raw: 0, gz: 0 });
const add = (a: Bytes, b: Bytes): Bytes => ({ raw: a.raw + b.raw, gz: a.gz + b.gz });

/** A file's size raw and as nginx sends it to a client accepting gzip. */
export function fileBytes(file: string): Bytes {
  const raw = statSync(file).size;
  return { raw, gz: existsSync(`${file}.gz`) ? statSync(`${file}.gz`).size : raw };
}

type Kind = 'html' | 'css' | 'js' | 'other';
const kindOf = (file: string): Kind =>
  (({ '.html': 'html', '.css': 'css', '.js': 'js', '.mjs': 'js' })[extname(file)] as Kind | undefined) ?? 'other';

/** The files a page's HTML makes the browser fetch before any script runs. */
function staticResources(dist: string, page: BuiltPage): { files: string[]; scripts: string[] } {
  const { document } = parseHTML(readFileSync(page.file, 'utf8'));
  const base = new URL(page.path, 'http://site.invalid');
  const local = (url: string | null) => {
    if (!url) return undefined;
    const u = new URL(url, base);
    if (u.origin !== base.origin) return undefined;
    const found = resolvePath(dist, decodeURIComponent(u.pathname));
    return 'file' in found ? found.file : undefined;
  };
  const files = [
    ...[...document.querySelectorAll('link[rel~="stylesheet"], link[rel~="icon"]')].map((l) =>
      local(l.getAttribute('href')),
    ),
    ...[...document.querySelectorAll('img[src]')].map((i) => local(i.getAttribute('src'))),
  ];
  const scripts = [
    ...[...document.querySelectorAll('script[src]')].map((s) => local(s.getAttribute('src'))),
    ...[...document.querySelectorAll('link[rel="modulepreload"]')].map((l) => local(l.getAttribute('href'))),
  ];
  const defined = (xs: (string | undefined)[]) => [...new Set(xs.filter((x): x is string => !!x))];
  return { files: defined(files), scripts: defined(scripts) };
}

/**
 * Weighs every page. With JavaScript off the files come from the HTML; with
 * it on, pages that ship script are loaded in Chromium and every request
 * they make (modules, workers, WebAssembly, index files) is counted.
 */
export async function weighPages(
  browser: Browser,
  origin: string,
  dist: string,
  pages: BuiltPage[],
): Promise<PageWeight[]> {
  const fetched = new Map<string, Set<string>>();
  const context = await browser.newContext({ baseURL: origin });
  await forEachPage(
    context,
    pages.filter((p) => mayShipScript(p.path)).map((p) => p.path),
    async () => undefined,
    {
      waitUntil: () => 'networkidle',
      onOpen: (page, current) =>
        page.on('request', (r) => {
          const url = new URL(r.url());
          if (url.origin !== origin) return;
          const found = resolvePath(dist, decodeURIComponent(url.pathname));
          if ('file' in found) {
            const set = fetched.get(current()) ?? new Set();
            set.add(found.file);
            fetched.set(current(), set);
          }
        }),
    },
  );
  await context.close();

  return pages.map((page) => {
    const w: PageWeight = {
      path: page.path,
      html: fileBytes(page.file),
      css: zero(),
      js: zero(),
      other: zero(),
      jsOff: zero(),
      jsOn: zero(),
    };
    const { files, scripts } = staticResources(dist, page);
    for (const f of files) {
      const kind = kindOf(f);
      if (kind !== 'html') w[kind] = add(w[kind], fileBytes(f));
    }
    w.jsOff = add(add(w.html, w.css), w.other);
    const onLoad = new Set([...files, ...scripts, ...(fetched.get(page.path) ?? [])]);
    onLoad.delete(page.file);
    w.jsOn = w.html;
    for (const f of onLoad) {
      w.jsOn = add(w.jsOn, fileBytes(f));
      if (kindOf(f) === 'js' && !files.includes(f)) w.js = add(w.js, fileBytes(f));
    }
    return w;
  });
}

/** Any page but a reader: at most 20 KB of HTML and CSS, gzipped. */
export const OTHER_PAGE_BUDGET = 20 * 1024;

/** The reader pages' budget: twice the gzip size of the official text they publish (15.2 KB for this plan). */
export function readerBudget(contentDir: string, path: string): number | undefined {
  const id = /^\/van-ban\/([^/]+)\/$/.exec(path)?.[1];
  const doc = readdirSync(join(contentDir, 'documents'), { recursive: true, withFileTypes: true }).find(
    (e) => e.isFile() && e.name === `${id}.yaml`,
  );
  if (!id || !doc) return undefined;
  const source = /^sourceFile:\s*(\S+)/m.exec(readFileSync(join(doc.parentPath, doc.name), 'utf8'))?.[1];
  return source ? 2 * gzip(readFileSync(join(contentDir, source))).length : undefined;
}

/**
 * The printed handouts' budget. A section's handout carries its whole text, its lessons and, in the trainer's
 * version, every suggested answer: 22 KB for section III. It is fetched once, on a desk, to be printed — not read
 * on the go — so it may weigh a little more than a page for phones.
 */
export const HANDOUT_BUDGET = 24 * 1024;
const isHandout = (path: string) => /^\/in\/(?!tom-tat\/)[^/]+\/(giang-vien\/)?$/.test(path);

/** A page's budget for HTML and CSS, gzipped: the reader's, a handout's, or that of any other page. */
export const pageBudget = (contentDir: string, path: string): number =>
  readerBudget(contentDir, path) ?? (isHandout(path) ? HANDOUT_BUDGET : OTHER_PAGE_BUDGET);

/** The HTML and CSS a page's first visit downloads, gzipped as served, read from its HTML (no browser). */
export function htmlCssBytes(dist: string, page: BuiltPage): number {
  return [page.file, ...staticResources(dist, page).files.filter((f) => kindOf(f) === 'css')]
    .map((f) => fileBytes(f).gz)
    .reduce((a, b) => a + b, 0);
}
