import { createRequire } from 'node:module';
import { afterAll, beforeAll } from 'vitest';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium (never a downloaded build), with the flags every browser test uses. */
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** One headless Chromium; a test file launches it once and reuses it for every page. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
}

/** The phone and desktop viewports every page is checked at. */
export const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Scripts the tests inject into pages, served beside the site (by serveDist,
 * and by the tests' nginx when asked) under a path the site never uses:
 * axe-core, loaded by URL rather than inlined, so that each page does not
 * parse and compile its half megabyte again, and so that the strict CSP
 * ('self' scripts only) lets it run.
 */
export const AXE_URL_PATH = '/__tests__/axe.min.js';
export const TEST_ASSETS: Record<string, string> = {
  [AXE_URL_PATH]: createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
};

export interface LocalServer {
  /** Origin without a trailing slash, e.g. http://127.0.0.1:40123 */
  origin: string;
  close: () => Promise<void>;
}

/**
 * A tiny static server for a built site, on 127.0.0.1 and a free port. It
 * behaves like the shipped nginx block where the tests depend on it: a
 * directory URL serves its index.html, a directory without its slash is
 * redirected, anything else missing gets the site's 404 page.
 */
export function serveDist(root: string): Promise<LocalServer> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const asset = TEST_ASSETS[path];
    if (asset) {
      // Cacheable, so Chromium compiles it once and reuses its code cache on every page after.
      res.writeHead(200, { 'content-type': TYPES['.js'] as string, 'cache-control': 'max-age=3600, immutable' });
      createReadStream(asset).pipe(res);
      return;
    }
    const file = normalize(join(root, path));
    if (!file.startsWith(normalize(root + sep)) && file !== normalize(root)) {
      res.writeHead(400).end();
      return;
    }
    const stat = existsSync(file) ? statSync(file) : undefined;
    if (stat?.isDirectory() && !path.endsWith('/')) {
      res.writeHead(301, { location: `${path}/` }).end();
      return;
    }
    const target = stat?.isDirectory() ? join(file, 'index.html') : file;
    if (existsSync(target) && statSync(target).isFile()) {
      res.writeHead(200, { 'content-type': TYPES[extname(target)] ?? 'application/octet-stream' });
      createReadStream(target).pipe(res);
      return;
    }
    const notFound = join(root, '404.html');
    res.writeHead(404, { 'content-type': TYPES['.html'] as string });
    res.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

/**
 * Chromium and a server for `root`, shared by the tests of one file: started
 * before them, closed after them. Read `env.browser` and `env.server` inside tests.
 */
export function browserAndServer(root: string): { browser: Browser; server: LocalServer } {
  const env = {} as { browser: Browser; server: LocalServer };
  beforeAll(async () => {
    [env.browser, env.server] = await Promise.all([launchBrowser(), serveDist(root)]);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
