import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, serveDist, type LocalServer } from './browser.ts';
import { dist } from './built-site.ts';
import { builtPages, mayShipScript } from './gates/pages.ts';
import { noJsProblems, scriptsOf } from './gates/scripts.ts';
import { urls } from '../../src/lib/urls.ts';

let browser: Browser;
let server: LocalServer;
beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveDist(dist)]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const pages = builtPages(dist);

describe('reading without JavaScript', () => {
  it('every page other than live search and the offline page ships 0 bytes of script', () => {
    const shipping = pages
      .filter((p) => !mayShipScript(p.path))
      .map((p) => scriptsOf(dist, p))
      .filter((s) => s.inline > 0 || s.files.length > 0)
      .map((s) => `${s.page}: ${s.inline} inline (${s.inlineBytes} B), files ${s.files.join(', ')}`);
    expect(shipping).toEqual([]);
  });

  it(
    'with JavaScript off, every page shows its content and navigation, at phone and desktop size',
    { timeout: 600_000 },
    async () => {
      expect(
        await noJsProblems(
          browser,
          server.origin,
          pages.map((p) => p.path),
        ),
      ).toEqual([]);
    },
  );

  it('the search form submits to the search page without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    const field = page.locator('form[role="search"] input[name="q"]').first();
    await field.fill('cải cách');
    await field.press('Enter');
    await page.waitForURL((url) => url.pathname === urls.search());
    expect(new URL(page.url()).searchParams.get('q')).toBe('cải cách');
    await context.close();
  });
});
