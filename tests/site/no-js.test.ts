import { describe, expect, it } from 'vitest';
import { browserAndServer } from './browser.ts';
import { dist } from './built-site.ts';
import { builtPages, mayShipScript } from './gates/pages.ts';
import { scriptsOf } from './gates/scripts.ts';
import { urls } from '../../src/lib/site/urls.ts';

const env = browserAndServer(dist);

const pages = builtPages(dist);

/** What every page shows with JavaScript off is checked in every-page.test.ts. */
describe('reading without JavaScript', () => {
  it('every page other than live search, the offline page and the readers ships 0 bytes of script', () => {
    const shipping = pages
      .filter((p) => !mayShipScript(p.path))
      .map((p) => scriptsOf(dist, p))
      .filter((s) => s.inline > 0 || s.files.length > 0)
      .map((s) => `${s.page}: ${s.inline} inline (${s.inlineBytes} B), files ${s.files.join(', ')}`);
    expect(shipping).toEqual([]);
  });

  it('the header’s search link opens the search page, which without JavaScript says so and links to the reading pages', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${env.server.origin}/`);
    await page.locator(`header a[href="${urls.search()}"]`).click();
    await page.waitForURL((url) => url.pathname === urls.search());
    await expect(page.locator('main').innerText()).resolves.toMatch(/Tìm kiếm cần JavaScript/);
    expect(await page.locator(`main a[href="${urls.documents()}"]`).count()).toBeGreaterThan(0);
    await context.close();
  });
});
