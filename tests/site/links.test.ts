import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dist } from './built-site.ts';
import { checkLinks, formatBrokenLinks } from './gates/links.ts';
import { builtPages } from './gates/pages.ts';

describe('links on every built page', () => {
  const report = checkLinks(dist);

  it('checks every page, and every page links somewhere on the site', () => {
    expect(report.pages).toBe(builtPages(dist).length);
    expect(report.checked).toBeGreaterThanOrEqual(report.pages);
  });

  it('land on a built file, and every #fragment names an id on its target page', () => {
    expect(formatBrokenLinks(report.broken)).toEqual([]);
  });
});

describe('the link checker', () => {
  const site = mkdtempSync(join(tmpdir(), 'cchc-links-'));
  afterAll(() => rmSync(site, { recursive: true, force: true }));
  const html = (body: string) =>
    `<!doctype html><html lang="vi"><head><title>t</title></head><body>${body}</body></html>`;
  mkdirSync(join(site, 'a'));
  writeFileSync(join(site, 'a/index.html'), html('<h2 id="here">A</h2>'));
  writeFileSync(
    join(site, 'index.html'),
    html(
      '<a href="/a/#here">ok</a><a href="#top">no id</a><a href="/a/#gone">no id there</a>' +
        '<a href="/b/">no page</a><a href="/a">no slash</a><img src="/x.png" alt=""><a href="https://example.org/">out</a>',
    ),
  );

  it('reports a missing page, a missing id, a missing slash and a missing file', () => {
    const r = checkLinks(site);
    expect(r.external).toBe(1);
    expect(r.broken.map((b) => b.url)).toEqual(['#top', '/a/#gone', '/b/', '/a', '/x.png']);
  });
});
