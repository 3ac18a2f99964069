import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserAndServer, serveDist, VIEWPORTS } from './browser.ts';
import { dist } from './built-site.ts';
import { keyboardWalk, type KeyboardReport } from './gates/a11y.ts';
import { builtPages, CONCURRENCY, onePerTemplate } from './gates/pages.ts';
import { inLanes } from './lanes.ts';

/** axe on every page runs in every-page.test.ts, in the sweeps it shares with the other gates. */
const env = browserAndServer(dist);

const pages = builtPages(dist);

/** Each template at each viewport, walked CONCURRENCY at a time in tabs of the one browser, before the tests. */
const walks = onePerTemplate(pages).flatMap(({ path }) => VIEWPORTS.map((viewport) => ({ path, viewport })));
let reports: Promise<KeyboardReport>[] = [];
beforeAll(() => {
  reports = inLanes(walks, Array.from({ length: CONCURRENCY }), async ({ path, viewport }) => {
    const context = await env.browser.newContext({ viewport });
    try {
      return await keyboardWalk(await context.newPage(), env.server.origin, path);
    } finally {
      await context.close();
    }
  });
});

describe('keyboard use of each page template', () => {
  for (const [i, { path, viewport }] of walks.entries())
    it(`${path} (${viewport.name}): every control is reached by Tab and visibly focused; the skip link focuses <main>`, async () => {
      const report = await (reports[i] ?? Promise.reject(new Error(`${path} was not walked`)));
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
