import { describe, expect, it } from 'vitest';
import { browserAndServer, VIEWPORTS } from './browser.ts';
import { dist } from './built-site.ts';
import { builtPages, forEachPage, onePerTemplate } from './gates/pages.ts';
import { urls } from '../../src/lib/site/urls.ts';

const env = browserAndServer(dist);
const [PHONE] = VIEWPORTS;
/** The most of a 390×844 phone screen the site header may take. */
const MAX_HEADER_PX = 120;

describe('the site header on a phone', () => {
  it(`takes at most ${MAX_HEADER_PX} px of 844, with search one tap away, on a page of every template`, async () => {
    const context = await env.browser.newContext({ viewport: PHONE, baseURL: env.server.origin });
    const found: { path: string; height: number; search: boolean }[] = [];
    await forEachPage(
      context,
      onePerTemplate(builtPages(dist)).map((p) => p.path),
      async (page, path) => {
        const header = page.locator('header.site-header');
        const height = (await header.boundingBox())?.height ?? Infinity;
        const search = await header.locator(`a[href="${urls.search()}"]`).isVisible();
        found.push({ path, height, search });
      },
    );
    await context.close();
    expect(found.length).toBeGreaterThan(10);
    expect(found.filter((f) => f.height > MAX_HEADER_PX || !f.search)).toEqual([]);
  });

  it('leaves the search page with one search box, its own', async () => {
    const context = await env.browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${env.server.origin}${urls.search()}`);
    const boxes = page.locator('input[type="search"]');
    expect(await boxes.count()).toBe(1);
    expect(await boxes.first().isVisible()).toBe(true);
    expect(await page.locator('main input[type="search"]').count()).toBe(1);
    await context.close();
  });
});
