import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { OfflineManifest } from '../../src/lib/offline/offline-manifest.ts';
import { urls } from '../../src/lib/site/urls.ts';
import { browserAndServer } from './browser.ts';
import { dist, page } from './built-site.ts';
import { builtPages, onePerTemplate } from './gates/pages.ts';

/**
 * Offline reading: the offline page saves the site with one click; with the
 * network cut, pages open and search answers from the saved copy.
 */

const manifestFile = join(dist, 'offline-manifest.json');
const manifest = (): OfflineManifest => {
  if (!existsSync(manifestFile)) throw new Error(`${manifestFile} is missing: build with npm run build`);
  return JSON.parse(readFileSync(manifestFile, 'utf8')) as OfflineManifest;
};

describe('the offline manifest', () => {
  it('lists every page and every file of the search index, with their sizes', () => {
    const m = manifest();
    const listed = new Map(m.files.map((f) => [f.url, f.bytes]));
    for (const p of builtPages(dist)) expect(listed.get(p.path), p.path).toBe(readFileSync(p.file).byteLength);
    const pagefind = readdirSync(join(dist, 'pagefind'), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && !e.name.endsWith('.gz'))
      .map((e) => `/${relative(dist, join(e.parentPath, e.name)).split(sep).join('/')}`);
    expect(pagefind.length).toBeGreaterThan(0);
    for (const f of pagefind) expect(listed.has(f), f).toBe(true);
    expect(m.bytes).toBe(m.files.reduce((sum, f) => sum + f.bytes, 0));
  });

  it('leaves out data downloads, compressed copies and the service worker itself', () => {
    const bad = manifest().files.filter((f) => /\.(csv|ics|xml|gz|br)$|^\/du-lieu\/.*\.json$|^\/sw\.js$/.test(f.url));
    expect(bad).toEqual([]);
  });
});

describe('reading offline', () => {
  const env = browserAndServer(dist);
  let context: BrowserContext;
  beforeAll(async () => {
    context = await env.browser.newContext();
  });

  it('no other page registers a service worker', async () => {
    const fresh = await env.browser.newContext();
    const tab = await fresh.newPage();
    for (const path of [urls.home(), urls.documents(), urls.search()]) {
      await tab.goto(env.server.origin + path);
      expect(await tab.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), path).toBe(0);
    }
    await fresh.close();
  });

  it('saves the whole site with one click', async () => {
    const tab = await context.newPage();
    await tab.goto(env.server.origin + urls.offline());
    const save = tab.getByRole('button', { name: 'Lưu trang để đọc khi không có mạng' });
    await save.click();
    await expect
      .poll(() => tab.locator('[data-offline-status]').textContent(), { timeout: 60_000 })
      .toContain('Đây là bản mới nhất');
    const cached = await tab.evaluate(async () => {
      const keys = await caches.keys();
      return (await Promise.all(keys.map(async (k) => (await (await caches.open(k)).keys()).length))).reduce(
        (a, b) => a + b,
        0,
      );
    });
    // Every listed file, and the list itself.
    expect(cached).toBe(manifest().files.length + 1);
    await tab.close();
  });

  it('then opens pages of every kind with the network cut', async () => {
    await context.setOffline(true);
    const tab = await context.newPage();
    for (const p of onePerTemplate(builtPages(dist)).filter((x) => x.path.endsWith('/'))) {
      const response = await tab.goto(env.server.origin + p.path);
      expect(response?.fromServiceWorker(), p.path).toBe(true);
      expect(response?.status(), p.path).toBe(200);
      const h1 = (page(p.path).querySelector('h1')?.textContent ?? '').trim();
      expect((await tab.locator('h1').first().textContent())?.trim(), p.path).toBe(h1);
      // Styles come from the saved copy too.
      expect(await tab.evaluate(() => getComputedStyle(document.body).margin)).toBe('0px');
    }
    await tab.close();
  });

  it('and searches with the saved index', async () => {
    const tab = await context.newPage();
    await tab.goto(`${env.server.origin}${urls.search()}?q=${encodeURIComponent('Sở Nội vụ')}`);
    await tab.waitForSelector('#search-results > .result', { timeout: 20_000 });
    const first = await tab.locator('#search-results > .result a').first().getAttribute('href');
    expect(first).toMatch(/^\//);
    const next = await tab.goto(env.server.origin + (first as string).replace(/#.*$/, ''));
    expect(next?.fromServiceWorker()).toBe(true);
    await tab.close();
    await context.setOffline(false);
  });
});
