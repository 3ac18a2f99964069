import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dist } from './built-site.ts';
import { parseNginx, parseStaticHeaders } from './gates/deploy-files.ts';
import { get, NGINX_SITE, servedPageProblems, startNginx, type RawResponse, type RunningNginx } from './gates/nginx.ts';
import { builtPages } from './gates/pages.ts';
import { CACHE, DATA_PATHS, IMMUTABLE_PATHS, SECURITY_HEADERS, securityHeadersFor } from '../../deploy/headers.ts';
import { renderNginx, renderStaticHeaders } from '../../deploy/render.ts';

const STATIC_HEADERS = join(import.meta.dirname, '../../public/_headers');

let nginx: RunningNginx;
beforeAll(async () => {
  nginx = await startNginx(dist);
});
afterAll(async () => {
  await nginx?.stop();
});

const fetchRaw = (path: string, headers: Record<string, string> = {}) => get(nginx.origin + path, headers);

/** The security headers a response must carry, whatever its status: `expected`, and none of the others. */
function expectSecurityHeaders(res: RawResponse, what: string, expected: Record<string, string> = SECURITY_HEADERS) {
  for (const name of Object.keys(SECURITY_HEADERS))
    expect(res.headers[name.toLowerCase()], `${what}: ${name}`).toBe(expected[name]);
}

describe('the shipped deploy configuration', () => {
  it('is what deploy/headers.ts generates (run npm run deploy-config after editing it)', () => {
    expect(readFileSync(NGINX_SITE, 'utf8')).toBe(renderNginx());
    expect(readFileSync(STATIC_HEADERS, 'utf8')).toBe(renderStaticHeaders());
  });

  it('says the same in nginx and in the static hosts’ _headers file, but for data files', () => {
    const conf = parseNginx(readFileSync(NGINX_SITE, 'utf8'));
    const rules = parseStaticHeaders(readFileSync(STATIC_HEADERS, 'utf8'));
    expect(rules.get('/*')).toEqual(SECURITY_HEADERS);
    expect(conf.headersFor('/van-ban/index.html')).toEqual({ ...SECURITY_HEADERS, 'Cache-Control': CACHE.short });
    for (const pattern of IMMUTABLE_PATHS) {
      expect(rules.get(pattern), pattern).toEqual({ 'Cache-Control': CACHE.immutable });
      const path = pattern.replace('*', 'abc123');
      expect(conf.headersFor(path), path).toEqual({ ...securityHeadersFor(path), 'Cache-Control': CACHE.immutable });
    }
    // Pagefind's data files keep nosniff and lose the document-only headers; the rest keep every header.
    for (const pattern of DATA_PATHS) {
      const path = pattern.replace('*', 'abc123');
      expect(Object.keys(securityHeadersFor(path)), path).toEqual(['X-Content-Type-Options']);
    }
    expect(securityHeadersFor('/_astro/abc123.css')).toEqual(SECURITY_HEADERS);
    expect(securityHeadersFor('/pagefind/pagefind.js')).toEqual(SECURITY_HEADERS);
  });
});

describe('nginx with the shipped server block', () => {
  it('serves every page with the security headers and a short cache', async () => {
    const paths = builtPages(dist).map((p) => p.path);
    expect(await servedPageProblems(nginx.origin, paths)).toEqual([]);
  });

  it('caches a hashed asset for a year', async () => {
    const css = readdirSync(join(dist, '_astro')).find((f) => f.endsWith('.css'));
    expect(css).toBeDefined();
    const res = await fetchRaw(`/_astro/${css}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(res.headers['cache-control']).toBe(CACHE.immutable);
    expectSecurityHeaders(res, css as string);
  });

  it('serves the search index: its entry script briefly, its hashed data files for a year, as data', async () => {
    const entry = await fetchRaw('/pagefind/pagefind.js');
    expect(entry.status).toBe(200);
    expect(entry.headers['content-type']).toMatch(/^application\/javascript/);
    expect(entry.headers['cache-control']).toBe(CACHE.short);
    expectSecurityHeaders(entry, 'pagefind.js');
    for (const folder of ['fragment', 'index', 'filter']) {
      const file = readdirSync(join(dist, 'pagefind', folder))[0];
      const path = `/pagefind/${folder}/${file}`;
      const res = await fetchRaw(path);
      expect(res.status, path).toBe(200);
      expect(res.headers['content-type'], path).toBe('application/octet-stream');
      expect(res.headers['cache-control'], path).toBe(CACHE.immutable);
      expectSecurityHeaders(res, path, securityHeadersFor(path));
    }
  });

  it('sends the precompressed .gz file to a client that accepts gzip, the plain file otherwise', async () => {
    const page = builtPages(dist).find((p) => existsSync(`${p.file}.gz`) && p.path.endsWith('/'));
    expect(page, 'a page with a .gz file next to it (scripts/precompress.ts)').toBeDefined();
    const path = page?.path ?? '';
    const gz = await fetchRaw(path, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(gz.body.equals(readFileSync(`${page?.file}.gz`))).toBe(true);
    const plain = await fetchRaw(path);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(readFileSync(page?.file ?? ''))).toBe(true);
  });

  it('redirects a clean URL without its slash to the URL with it', async () => {
    const dir = builtPages(dist).find((p) => p.path !== '/' && p.path.endsWith('/'))?.path ?? '';
    const res = await fetchRaw(dir.slice(0, -1));
    expect(res.status).toBe(301);
    expect(res.headers['location']).toBe(dir);
    expectSecurityHeaders(res, 'redirect');
  });

  it('answers a missing URL with 404 and the site’s own 404 page', async () => {
    const notFound = join(dist, '404.html');
    expect(existsSync(notFound), 'dist/404.html').toBe(true);
    for (const path of [
      '/khong-co-trang-nay/',
      '/_astro/khong-co.css',
      '/_astro/',
      '/_headers',
      '/pagefind/index/khong-co.pf_index',
    ]) {
      const res = await fetchRaw(path);
      expect(res.status, path).toBe(404);
      expect(res.body.toString(), path).toBe(readFileSync(notFound, 'utf8'));
      expect(res.headers['cache-control'], path).toBe(CACHE.short);
      expectSecurityHeaders(res, path);
    }
  });
});
