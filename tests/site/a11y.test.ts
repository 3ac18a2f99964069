import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserAndServer, serveDist, VIEWPORTS } from './browser.ts';
import { dist } from './built-site.ts';
import { keyboardWalk } from './gates/a11y.ts';
import { builtPages, onePerTemplate } from './gates/pages.ts';

/** axe on every page runs in every-page.test.ts, in the sweeps it shares with the other gates. */
const env = browserAndServer(dist);

const pages = builtPages(dist);

describe('keyboard use of each page template', () => {
  for (const { path } of onePerTemplate(pages))
    for (const viewport of VIEWPORTS)
      it(`${path} (${viewport.name}): every control is reached by Tab and visibly focused; the skip link focuses <main>`, async () => {
        const context = await env.browser.newContext({ viewport });
        const report = await keyboardWalk(await context.newPage(), env.server.origin, path);
        await context.close();
        expect(report.skipLink).toBeUndefined();
        expect(report.unreached).toEqual([]);
        expect(report.noVisibleFocus).toEqual([]);
        expect(report.reached).toBe(report.controls);
      });
});

describe('the keyboard check', () => {
  it('catches a control without a focus style, one out of the Tab order and a missing skip link', async () => {
    const site = mkdtempSync(join(tmpdir(), 'cchc-kbd-'));
    writeFileSync(
      join(site, 'index.html'),
      `<!doctype html><html lang="vi"><head><title>t</title><style>
        a:focus-visible { outline: 3px solid black; } .bare:focus-visible { outline: none; }
      </style></head><body><main id="m" tabindex="-1"><a href="/">styled</a>
      <a class="bare" href="/">bare</a><a href="/" tabindex="-1">skipped</a></main></body></html>`,
    );
    const fixture = await serveDist(site);
    const context = await env.browser.newContext();
    const report = await keyboardWalk(await context.newPage(), fixture.origin, '/');
    await context.close();
    await fixture.close();
    rmSync(site, { recursive: true, force: true });
    expect(report.skipLink).toMatch(/not an in-page link/);
    expect(report.noVisibleFocus).toEqual(['<a> «bare» /']);
    expect(report.unreached).toEqual(['<a> «skipped» /']);
  });
});
